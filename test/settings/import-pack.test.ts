import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { defaultSettings, EMPTY_POLICY, importPackFile, loadConfig, mergeProblems, withPackRemoved } from '../../src/settings';

const NORTHVALE = readFileSync('rules/examples/northvale-trust.json', 'utf8');
const base = loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: {}, stored: undefined });
const context = { settings: defaultSettings(), policy: EMPTY_POLICY, knownRuleIds: new Set(base.resolved.rules.map((r) => r.id)), now: new Date('2026-11-27T10:00:00Z') };
const merged = (settings: unknown) => loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: {}, stored: settings });

describe('importing a pack file', () => {
  it('adds a valid pack, which then merges without problems', () => {
    const result = importPackFile(NORTHVALE, 'northvale.json', context);
    expect(result.problems).toEqual([]);
    expect(result.settings!.importedPacks).toEqual([{ data: JSON.parse(NORTHVALE), file: 'northvale.json', importedAt: '2026-11-27T10:00:00.000Z' }]);
    expect(mergeProblems(merged(result.settings), 'northvale.json')).toEqual([]);
    expect(merged(result.settings).packs.map((p) => p.source)).toContain('imported file');
  });

  it('replaces an earlier import of the same pack, and can remove it', () => {
    const once = importPackFile(NORTHVALE, 'v1.json', context).settings!;
    const twice = importPackFile(NORTHVALE, 'v2.json', { ...context, settings: once }).settings!;
    expect(twice.importedPacks.map((p) => p.file)).toEqual(['v2.json']);
    expect(withPackRemoved(twice, 'northvale.trust').importedPacks).toEqual([]);
  });

  it('names the line and column of a JSON mistake', () => {
    const result = importPackFile('{\n  "id": "x",\n  oops\n}', 'broken.json', context);
    expect(result.settings).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'broken.json', path: expect.stringMatching(/^line 3, column \d+$/) });
  });

  it('lists every validation problem with its place, and changes nothing', () => {
    const pack = JSON.parse(NORTHVALE);
    delete pack.version;
    pack.rules[0].pattern = '(a+)+$';
    const result = importPackFile(JSON.stringify(pack), 'broken.json', context);
    expect(result.settings).toBeUndefined();
    expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['$.version', '$.rules[0].pattern']));
    expect(result.problems.every((p) => p.file === 'broken.json')).toBe(true);
  });

  it('refuses a rule whose category is neither built in nor declared, and suggests the nearest', () => {
    const pack = JSON.parse(NORTHVALE);
    pack.rules[0].category = 'patient-detail';
    const result = importPackFile(JSON.stringify(pack), 'typo.json', context);
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual([
      expect.objectContaining({ file: 'typo.json', path: '$.rules[0].category', ruleId: pack.rules[0].id, message: expect.stringMatching(/^Unknown category "patient-detail"\. Did you mean "patient-details"\?/) }),
    ]);
  });

  it('refuses packs when the trust locked settings, and files too big to be a pack', () => {
    expect(importPackFile(NORTHVALE, 'n.json', { ...context, policy: { ...EMPTY_POLICY, lockSettings: true } }).problems[0]!.message).toMatch(/locked/);
    expect(importPackFile(' '.repeat(2_000_001), 'big.json', context).problems[0]!.message).toMatch(/too big/);
  });

  it('finds merge problems that name the file (an override of a locked rule)', () => {
    const pack = { ...JSON.parse(NORTHVALE), id: 'mine.pack', locked: [], overrides: { 'patient.nhs-number': { enabled: false } } };
    const managed = { lockedRules: [{ rule: 'patient.nhs-number', reason: 'Always on.' }] };
    const settings = importPackFile(JSON.stringify(pack), 'mine.json', context).settings!;
    const problems = mergeProblems(loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed, stored: settings }), 'mine.json');
    expect(problems.map((p) => p.ruleId)).toContain('patient.nhs-number');
  });
});
