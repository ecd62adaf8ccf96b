import nlpLib from 'compromise';
import { compilePack, createNlp, type PackRule } from '../../src/engine';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import type { Examples } from '../../src/packs/types';

export const nlp = createNlp(nlpLib as never);
export const examples: Examples = { flag: ['x'], pass: ['y'] };

/** A rule with the boilerplate filled in, for tests. */
export function rule<T extends Partial<PackRule>>(r: T): PackRule {
  return {
    id: 'test.rule',
    category: 'rudeness',
    severity: 'warning',
    message: 'Saw {match}',
    why: 'Because.',
    examples,
    ...r,
  } as PackRule;
}

export const packOf = (...rules: PackRule[]) => compilePack({ rules });

/** Every pattern of the built-in packs, with its rule's examples. */
export function builtinPatterns(): Array<{ source: string; texts: string[] }> {
  return BUILTIN_PACK_FILES.flatMap((f) => patternsIn(f.data));
}

function patternsIn(node: unknown, texts: string[] = [], out: Array<{ source: string; texts: string[] }> = []) {
  if (Array.isArray(node)) node.forEach((n) => patternsIn(n, texts, out));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const own = record.examples ? JSON.stringify(record.examples).match(/"(?:[^"\\]|\\.)*"/g)!.map((s) => JSON.parse(s) as string) : texts;
    if (typeof record.pattern === 'string') out.push({ source: record.pattern, texts: own });
    if (Array.isArray(record.patterns)) for (const p of record.patterns) if (typeof p === 'string') out.push({ source: p, texts: own });
    for (const [key, value] of Object.entries(record)) if (key !== 'examples') patternsIn(value, own, out);
  }
  return out;
}
