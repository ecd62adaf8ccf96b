// Adding a rule type is one file: test/fixtures/rule-types/shouting.ts registers a toy type, and
// the same validation, compilation and checking that serve the built-in types serve it.
import { describe, expect, it } from 'vitest';
import '../fixtures/rule-types/shouting';
import { check, compilePack } from '../../src/engine';
import { validatePack } from '../../src/packs/validate';

const pack = (rule: Record<string, unknown>) => ({
  schemaVersion: 1,
  id: 'test.shouting',
  name: 'Shouting',
  version: '1',
  author: 'Tests',
  rules: [
    {
      id: 'rudeness.shouting',
      type: 'shouting',
      category: 'rudeness',
      severity: 'info',
      message: 'This reads as shouting.',
      why: 'Capitals read as anger.',
      minWords: 3,
      examples: { flag: ['THIS IS RIDICULOUS today'], pass: ['The NHS and GMC agree'] },
      ...rule,
    },
  ],
});

describe('a rule type added in one file', () => {
  it('validates with the same messages as the built-in types', () => {
    expect(validatePack(pack({}), 'shout.json').problems).toEqual([]);
    const problems = validatePack(pack({ minWords: 1, volume: 11 }), 'shout.json').problems;
    expect(problems.map((p) => [p.path, p.ruleId])).toEqual([
      ['$.rules[0].volume', 'rudeness.shouting'],
      ['$.rules[0].minWords', 'rudeness.shouting'],
    ]);
    expect(problems[0]!.message).toMatch(/^Unknown key "volume" in a "shouting" rule\./);
    expect(validatePack(pack({ minWords: 99 }), 'shout.json').problems[0]!.message).toMatch(/more than 50/);
  });

  it('compiles and runs on its own examples', () => {
    const validated = validatePack(pack({}), 'shout.json').pack!;
    const compiled = compilePack({ rules: validated.rules });
    expect(check('THIS IS RIDICULOUS today', {}, compiled).map((f) => f.ruleId)).toEqual(['rudeness.shouting']);
    expect(check('The NHS and GMC agree', {}, compiled)).toEqual([]);
  });
});
