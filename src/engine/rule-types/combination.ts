// Identification by combination: clues that are harmless alone but point at one person together.
import { Type } from '@sinclair/typebox';
import { CompiledMatcher, type Hit } from '../matcher';
import { Obj, Patterns, Words } from '../../packs/format';
import { didYouMean, seg } from '../../packs/problems';
import { defineRuleType, type RuleHit } from './types';

interface Clue {
  name: string;
  weight: number;
  matcher: CompiledMatcher;
}

const DEFAULT_WINDOW = 40;

const Clue = Obj('a clue', {
  words: Type.Optional(Words('Words or phrases that are this clue.')),
  patterns: Type.Optional(Patterns),
  weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, description: 'How much this clue counts. Default 1.' })),
});

export const combinationRule = defineRuleType({
  type: 'combination',
  description: 'Clues that are harmless alone but identify someone together ("jigsaw" identification).',
  fields: {
    clues: Type.Record(Type.String({ pattern: '\\S' }), Clue, {
      minProperties: 1,
      description: 'the clues to look for, by name; names appear in the message ("age + ward + last night")',
    }),
    requireAny: Type.Optional(Type.Array(Type.String(), { minItems: 1, description: 'Clue names of which at least one must be present.' })),
    threshold: Type.Number({ exclusiveMinimum: 0, description: 'how many clues (by weight) must appear together' }),
    window: Type.Optional(Type.Integer({ minimum: 1, description: 'Window in words. Default 40.' })),
  },
  check(rule, report) {
    const names = Object.keys(rule.clues);
    for (const name of names) {
      const clue = rule.clues[name]!;
      if (clue.words === undefined && clue.patterns === undefined) report(`.clues${seg(name)}`, `Clue "${name}" needs "words" or "patterns" (or both) to look for.`);
    }
    (rule.requireAny ?? []).forEach((name, i) => {
      if (!names.includes(name)) {
        report(`.requireAny[${i}]`, `"requireAny" names the clue "${name}", but this rule has no clue by that name.${didYouMean(name, names)} Its clues are: ${names.join(', ')}.`);
      }
    });
    const total = names.reduce((sum, name) => sum + (rule.clues[name]!.weight ?? 1), 0);
    if (rule.threshold > total) {
      report('.threshold', `"threshold" is ${rule.threshold}, but all the clues together only weigh ${total}, so this rule could never match.`);
    }
  },
  compile(rule) {
    const clues: Clue[] = Object.entries(rule.clues).map(([name, m]) => ({ name, weight: m.weight ?? 1, matcher: new CompiledMatcher(m) }));
    const window = rule.window ?? DEFAULT_WINDOW;
    const required = new Set(rule.requireAny ?? []);
    const isRequired = (clue: Clue) => required.has(clue.name);

    return {
      needsNlp: false,
      find(doc) {
        // The required clues first: most drafts have none of them, and then the others needn't be looked for.
        if (required.size && !clues.some((c) => isRequired(c) && c.matcher.hits(doc).length)) return [];
        const all: Array<{ clue: Clue; hit: Hit }> = [];
        for (const clue of clues) for (const hit of clue.matcher.hits(doc)) all.push({ clue, hit });
        if (all.length === 0) return [];
        all.sort((a, b) => a.hit.first - b.hit.first);

        // Slide a window of `window` tokens over the hits (two pointers), scoring the distinct clues in it.
        // Kept as running totals (not recounted per step): long drafts have hundreds of hits.
        const counts = new Map<Clue, number>();
        let score = 0;
        let requiredIn = 0; // distinct required clues in the window
        let best: { from: number; to: number; score: number } | undefined;
        for (let from = 0, to = 0; from < all.length; from++) {
          while (to < all.length && all[to].hit.first <= all[from].hit.first + window) {
            const c = all[to].clue;
            const n = counts.get(c) ?? 0;
            if (n === 0) {
              score += c.weight;
              if (isRequired(c)) requiredIn++;
            }
            counts.set(c, n + 1);
            to++;
          }
          const meetsRequirement = required.size === 0 || requiredIn > 0;
          if (score >= rule.threshold && meetsRequirement && (!best || score > best.score)) best = { from, to, score };
          const c = all[from].clue;
          const n = counts.get(c)! - 1;
          counts.set(c, n);
          if (n === 0) {
            score -= c.weight;
            if (isRequired(c)) requiredIn--;
          }
        }
        if (!best) return [];

        const inWindow = all.slice(best.from, best.to);
        const names: string[] = [];
        for (const { clue } of inWindow) if (!names.includes(clue.name)) names.push(clue.name);
        const hits = inWindow.map((x) => x.hit);
        const result: RuleHit = {
          spans: hits.flatMap((h) => h.spans),
          first: hits[0].first,
          last: Math.max(...hits.map((h) => h.last)),
          clues: names,
        };
        return [result];
      },
    };
  },
});
