import { describe, expect, it } from 'vitest';
import { SETTINGS_KIND, exportSettings, importSettings } from '../../src/settings/io';
import { migrateSettings } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, defaultSettings } from '../../src/settings/schema';
import { fixture } from './helpers';

/** Every key anywhere in a JSON value. */
function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...keysOf(v)]);
  return [];
}

describe('exportSettings', () => {
  it('is pretty JSON with the kind marker and the version', () => {
    const text = exportSettings(DEFAULT_SETTINGS);
    expect(text).toMatch(/^\{\n {2}"kind": "tbyp-settings",\n/);
    const data = JSON.parse(text);
    expect(data.kind).toBe(SETTINGS_KIND);
    expect(data.version).toBe(SETTINGS_VERSION);
  });

  it('carries the language choice, and brings it back on import (an unknown one is ignored, with a note)', () => {
    const text = exportSettings(DEFAULT_SETTINGS, 'cy');
    expect(JSON.parse(text).language).toBe('cy');
    const back = importSettings(text);
    expect(back.language).toBe('cy');
    expect(back.problems).toEqual([]);
    expect(back.settings?.version).toBe(SETTINGS_VERSION);
    const odd = importSettings(JSON.stringify({ ...JSON.parse(text), language: 'fr' }));
    expect(odd.language).toBeUndefined();
    expect(odd.problems).toEqual(['Ignored "language": it should be browser, en, cy.']);
    expect(importSettings(exportSettings(DEFAULT_SETTINGS)).language).toBeUndefined();
  });

  it('leaves out pauses, of every site or one', () => {
    const data = JSON.parse(exportSettings({ ...defaultSettings(), pausedUntil: 5, pausedSites: { 'x.com': 5 } }));
    expect('pausedUntil' in data).toBe(false);
    expect('pausedSites' in data).toBe(false);
  });

  it('never has a field for draft text', () => {
    const keys = keysOf(JSON.parse(exportSettings(DEFAULT_SETTINGS))).map((k) => k.toLowerCase());
    expect(keys).not.toContain('text');
    expect(keys).not.toContain('draft');
    expect(keys.filter((k) => /text|draft/.test(k))).toEqual([]);
  });

  it('leaves out a pause', () => {
    expect(JSON.parse(exportSettings({ ...defaultSettings(), pausedUntil: 1767225600000 })).pausedUntil).toBeUndefined();
  });
});

describe('importSettings', () => {
  it('round-trips settings (all but the pause)', () => {
    const settings = migrateSettings(fixture('v2.json'));
    const { pausedUntil: _, ...rest } = settings;
    expect(importSettings(exportSettings(settings))).toEqual({ settings: rest, problems: [] });
    expect(importSettings(exportSettings(DEFAULT_SETTINGS))).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('migrates a file from an older version', () => {
    const text = JSON.stringify({ kind: 'tbyp-settings', ...(fixture('v1.json') as object) });
    const { settings, problems } = importSettings(text);
    expect(problems).toEqual([]);
    expect(settings).toEqual(migrateSettings(fixture('v1.json')));
  });

  it('reports bad JSON with its line and column', () => {
    const { settings, problems } = importSettings('{\n  "kind": "tbyp-settings",\n  "version": 2,,\n}');
    expect(settings).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The file is not valid JSON: line 3, column 16: /);
  });

  it('reports a file that ends too soon', () => {
    const { problems } = importSettings('{\n  "kind": "tbyp-settings"');
    expect(problems[0]).toMatch(/line 2, column/);
  });

  it.each([
    ['an empty file', '  ', /empty/],
    ['a list', '[1, 2]', /not a Think Before You Post settings file/],
    ['no kind', '{"version": 2}', /no "kind"/],
    ['another kind', '{"kind": "something-else", "version": 2}', /"something-else"/],
    ['a rules pack', '{"schemaVersion": 1, "id": "x", "rules": []}', /rules pack/],
  ])('refuses %s', (_, text, why) => {
    const { settings, problems } = importSettings(text);
    expect(settings).toBeUndefined();
    expect(problems[0]).toMatch(why);
  });

  it('keeps what it can and lists what it ignored', () => {
    const { settings, problems } = importSettings(JSON.stringify({ kind: 'tbyp-settings', version: 2, sensitivity: 'high', account: 42, draft: 'secret words' }));
    expect(settings?.sensitivity).toBe('high');
    expect(settings?.account).toBe('both');
    expect('draft' in settings!).toBe(false);
    expect(problems).toHaveLength(2);
    expect(problems.join(' ')).not.toMatch(/secret words/);
  });

  it('accepts a byte-order mark', () => {
    expect(importSettings('\ufeff' + exportSettings(DEFAULT_SETTINGS)).settings).toEqual(DEFAULT_SETTINGS);
  });
});
