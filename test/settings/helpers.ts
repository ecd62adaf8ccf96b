// Small packs for the settings tests, and the built-in packs validated.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import type { Rule, RulesPack } from '../../src/packs/types';
import { validatePack } from '../../src/packs/validate';

export function fixture(name: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8'));
}

export function builtinPacks(): RulesPack[] {
  return BUILTIN_PACK_FILES.map(({ data, file }) => {
    const result = validatePack(data, file);
    if (!result.pack) throw new Error(`built-in pack ${file} is invalid`);
    return result.pack;
  });
}

export function wordsRule(id: string, word: string, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    type: 'words',
    category: 'rudeness',
    severity: 'warning',
    words: [word],
    message: `Saw {match} (${id}).`,
    why: 'A test rule.',
    examples: { flag: [`a ${word} here`], pass: ['nothing here'] },
    ...extra,
  } as Rule;
}

export function pack(id: string, rules: Rule[], extra: Partial<RulesPack> = {}): RulesPack {
  return { schemaVersion: 1, id, name: id, version: '1.0.0', author: 'tests', rules, ...extra };
}
