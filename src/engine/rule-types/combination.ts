// Identification by combination: clues that are harmless alone but point at one person together.
import { CompiledMatcher, type Hit } from '../matcher';
import type { CombinationRule } from '../../packs/types';
import type { RuleFinder, RuleHit } from './types';

interface Clue {
  name: string;
  weight: number;
  matcher: CompiledMatcher;
}

const DEFAULT_WINDOW = 40;

export function compileCombination(rule: CombinationRule): RuleFinder {
  const clues: Clue[] = Object.entries(rule.clues).map(([name, m]) => ({
    name,
    weight: m.weight ?? 1,
    matcher: new CompiledMatcher(m),
  }));
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
}
