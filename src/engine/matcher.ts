// Words and patterns together: what clues, `near` and `unless` are made of.
import type { Doc } from './document';
import { viewSpan, type TextView } from './normalise';
import type { Span } from './types';
import { matchStarts, requiredText, TextGrams, type MatchStarts } from './required-text';
import { indexTokens, WordMatcher } from './word-matcher';
import { plainRegex, plainText, type PlainText } from './plain-regex';
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
  /** What it needs, and how it runs on a long draft: read at the first draft, not at compile time (packs compile at start-up). */
  plan?: MatchPlan;
  /** The pattern as a sticky one, to try where a match could begin on a long draft: made at the first. */
  sticky?: RegExp;
  /** The pattern without the u flag (plain-regex.ts), or null where it has none: made at the first draft. */
  plain?: RegExp | null;
}

/**
 * Most patterns find nothing in most drafts. What the pattern needs (required-text.ts) rules most of them
 * out with a few look-ups, sparing the run (and, at its first, V8's compiling it). On a long draft V8 runs
 * many patterns slowly (one that begins with \b, compiled with the i and u flags, is tried at every
 * position instead of searched for): where every match begins with known strings, the pattern is tried
 * only where those strings are.
 */
interface MatchPlan {
  /** Sets of lower-case strings, a string of each in every match. */
  requires?: ReadonlyArray<readonly string[]>;
  /** How every match begins (null: not known). Read when first needed: only a pattern run with the u flag on a long draft uses it. */
  starts?: MatchStarts | null;
}

/**
 * One PackPattern per source and case: rules that share a pattern (the NHS, CHI and H&C number rules)
 * share its hits on a draft (patternHits), and packs compiled again reuse what was read of it.
 */
const compiledPatterns = new Map<string, PackPattern>();

/** Compiles a pack pattern exactly as validation did. Packs are validated first, so this only fails on engine bugs. */
export function compilePattern(source: string, caseSensitive = false): PackPattern {
  const key = (caseSensitive ? 'C' : 'i') + source;
  let pattern = compiledPatterns.get(key);
  if (!pattern) {
    const compiled = compileChecked(source, { caseSensitive, flags: 'g' });
    if (!compiled.regex) throw new Error(`pattern does not compile: ${compiled.error}`);
    compiledPatterns.set(key, (pattern = { regex: compiled.regex, source }));
  }
  return pattern;
}

const WORD_CHAR = /[A-Za-z0-9_]/;

/** Below this length a pattern simply runs: it is quick on a short draft. */
const LONG_DRAFT = 1000;

/** The pattern's plan, read once. Sound for case-sensitive patterns too: what matches exactly also matches lower-cased. */
function planOf(pattern: PackPattern): MatchPlan {
  if (pattern.plan) return pattern.plan;
  const requires = requiredText(pattern.source);
  return (pattern.plan = requires ? { requires } : {});
}

function startsOf(pattern: PackPattern, plan: MatchPlan): MatchStarts | null {
  if (plan.starts === undefined) plan.starts = matchStarts(pattern.source) ?? null;
  return plan.starts;
}

/** Every match of the regular expression (g flag) in the text. */
function matches(regex: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    found.push(m);
    if (m[0].length === 0) regex.lastIndex++;
  }
  return found;
}

/**
 * Every match of the pattern in the text, as exec() with the g flag finds them, trying it only where a
 * match could begin: in order, each tried unless an earlier match covers it, so the same leftmost
 * matches are found.
 */
function matchesAtStarts(pattern: PackPattern, text: string, grams: TextGrams, starts: MatchStarts): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const { regex } = pattern;
  const at: number[] = [];
  const sticky = (pattern.sticky ??= new RegExp(regex.source, regex.flags.replace('g', '') + 'y'));
  // With the i and u flags \w also takes in long s and the Kelvin sign.
  const foldedToo = sticky.unicode && sticky.ignoreCase;
  const isWordChar = (c: string | undefined) => c !== undefined && (WORD_CHAR.test(c) || (foldedToo && (c === 'ſ' || c === '\u212A')));
  for (const s of starts.strings) {
    if (!grams.mayContain(s)) continue;
    // A match that begins at \b with a letter or digit can't begin inside a word.
    const notInsideWord = starts.atWordStart && WORD_CHAR.test(s[0]!);
    for (let i = grams.folded.indexOf(s); i >= 0; i = grams.folded.indexOf(s, i + 1)) {
      if (!notInsideWord || !isWordChar(text[i - 1])) at.push(i);
    }
  }
  at.sort((a, b) => a - b);
  let from = 0;
  for (const i of at) {
    if (i < from) continue;
    from = i + 1;
    sticky.lastIndex = i;
    const m = sticky.exec(text);
    if (!m) continue;
    found.push(m);
    from = i + Math.max(1, m[0].length);
  }
  return found;
}

/** A hit with the text it matched in the view it was found in (normalised, unlike the draft's own words). */
export interface PatternHit extends Hit {
  matched: string;
}

/** What the patterns found in one view of a draft, and what is read of that view once it is needed. */
interface ViewScan {
  grams?: TextGrams;
  /** The view's text for plain patterns, or null when none may run on it. */
  plain?: PlainText | null;
  hits: Map<PackPattern, PatternHit[]>;
}

/**
 * Every non-empty match of a pattern in a view of the draft (the clean view unless another is given).
 * Found once per draft and view, and shared by the rules that use the pattern: not to be changed.
 */
export function patternHits(doc: Doc, pattern: PackPattern, view: TextView = doc.view): readonly PatternHit[] {
  const scan = doc.memo(view, (): ViewScan => ({ hits: new Map() }));
  let hits = scan.hits.get(pattern);
  if (!hits) scan.hits.set(pattern, (hits = findHits(doc, pattern, view, scan)));
  return hits;
}

function findHits(doc: Doc, pattern: PackPattern, view: TextView, scan: ViewScan): PatternHit[] {
  const hits: PatternHit[] = [];
  // Most patterns need a word the draft doesn't have: a few look-ups rule them out. On a short draft that
  // also spares compiling the pattern (V8 compiles a regular expression at its first run).
  const plan = planOf(pattern);
  const grams = (scan.grams ??= new TextGrams(view.text));
  if (plan.requires && !plan.requires.every((set) => set.some((s) => grams.mayContain(s)))) return hits;

  // The plain version where it finds the same (plain-regex.ts), on the text written for it.
  if (pattern.plain === undefined) pattern.plain = plainRegex(pattern.regex) ?? null;
  if (pattern.plain && scan.plain === undefined) scan.plain = plainText(view.text) ?? null;
  const plain = pattern.plain && scan.plain;
  const toView = (i: number) => (plain && plain.toText ? plain.toText[i]! : i);
  // Plain, a pattern runs quickest over the whole text; with the u flag, on a long draft, where a match could begin.
  const starts = !plain && view.text.length >= LONG_DRAFT ? startsOf(pattern, plan) : null;
  const found = plain ? matches(pattern.plain!, plain.text) : starts ? matchesAtStarts(pattern, view.text, grams, starts) : matches(pattern.regex, view.text);
  for (const m of found) {
    if (m[0].length === 0) continue;
    const start = toView(m.index);
    const end = toView(m.index + m[0].length);
    const span = viewSpan(view, start, end);
    const [first, last] = doc.tokenRange(span);
    hits.push({ spans: [span], first, last, matched: view.text.slice(start, end) });
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
