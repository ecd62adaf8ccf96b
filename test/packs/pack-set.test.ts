import { Type } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { defineRuleType, registerRuleType } from '../../src/engine/rule-types';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { buildPackSet, checkPack } from '../../src/packs/pack-set';
import { defaultSettings, EMPTY_POLICY, importPackFile, loadConfig } from '../../src/settings';

// A rule type whose finder throws on some text: what a buggy detector or bad options would do.
registerRuleType(
  defineRuleType({
    type: 'test-throws',
    description: 'Throws on "boom".',
    fields: { word: Type.String({ description: 'the word' }) },
    compile: () => ({
      needsNlp: false,
      find(doc) {
        if (doc.text.includes('boom')) throw new Error('engine bug');
        return [];
      },
    }),
  }),
);

const rule = (extra: Record<string, unknown>) => ({
  id: 'trust.rule',
  type: 'test-throws',
  word: 'x',
  category: 'rudeness',
  severity: 'warning',
  message: 'm',
  why: 'w',
  examples: { flag: ['boom'], pass: ['fine'] },
  ...extra,
});
const pack = (rules: unknown[]) => ({ schemaVersion: 1, id: 'trust.pack', name: 'T', version: '1', author: 'A', rules });

describe('buildPackSet compiles a pack before accepting it', () => {
  it('refuses a pack whose rule throws on its own examples, naming the rule', () => {
    const { pack: accepted, problems } = checkPack(pack([rule({})]), { file: 'trust.json', origin: 'trust policy' });
    expect(accepted).toBeUndefined();
    expect(problems).toEqual([{ file: 'trust.json', path: '$.rules[0]', ruleId: 'trust.rule', message: expect.stringMatching(/failed when it was tried on its own examples \(engine bug\)/) }]);
  });

  it('keeps every other pack working', () => {
    const set = buildPackSet([...BUILTIN_PACK_FILES, { file: 'trust.json', data: pack([rule({})]), origin: 'trust policy' }]);
    expect(set.packs.map((p) => p.origin)).toEqual(['built-in', 'built-in', 'built-in']);
    expect(set.problems.map((p) => p.ruleId)).toEqual(['trust.rule']);
  });

  it('gives problems a line and column when the pack came as text', () => {
    const text = JSON.stringify(pack([rule({ severity: 'severe' })]), null, 2);
    const { problems } = buildPackSet([{ file: 'trust.json', text, origin: 'trust policy' }]);
    expect(problems[0]).toMatchObject({ path: '$.rules[0].severity', line: 13, column: 7 });
  });

  it('a pack with bad detector options is refused by the import and by a settings file, and checking goes on', () => {
    const hostile = pack([
      { ...rule({}), type: 'detector', detector: 'patient-name', options: { care: 'bed', window: -1 }, word: undefined, examples: { flag: ['Mrs Smith in bed 4'], pass: ['fine'] } },
    ]);
    const imported = importPackFile(JSON.stringify(hostile), 'hostile.json', { settings: defaultSettings(), policy: { ...EMPTY_POLICY }, knownRuleIds: new Set() });
    expect(imported.settings).toBeUndefined();
    expect(imported.problems.map((p) => p.path).sort()).toEqual(['$.rules[0].options.care', '$.rules[0].options.window']);
    const stored = { ...defaultSettings(), importedPacks: [{ data: hostile, file: 'hostile.json', importedAt: '2026-01-01T00:00:00Z' }] };
    const config = loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: undefined, stored });
    expect(config.packs.map((p) => p.source)).toEqual(['built-in', 'built-in', 'built-in']);
    expect(config.problems.every((p) => p.file === 'hostile.json')).toBe(true);
  });
});
