import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Check } from '@sinclair/typebox/value';
import { describe, expect, it } from 'vitest';
import { importSettings } from '../../src/settings/io';
import { MIGRATIONS, SettingsV1Schema, SettingsV2Schema, migrateSettings, migrateSettingsReport } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SITE_IDS, SettingsSchema, defaultSettings } from '../../src/settings/schema';
import { fixture } from './helpers';

describe('the list of migrations', () => {
  it('has exactly one step per version, from 1 up to the current version', () => {
    expect(MIGRATIONS.map((m) => [m.from, m.to])).toEqual(
      Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => [i + 1, i + 2]),
    );
  });
});

describe('unversioned, missing and garbage settings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'hello'],
    ['a list', ['rudeness.profanity']],
    ['an object without a version', { disabledRules: ['rudeness.profanity'] }],
    ['version 0', { version: 0 }],
    ['a text version', { version: '2' }],
    ['a fractional version', { version: 1.5 }],
  ])('%s -> the defaults', (_, raw) => {
    expect(migrateSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('returns a copy that can be changed without changing the defaults', () => {
    const s = migrateSettings(undefined);
    s.disabledRules.push('rudeness.profanity');
    s.sites.enabled.x = false;
    expect(DEFAULT_SETTINGS.disabledRules).toEqual([]);
    expect(DEFAULT_SETTINGS.sites.enabled.x).toBe(true);
  });

  it('never throws, even on hostile objects', () => {
    const hostile = { version: 2, get disabledRules(): never { throw new Error('boom'); } };
    expect(migrateSettings(hostile)).toEqual(DEFAULT_SETTINGS);
    const proxy = new Proxy({}, { ownKeys() { throw new Error('boom'); }, get() { throw new Error('boom'); } });
    expect(migrateSettings(proxy)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('version 1 -> 2', () => {
  it('migrates the v1 fixture', () => {
    const { settings, notes } = migrateSettingsReport(fixture('v1.json'));
    expect(settings).toEqual({
      ...defaultSettings(),
      disabledRules: ['rudeness.profanity', 'patient.postcode'],
      sensitivity: 'high',
      sites: {
        enabled: {
          x: true,
          facebook: true,
          reddit: true,
          'old-reddit': true,
          linkedin: false,
          instagram: false,
          youtube: false,
          mastodon: false,
          threads: true,
          bluesky: true,
        },
        added: ['https://mastodon.example', 'https://social.northvale.nhs.example'],
      },
    });
    expect(notes).toEqual([]);
  });

  it('strict: false is normal sensitivity; a missing site list leaves every site on', () => {
    const s = migrateSettings({ version: 1, off: [], strict: false });
    expect(s.sensitivity).toBe('normal');
    expect(Object.values(s.sites.enabled).every(Boolean)).toBe(true);
  });

  it('old.reddit is off when reddit was off', () => {
    const s = migrateSettings({ version: 1, off: [], strict: false, sites: ['twitter'] });
    expect(s.sites.enabled.reddit).toBe(false);
    expect(s.sites.enabled['old-reddit']).toBe(false);
    expect(s.sites.enabled.x).toBe(true);
  });

  it('drops wrong types and unknown keys with a note, keeping the rest', () => {
    const { settings, notes } = migrateSettingsReport({ version: 1, off: 'rudeness.profanity', strict: 'yes', sites: ['twitter', 7, 'myspace'], colour: 'blue' });
    expect(settings.disabledRules).toEqual([]);
    expect(settings.sensitivity).toBe('normal');
    expect(settings.sites.enabled.x).toBe(true);
    expect(settings.sites.enabled.facebook).toBe(false);
    expect(notes.join('\n')).toMatch(/"colour"/);
    expect(notes.join('\n')).toMatch(/"off"/);
    expect(notes.join('\n')).toMatch(/"strict"/);
    expect(notes.join('\n')).toMatch(/myspace/);
  });
});

describe('version 2 -> 3', () => {
  it('keeps everything of the v2 fixture, with no rule switch-off dates and no site pauses', () => {
    const raw = fixture('v2.json') as Record<string, unknown>;
    const { settings, notes } = migrateSettingsReport(raw);
    expect(settings).toEqual({ ...raw, version: 3, disabledAt: {}, pausedSites: {} });
    expect(notes).toEqual([]);
  });
});

describe('version 3 (current)', () => {
  it('keeps the v3 fixture as it is', () => {
    const raw = fixture('v3.json');
    const { settings, notes } = migrateSettingsReport(raw);
    expect(settings).toEqual(raw);
    expect(notes).toEqual([]);
  });

  it('drops switch-off dates of rules that are on, bad dates and bad site pauses', () => {
    const { settings, notes } = migrateSettingsReport({
      version: 3,
      disabledRules: ['rudeness.profanity'],
      disabledAt: { 'rudeness.profanity': '2026-01-02T03:04:05.000Z', 'patient.nhs-number': '2026-01-02T03:04:05.000Z', 'rudeness.slur': 'soon' },
      pausedSites: { 'x.com': 1767225600000, 'Bad Host!': 1, 'facebook.com': 'later' },
    });
    expect(settings.disabledAt).toEqual({ 'rudeness.profanity': '2026-01-02T03:04:05.000Z' });
    expect(settings.pausedSites).toEqual({ 'x.com': 1767225600000 });
    expect(notes).toHaveLength(4);
  });

  it('every site has a switch, even when the stored object lacks some', () => {
    const s = migrateSettings({ version: 3, sites: { enabled: { x: false } } });
    expect(Object.keys(s.sites.enabled).sort()).toEqual([...SITE_IDS].sort());
    expect(s.sites.enabled.x).toBe(false);
    expect(s.sites.enabled.youtube).toBe(true);
  });

  it('drops unknown and wrongly typed fields, using the defaults', () => {
    const { settings, notes } = migrateSettingsReport({
      version: 3,
      categories: { rudeness: 'off', confidentiality: false, 'Bad Category!': false },
      disabledRules: ['rudeness.profanity', 3, 'Not An Id', 'rudeness.profanity'],
      sensitivity: 'extreme',
      sites: { enabled: { x: 'no', myspace: false, youtube: false }, added: ['ftp://files.example', 'mastodon.example', 'https://mastodon.example/'], extra: 1 },
      account: 'work',
      importedPacks: [{ file: 'a.json' }, 'nope', { data: {}, file: 'b.json', importedAt: '2025-01-01T00:00:00Z' }],
      pausedUntil: 'tomorrow',
      draft: 'Mrs Smith in bed 4',
    });
    expect(settings.categories).toEqual({ 'patient-details': true, rudeness: true, confidentiality: false });
    expect(settings.disabledRules).toEqual(['rudeness.profanity']);
    expect(settings.sensitivity).toBe('normal');
    expect(settings.sites.enabled.x).toBe(true);
    expect(settings.sites.enabled.youtube).toBe(false);
    expect('myspace' in settings.sites.enabled).toBe(false);
    expect(settings.sites.added).toEqual(['https://mastodon.example']);
    expect(settings.account).toBe('both');
    expect(settings.importedPacks).toEqual([{ data: {}, file: 'b.json', importedAt: '2025-01-01T00:00:00Z' }]);
    expect(settings.pausedUntil).toBeUndefined();
    expect('draft' in settings).toBe(false);
    expect(notes.length).toBeGreaterThanOrEqual(10);
    // Notes never repeat what the ignored field held.
    expect(notes.join('\n')).not.toMatch(/Mrs Smith/);
  });

  it('keeps what it understands of settings from a newer version', () => {
    const { settings, notes } = migrateSettingsReport({ version: 9, sensitivity: 'high', newThing: true });
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.sensitivity).toBe('high');
    expect(notes[0]).toMatch(/newer version/);
  });
});

describe('the settings schema (SettingsSchema: one definition for the type and the checks)', () => {
  it('accepts the defaults and the v3 fixture, and everything migrateSettings returns', () => {
    expect(Check(SettingsSchema, defaultSettings())).toBe(true);
    expect(Check(SettingsSchema, fixture('v3.json'))).toBe(true);
    const inputs: unknown[] = [undefined, 7, fixture('v1.json'), fixture('v1-file-damaged.json'), { version: 2, sites: { enabled: { x: 'no' }, added: [3] } }, { version: 9, account: 'personal' }];
    for (const raw of inputs) expect(Check(SettingsSchema, migrateSettings(raw))).toBe(true);
  });

  it('keeps a record of every earlier version, each fixture matching its own version\'s schema', () => {
    expect(Check(SettingsV1Schema, fixture('v1.json'))).toBe(true);
    expect(Check(SettingsV2Schema, fixture('v2.json'))).toBe(true);
    // The records are not the current shape: version 2 had no switch-off dates or site pauses.
    expect(Check(SettingsV2Schema, fixture('v3.json'))).toBe(false);
    expect(Check(SettingsSchema, fixture('v2.json'))).toBe(false);
  });

  it('is what the settings are checked against: a field the schema does not have is ignored', () => {
    const fields = Object.keys(SettingsSchema.properties).sort();
    expect(fields).toEqual(['account', 'categories', 'disabledAt', 'disabledRules', 'importedPacks', 'pausedSites', 'pausedUntil', 'sensitivity', 'sites', 'version']);
    expect(migrateSettingsReport({ version: 2, theme: 'dark' }).notes).toEqual(['Ignored "theme": not a setting.']);
  });
});

describe('notes name the field, say what is wrong and what would be right', () => {
  it.each([
    [{ sensitivity: 'hihg' }, 'Ignored "sensitivity": Unknown sensitivity "hihg". Did you mean "high"? Allowed: low, normal, high.'],
    [{ account: 42 }, 'Ignored "account": "account" must be text, but it is the number 42. Allowed: personal, professional, both.'],
    [{ sites: 'all' }, 'Ignored "sites": "sites" must be an object ({ ... }), but it is the text "all".'],
    [{ sites: { enabled: { youtube: 'no' } } }, 'Ignored "sites.enabled.youtube": "youtube" must be true or false, but it is the text "no".'],
    [{ sites: { enabled: { myspace: true } } }, 'Ignored "sites.enabled.myspace": not a setting.'],
    [{ sites: { added: ['ftp://files.example'] } }, 'Ignored "sites.added[0]": "ftp://files.example" is not an http or https web address.'],
    [{ disabledRules: ['rudeness.profanity', 'Rudeness Profanity'] }, 'Ignored "disabledRules[1]": Rule id "Rudeness Profanity" is not valid: use lower-case letters and digits, with single dots or hyphens between them (like "patient.nhs-number"). Perhaps "rudeness-profanity"?'],
    [{ categories: { rudeness: 'off' } }, 'Ignored "categories.rudeness": "rudeness" must be true or false, but it is the text "off".'],
    [{ importedPacks: [{ file: 'a.json', data: {} }] }, 'Ignored "importedPacks[0]": Missing required key "importedAt": ISO 8601 date and time of the import.'],
    [{ pausedUntil: -1 }, 'Ignored "pausedUntil": "pausedUntil" must be a number greater than 0, but it is the number -1.'],
  ])('%j', (fields, note) => {
    const { settings, notes } = migrateSettingsReport({ version: 2, ...fields });
    expect(notes).toEqual([note]);
    // The rest are the defaults, and the field itself falls back to its default.
    expect(Check(SettingsSchema, settings)).toBe(true);
  });
});

describe('an old settings file (version 1, damaged) imported today', () => {
  it('keeps what version 1 meant and names every field it could not use', () => {
    const text = readFileSync(fileURLToPath(new URL('./fixtures/v1-file-damaged.json', import.meta.url)), 'utf8');
    const { settings, problems } = importSettings(text);
    expect(settings).toEqual({
      ...defaultSettings(),
      disabledRules: ['rudeness.profanity'],
      sites: {
        enabled: { ...defaultSettings().sites.enabled, x: true, linkedin: true, facebook: false, instagram: false, reddit: false, 'old-reddit': false, youtube: false, mastodon: false },
        added: ['https://intranet.northvale.nhs.example'],
      },
    });
    expect(problems).toEqual([
      'Ignored "off[1]": Each entry of "off" must be text, but this is the number 12.',
      'Ignored "strict": "strict" must be true or false, but it is the text "yes please".',
      'Ignored "theme": not a setting.',
      'Ignored the site "myspace" in "sites": not one this version knows.',
      'Ignored "sites.added[1]": "ftp://files.example" is not an http or https web address.',
    ]);
  });
});
