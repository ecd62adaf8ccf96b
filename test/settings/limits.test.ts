// Issue 14, item 7: a settings file can't get round the limits a pack import has, nor pause checks for ever.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_JSON_DEPTH, parseJson } from '../../src/packs/json';
import { importSettings, MAX_IMPORTED_PACKS, MAX_SETTINGS_JSON_LENGTH } from '../../src/settings/io';
import { MAX_PAUSE_MS } from '../../src/settings/migrations';
import { MAX_PACK_JSON_LENGTH } from '../../src/settings/policy';

const examplePack = JSON.parse(readFileSync('rules/examples/northvale-trust.json', 'utf8'));
const file = (fields: Record<string, unknown>) => JSON.stringify({ kind: 'tbyp-settings', version: 2, ...fields });
const imported = (data: unknown, name = 'pack.json') => ({ data, file: name, importedAt: '2026-12-01T10:00:00.000Z' });

describe('settings file limits', () => {
  it('refuses a file over the size limit, naming the limit', () => {
    const result = importSettings(file({ padding: 'x'.repeat(MAX_SETTINGS_JSON_LENGTH) }));
    expect(result.settings).toBeUndefined();
    expect(result.problems).toEqual(['The file is too big for a settings file (over 6,000,000 characters).']);
  });

  it('leaves out a carried pack over the pack import limit, and keeps the rest', () => {
    const huge = { ...examplePack, id: 'huge', description: 'x'.repeat(MAX_PACK_JSON_LENGTH) };
    const result = importSettings(file({ importedPacks: [imported(huge, 'huge.json'), imported(examplePack)] }));
    expect(result.settings?.importedPacks.map((p) => p.file)).toEqual(['pack.json']);
    expect(result.problems).toEqual(['Left out imported pack 1 (huge.json): it is too big for a rules pack (over 2,000,000 characters).']);
  });

  it('leaves out a carried pack that fails the pack check, naming the rule and field', () => {
    const broken = { ...examplePack, rules: [{ ...examplePack.rules[0], severity: 'catastrophic' }] };
    const result = importSettings(file({ importedPacks: [imported(broken, 'broken.json')] }));
    expect(result.settings?.importedPacks).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Left out imported pack 1 \(broken\.json\): .*severity/);
  });

  it(`carries at most ${MAX_IMPORTED_PACKS} packs`, () => {
    const packs = Array.from({ length: MAX_IMPORTED_PACKS + 1 }, (_, i) => imported({ ...examplePack, id: `pack-${i}` }, `p${i}.json`));
    const result = importSettings(file({ importedPacks: packs }));
    expect(result.settings?.importedPacks).toHaveLength(MAX_IMPORTED_PACKS);
    expect(result.problems).toEqual([`Left out imported pack 11 (p10.json): a settings file can carry at most ${MAX_IMPORTED_PACKS} packs.`]);
  });

  it('names an unknown field', () => {
    expect(importSettings(file({ colour: 'blue' })).problems).toEqual(['Ignored "colour": not a setting.']);
  });

  it('refuses deep nesting and "__proto__" keys with the line and column', () => {
    const deep = `{"kind": "tbyp-settings", "x": ${'['.repeat(MAX_JSON_DEPTH + 5)}${']'.repeat(MAX_JSON_DEPTH + 5)}}`;
    expect(importSettings(deep).problems[0]).toMatch(/^The file is not valid JSON: line 1, column \d+: Lists and objects are nested more than 32 deep here/);
    const proto = '{"kind": "tbyp-settings",\n "__proto__": {"polluted": true}}';
    expect(importSettings(proto).problems).toEqual(['The file is not valid JSON: line 2, column 2: The key "__proto__" is not allowed..']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Brackets inside text don't count.
    expect(parseJson(JSON.stringify({ message: '['.repeat(1000) })).ok).toBe(true);
  });

  it('caps a pause at 7 days', () => {
    const far = importSettings(file({ pausedUntil: 8_640_000_000_000_000 }));
    expect(far.settings?.pausedUntil).toBeUndefined();
    expect(far.problems).toEqual(['Ignored "pausedUntil": a pause can last at most 7 days.']);
    const soon = Date.now() + MAX_PAUSE_MS - 60_000;
    expect(importSettings(file({ pausedUntil: soon })).settings?.pausedUntil).toBe(soon);
  });
});
