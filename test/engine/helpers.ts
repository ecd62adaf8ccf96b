import nlpLib from 'compromise';
import { compilePack, createNlp, type PackRule } from '../../src/engine';
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
