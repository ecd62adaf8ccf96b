// Words and patterns together: what clues, `near` and `unless` are made of.
import type { Doc } from './document';
import { viewSpan, type TextView } from './normalise';
import type { Span } from './types';
import { requiredText, TextGrams } from './required-text';
import { indexTokens, WordMatcher } from './word-matcher';
import { compilePattern as compileChecked } from '../packs/pattern';
import type { Matcher } from '../packs/types';

export interface Hit {
  spans: Span[];
  /** Token range the hit covers, for windows. */
  first: number;
  last: number;
}

/** A pack's regular expression, ready to run. */
export interface PackPattern {
  regex: RegExp;
  source: string;
  /**
   * Sets of lower-case strings, a string of each in every match (requiredText), null when none are known.
   * Read at the first long draft, not at compile time: short drafts don't need it, and packs compile at start-up.
   */
  requires?: ReadonlyArray<readonly string[]> | null;
}

/** Compiles a pack pattern exactly as validation did. Packs are validated first, so this only fails on engine bugs. */
export function compilePattern(source: string, caseSensitive = false): PackPattern {
  const compiled = compileChecked(source, { caseSensitive, flags: 'g' });
  if (!compiled.regex) throw new Error(`pattern does not compile: ${compiled.error}`);
  return { regex: compiled.regex, source };
}

/**
 * Below this length a pattern simply runs: it is quick on a short draft. On a long one, most patterns
 * find nothing, and a few look-ups (TextGrams) tell that far sooner than the pattern does.
 */
const FILTER_FROM = 1000;

/** Could the pattern match in this view at all? */
function mayMatch(doc: Doc, pattern: PackPattern, view: TextView): boolean {
  if (view.text.length < FILTER_FROM) return true;
  // Sound for case-sensitive patterns too: what matches exactly also matches lower-cased.
  pattern.requires ??= requiredText(pattern.source) ?? null;
  if (!pattern.requires) return true;
  const grams = doc.memo(view, () => new TextGrams(view.text));
  return pattern.requires.every((set) => set.some((s) => grams.mayContain(s)));
}

/** A hit with the text it matched in the view it was found in (normalised, unlike the draft's own words). */
export interface PatternHit extends Hit {
  matched: string;
}

/** Every non-empty match of `regex` in a view of the draft (the clean view unless another is given). */
export function patternHits(doc: Doc, pattern: PackPattern, view: TextView = doc.view): PatternHit[] {
  const hits: PatternHit[] = [];
  if (!mayMatch(doc, pattern, view)) return hits;
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(view.text); m; m = regex.exec(view.text)) {
    if (m[0].length === 0) {
      regex.lastIndex++;
      continue;
    }
    const span = viewSpan(view, m.index, m.index + m[0].length);
    const [first, last] = doc.tokenRange(span);
    hits.push({ spans: [span], first, last, matched: m[0] });
  }
  return hits;
}

export class CompiledMatcher {
  private readonly words?: WordMatcher;
  private readonly patterns: PackPattern[];

  constructor(matcher: Matcher, allow: readonly string[] = [], masked = false) {
    if (matcher.words?.length) this.words = new WordMatcher(matcher.words, allow, masked);
    this.patterns = (matcher.patterns ?? []).map((p) => compilePattern(p));
  }

  /** Every hit in the draft, computed once per draft. */
  hits(doc: Doc): Hit[] {
    return doc.memo(this, () => {
      const out: Hit[] = [];
      // One token index per draft, shared by every matcher (and dropped with the Doc).
      const index = this.words && doc.memo(indexTokens, () => indexTokens(doc.tokens));
      for (const h of this.words?.find(doc.tokens, index) ?? []) {
        out.push({ spans: [doc.tokenSpan(h.first, h.last)], first: h.first, last: h.last });
      }
      for (const p of this.patterns) out.push(...patternHits(doc, p));
      return out.sort((a, b) => a.first - b.first);
    });
  }

  /** Is there a hit within `window` tokens of the range [first, last]? */
  near(doc: Doc, first: number, last: number, window: number): boolean {
    return this.hits(doc).some((h) => h.last >= first - window && h.first <= last + window);
  }
}
