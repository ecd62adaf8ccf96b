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
    expect(config.locked.get('rudeness.profanity')).toBe('Trust policy COM-07');
    expect(config.disabled.has('rudeness.profanity')).toBe(false);
    expect(config.disabled.has('patient.postcode')).toBe(true);
    expect(config.minSeverity).toBe('info');
    expect(config.resolved.rules.some((r) => r.id === 'trust.kestrel')).toBe(true);
    expect(config.problems.map((p) => `${p.file} ${p.path}`).sort()).toEqual(['trust policy $.lockSettings', 'trust policy pack 1 (Broken) $']);
  });
});
