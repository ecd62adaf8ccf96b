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

  return {
    needsNlp: false,
    find(doc) {
      const all: Array<{ clue: Clue; hit: Hit }> = [];
      for (const clue of clues) for (const hit of clue.matcher.hits(doc)) all.push({ clue, hit });
      if (all.length === 0) return [];
      all.sort((a, b) => a.hit.first - b.hit.first);

      // Slide a window of `window` tokens over the hits; keep the best-scoring one.
      let best: RuleHit | undefined;
      let bestScore = 0;
      for (let i = 0; i < all.length; i++) {
        const inWindow = all.filter((x) => x.hit.first >= all[i].hit.first && x.hit.first <= all[i].hit.first + window);
        const present = new Map<Clue, Hit[]>();
        for (const { clue, hit } of inWindow) present.set(clue, [...(present.get(clue) ?? []), hit]);
        if (required.size && ![...present.keys()].some((c) => required.has(c.name))) continue;
        const score = [...present.keys()].reduce((s, c) => s + c.weight, 0);
        if (score >= rule.threshold && score > bestScore) {
          bestScore = score;
          const hits = [...present.values()].flat().sort((a, b) => a.first - b.first);
          const names = [...present.entries()]
            .sort((a, b) => a[1][0].first - b[1][0].first)
            .map(([c]) => c.name);
          best = {
            spans: hits.flatMap((h) => h.spans),
            first: hits[0].first,
            last: Math.max(...hits.map((h) => h.last)),
            clues: names,
          };
        }
      }
      return best ? [best] : [];
    },
  };
}
