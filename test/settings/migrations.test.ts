import { describe, expect, it } from 'vitest';
import { MIGRATIONS, migrateSettings, migrateSettingsReport } from '../../src/settings/migrations';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, SITE_IDS, defaultSettings } from '../../src/settings/schema';
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
