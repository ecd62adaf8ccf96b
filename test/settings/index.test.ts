import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { applyRefresh, loadConfig, migrateSettings } from '../../src/settings';
import { fixture, pack, wordsRule } from './helpers';

describe('loadConfig (raw storage values -> what the engine runs with)', () => {
  it('with nothing stored: the built-in packs, defaults, no problems', () => {
    const config = loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: undefined, stored: undefined });
    expect(config.problems).toEqual([]);
    expect(config.settings).toEqual(migrateSettings(undefined));
    expect(config.resolved.rules.length).toBeGreaterThan(20);
    expect(config.minSeverity).toBe('warning');
  });

  it('migrates stored settings, applies the policy and the refreshed pack, and gathers every problem', () => {
    const refreshUrl = 'https://packs.trust.example/tbyp.json';
    const refreshed = pack('test.refreshed', [wordsRule('trust.kestrel', 'kestrel')]);
    const refresh = applyRefresh(undefined, { url: refreshUrl, at: '2025-11-01T10:00:00Z', text: JSON.stringify(refreshed) }).state;
    const config = loadConfig({
      builtinFiles: BUILTIN_PACK_FILES,
      managed: {
        refreshUrl,
        lockedRules: [{ rule: 'rudeness.profanity', reason: 'Trust policy COM-07' }],
        packs: [{ name: 'Broken', json: '{"schemaVersion": 1' }],
        lockSettings: 'yes',
      },
      stored: fixture('v1.json'),
      refresh,
    });
    expect(config.settings.disabledRules).toEqual(['rudeness.profanity', 'patient.postcode']);
    expect(config.locked.get('rudeness.profanity')).toEqual({ reason: 'Trust policy COM-07' });
    expect(config.disabled.has('rudeness.profanity')).toBe(false);
    expect(config.disabled.has('patient.postcode')).toBe(true);
    expect(config.minSeverity).toBe('info');
    expect(config.resolved.rules.some((r) => r.id === 'trust.kestrel')).toBe(true);
    expect(config.problems.map((p) => `${p.file} ${p.path}`).sort()).toEqual(['trust policy $.lockSettings', 'trust policy pack 1 (Broken) $']);
  });

  it("names each problem of a refused refresh pack while its URL is in the policy, and keeps the last good pack", () => {
    const refreshUrl = 'https://packs.trust.example/tbyp.json';
    const good = applyRefresh(undefined, { url: refreshUrl, at: '2025-11-01T10:00:00Z', text: JSON.stringify(pack('test.refreshed', [wordsRule('trust.kestrel', 'kestrel')])) }).state;
    const bad = pack('test.bad', [{ ...wordsRule('trust.heron', 'heron'), category: 'nowhere' }]);
    const refresh = applyRefresh(good, { url: refreshUrl, at: '2025-11-01T16:00:00Z', text: JSON.stringify(bad) }).state;
    const load = (managed: unknown) => loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed, stored: undefined, refresh });
    const config = load({ refreshUrl });
    expect(config.problems.map((p) => `${p.file} ${p.path}`)).toContain('trust refresh URL pack $.rules[0].category');
    expect(config.resolved.rules.some((r) => r.id === 'trust.kestrel')).toBe(true);
    expect(load({}).problems).toEqual([]);
  });
});
