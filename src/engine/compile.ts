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
  allow: RegExp[];
  /** Matches where any allowed term does: most drafts have none, and one search rules them all out. */
  anyAllowed?: RegExp;
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

export function compilePack(input: PackInput): CompiledPack {
  const allowSources = (input.allow ?? []).map(allowSource);
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
    allow: allowSources.map((source) => standingAlone([source], 'giu')),
    anyAllowed: allowSources.length ? standingAlone(allowSources, 'iu') : undefined,
    deny: (input.deny ?? []).map((term) => ({ term, matcher: new CompiledMatcher({ words: [term.term] }) })),
  };
}
