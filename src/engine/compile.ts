// A resolved pack compiled once into matchers, so each check only runs them.
import type { DenyTerm, Rule } from '../packs/types';
import { CompiledMatcher } from './matcher';
import { compileRule, type RuleFinder } from './rule-types';

export type PackRule = Rule & {
  packId?: string;
  /** The trust's reason, when the rule is locked on. */
  locked?: string;
};

export interface PackInput {
  rules: PackRule[];
  allow?: string[];
  deny?: DenyTerm[];
}

export interface CompiledRule {
  rule: PackRule;
  finder: RuleFinder;
  near?: { matcher: CompiledMatcher; window: number };
  unless?: { matcher: CompiledMatcher; window: number };
}

export interface CompiledPack {
  rules: CompiledRule[];
  allowed?: AllowedTerms;
  deny: Array<{ term: DenyTerm; matcher: CompiledMatcher }>;
}

const DEFAULT_NEAR_WINDOW = 8;
const DIGIT_GAP = '[\\s.\\-]?';

/** "01632 960115" also matches "01632960115" and "01632-960-115". */
function allowSource(term: string): string {
  let source = '';
  const chars = [...term.trim()];
  chars.forEach((ch, i) => {
    if (/\s/.test(ch)) {
      if (!/\s/.test(chars[i - 1] ?? '')) source += '[\\s.\\-]*';
      return;
    }
    if (/\d/.test(ch) && /\d/.test(chars[i - 1] ?? '')) source += DIGIT_GAP;
    source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  });
  return source;
}

/** The term, or any of the terms, standing on its own (not inside a longer word or number). */
const standingAlone = (sources: string[], flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})(?![\\p{L}\\p{N}])`, flags);

/**
 * A pack's allowed terms. Most drafts have none: one search for them all rules that out, and each
 * term's own pattern is made (and run) only once a draft has one.
 */
export class AllowedTerms {
  private readonly sources: string[];
  private readonly any: RegExp;
  private each?: RegExp[];

  constructor(terms: readonly string[]) {
    this.sources = terms.map(allowSource);
    this.any = standingAlone(this.sources, 'iu');
  }

  /** Where the terms stand in the text, [start, end): each term's own, so overlapping terms each count. */
  in(text: string): Array<[number, number]> {
    if (!this.any.test(text)) return [];
    const found: Array<[number, number]> = [];
    for (const re of (this.each ??= this.sources.map((source) => standingAlone([source], 'giu')))) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        found.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    return found;
  }
}

export function compilePack(input: PackInput): CompiledPack {
  return {
    rules: input.rules
      .filter((rule) => rule.enabled !== false)
      .map((rule) => ({
        rule,
        finder: compileRule(rule),
        near: rule.near && { matcher: new CompiledMatcher(rule.near), window: rule.near.window ?? DEFAULT_NEAR_WINDOW },
        unless: rule.unless && {
          matcher: new CompiledMatcher(rule.unless),
          window: rule.unless.window ?? DEFAULT_NEAR_WINDOW,
        },
      })),
    allowed: input.allow?.length ? new AllowedTerms(input.allow) : undefined,
    deny: (input.deny ?? []).map((term) => ({ term, matcher: new CompiledMatcher({ words: [term.term] }) })),
  };
}
