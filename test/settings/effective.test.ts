import { describe, expect, it } from 'vitest';
import { compilePack, check } from '../../src/engine';
import type { RulesPack } from '../../src/packs/types';
import { TRUST_LOCKS_PACK_ID, addedOriginMatches, effectiveConfig, isActiveOn, ruleStates } from '../../src/settings/effective';
import { EMPTY_POLICY, parsePolicy, type TrustPolicy } from '../../src/settings/policy';
import { defaultSettings, type Settings } from '../../src/settings/schema';
import { builtinPacks, pack, wordsRule } from './helpers';

const base = pack('test.base', [
  wordsRule('t.alpha', 'alpha'),
  wordsRule('t.gamma', 'gamma', { category: 'confidentiality' }),
  wordsRule('t.delta', 'delta', { category: 'patient-details' }),
]);
const other = pack('test.other', [wordsRule('t.other', 'other')]);
const trust = pack('test.trust', [wordsRule('t.gamma', 'gamma', { category: 'confidentiality', message: 'trust gamma' }), wordsRule('t.beta', 'beta')], {
  extends: ['test.base'],
  overrides: { 't.alpha': { severity: 'high', message: 'trust alpha' } },
});
const personal = pack('test.personal', [wordsRule('t.gamma', 'gamma', { category: 'confidentiality', message: 'personal gamma' })], {
  overrides: { 't.alpha': { message: 'personal alpha' }, 't.beta': { severity: 'info' } },
});

function policyOf(raw: unknown): TrustPolicy {
  const { policy, problems } = parsePolicy(raw);
  expect(problems).toEqual([]);
  return policy;
}

function settingsWith(change: Partial<Settings>): Settings {
  return { ...defaultSettings(), ...change };
}

function imported(data: unknown, file = 'mine.json') {
  return { data, file, importedAt: '2025-11-20T09:30:00.000Z' };
}

const ruleOf = (config: ReturnType<typeof effectiveConfig>, id: string) => config.resolved.rules.find((r) => r.id === id);

describe('effectiveConfig with the real built-in packs and no policy', () => {
  it('runs every built-in rule, nothing off, nothing locked, no problems', () => {
    const builtin = builtinPacks();
    const config = effectiveConfig({ builtin, policy: EMPTY_POLICY, settings: defaultSettings() });
    expect(config.problems).toEqual([]);
    expect(config.disabled.size).toBe(0);
    expect(config.locked.size).toBe(0);
    expect(config.minSeverity).toBe('warning');
    expect(config.packs.map((p) => [p.pack.id, p.source])).toEqual(builtin.map((p) => [p.id, 'built-in']));
    expect(config.resolved.rules).toHaveLength(builtin.reduce((n, p) => n + p.rules.length, 0));
  });

  it.each([
    ['low', 'high'],
    ['normal', 'warning'],
    ['high', 'info'],
  ] as const)('sensitivity %s shows %s and up', (sensitivity, minSeverity) => {
    expect(effectiveConfig({ builtin: [base], policy: EMPTY_POLICY, settings: settingsWith({ sensitivity }) }).minSeverity).toBe(minSeverity);
  });
});

describe('merge order: built in < trust < personal', () => {
  const config = effectiveConfig({
    builtin: [base],
    policy: policyOf({ packs: [trust] }),
    settings: settingsWith({ importedPacks: [imported(personal)] }),
  });

  it('uses every pack, in order, with its source', () => {
    expect(config.problems).toEqual([]);
    expect(config.packs.map((p) => [p.pack.id, p.source, p.file])).toEqual([
      ['test.base', 'built-in', 'built-in pack "test.base"'],
      ['test.trust', 'trust policy', 'trust policy pack 1 (test.trust)'],
      ['test.personal', 'imported file', 'mine.json'],
    ]);
  });

  it('a later pack replaces a rule with the same id', () => {
    expect(ruleOf(config, 't.gamma')).toMatchObject({ message: 'personal gamma', packId: 'test.personal' });
  });

  it('a later override wins over an earlier one, field by field', () => {
    expect(ruleOf(config, 't.alpha')).toMatchObject({ severity: 'high', message: 'personal alpha' });
    expect(ruleOf(config, 't.beta')).toMatchObject({ severity: 'info', packId: 'test.trust' });
  });

  it('without the personal pack, the trust wins over built in', () => {
    const noPersonal = effectiveConfig({ builtin: [base], policy: policyOf({ packs: [trust] }), settings: defaultSettings() });
    expect(ruleOf(noPersonal, 't.gamma')).toMatchObject({ message: 'trust gamma', packId: 'test.trust' });
    expect(ruleOf(noPersonal, 't.alpha')).toMatchObject({ severity: 'high', message: 'trust alpha' });
  });

  it('the trust refresh-URL pack comes after the policy packs, and only while there is a refresh URL', () => {
    const refreshed = { url: 'https://p.example/p.json', fetchedAt: '2025-11-01', data: pack('test.refreshed', [], { overrides: { 't.alpha': { message: 'refreshed alpha' } } }) };
    const withUrl = effectiveConfig({ builtin: [base], policy: policyOf({ packs: [trust], refreshUrl: refreshed.url }), settings: defaultSettings(), refreshed });
    expect(withUrl.packs.map((p) => p.pack.id)).toEqual(['test.base', 'test.trust', 'test.refreshed']);
    expect(ruleOf(withUrl, 't.alpha')!.message).toBe('refreshed alpha');
    const without = effectiveConfig({ builtin: [base], policy: policyOf({ packs: [trust] }), settings: defaultSettings(), refreshed });
    expect(without.packs.map((p) => p.pack.id)).toEqual(['test.base', 'test.trust']);
  });
});

describe('personal switches', () => {
  it('disabledRules, switched-off categories and the trust disabledRules make up "disabled"', () => {
    const config = effectiveConfig({
      builtin: [base, other],
      policy: policyOf({ disabledRules: ['t.other'] }),
      settings: settingsWith({ disabledRules: ['t.alpha'], categories: { 'patient-details': false, rudeness: true, confidentiality: true } }),
    });
    expect([...config.disabled].sort()).toEqual(['t.alpha', 't.delta', 't.other']);
  });

  it('the rules still run but disabled ones give no findings', () => {
    const config = effectiveConfig({ builtin: [base], policy: EMPTY_POLICY, settings: settingsWith({ disabledRules: ['t.alpha'] }) });
    const compiled = compilePack(config.resolved);
    const findings = check('alpha and gamma', {}, compiled, { disabled: config.disabled, minSeverity: config.minSeverity });
    expect(findings.map((f) => f.ruleId)).toEqual(['t.gamma']);
  });
});

describe('locks win over personal toggles and category switches', () => {
  const everythingOff = settingsWith({
    disabledRules: ['t.alpha', 't.gamma', 't.delta'],
    categories: { 'patient-details': false, rudeness: false, confidentiality: false },
  });

  it('the trust lockedRules keep rules on, with the reason', () => {
    const config = effectiveConfig({ builtin: [base], policy: policyOf({ lockedRules: [{ rule: 't.alpha', reason: 'IG-04' }] }), settings: everythingOff });
    expect(config.problems).toEqual([]);
    expect(config.locked).toEqual(new Map([['t.alpha', { reason: 'IG-04' }]]));
    expect(config.disabled.has('t.alpha')).toBe(false);
    expect(config.disabled.has('t.gamma')).toBe(true);
    expect(ruleOf(config, 't.alpha')).toMatchObject({ locked: 'IG-04', enabled: true });
    expect(config.packs.at(-1)!.pack.id).toBe(TRUST_LOCKS_PACK_ID);
  });

  it("a pack's own `locked` keeps rules on too, and beats the trust's disabledRules", () => {
    const locking = pack('test.locking', [], { locked: [{ rule: 't.delta', reason: 'Pack lock' }] });
    const config = effectiveConfig({ builtin: [base], policy: policyOf({ packs: [locking], disabledRules: ['t.delta'] }), settings: everythingOff });
    expect(config.locked.get('t.delta')).toEqual({ reason: 'Pack lock' });
    expect(config.disabled.has('t.delta')).toBe(false);
  });

  it('a personal pack cannot switch off, replace or change a locked rule', () => {
    const sneaky = pack(
      'test.sneaky',
      [wordsRule('t.alpha', 'nothing-like-alpha', { message: 'replaced' })],
      { overrides: { 't.alpha': { enabled: false, severity: 'info', message: 'quiet' }, 't.gamma': { severity: 'info' } } },
    );
    const config = effectiveConfig({
      builtin: [base],
      policy: policyOf({ lockedRules: [{ rule: 't.alpha', reason: 'IG-04' }] }),
      settings: settingsWith({ importedPacks: [imported(sneaky, 'sneaky.json')] }),
    });
    expect(ruleOf(config, 't.alpha')).toMatchObject({ severity: 'warning', message: 'Saw {match} (t.alpha).', packId: 'test.base', locked: 'IG-04' });
    // Unlocked rules can still be changed by the person's pack.
    expect(ruleOf(config, 't.gamma')!.severity).toBe('info');
    const sneakyProblems = config.problems.filter((p) => p.file === 'sneaky.json');
    expect(sneakyProblems.map((p) => p.path).sort()).toEqual(['$.overrides["t.alpha"]', '$.rules[0]'].sort());
  });

  it('a lock on a rule no pack has is reported and ignored', () => {
    const config = effectiveConfig({ builtin: [base], policy: policyOf({ lockedRules: [{ rule: 't.other', reason: 'x' }] }), settings: defaultSettings() });
    expect(config.locked.size).toBe(0);
    expect(config.problems).toHaveLength(1);
    expect(config.problems[0]).toMatchObject({ file: 'trust policy', path: '$.lockedRules[0].rule', ruleId: 't.other' });
  });
});

describe('trust disabledPacks', () => {
  it('removes built-in packs by id', () => {
    const config = effectiveConfig({ builtin: [base, other], policy: policyOf({ disabledPacks: ['test.other'] }), settings: defaultSettings() });
    expect(config.packs.map((p) => p.pack.id)).toEqual(['test.base']);
    expect(ruleOf(config, 't.other')).toBeUndefined();
    expect(config.problems).toEqual([]);
  });

  it('works on the real built-in packs', () => {
    const config = effectiveConfig({ builtin: builtinPacks(), policy: policyOf({ disabledPacks: ['nhs.rudeness'] }), settings: defaultSettings() });
    expect(config.resolved.rules.some((r) => r.category === 'rudeness')).toBe(false);
    expect(config.resolved.rules.some((r) => r.category === 'patient-details')).toBe(true);
  });

  it('an unknown pack id is reported', () => {
    const config = effectiveConfig({ builtin: [base], policy: policyOf({ disabledPacks: ['test.nope'] }), settings: defaultSettings() });
    expect(config.problems.map((p) => p.path)).toEqual(['$.disabledPacks[0]']);
  });

  it('a trust pack that builds on a disabled pack is reported and skipped', () => {
    const config = effectiveConfig({ builtin: [base, other], policy: policyOf({ disabledPacks: ['test.base'], packs: [trust] }), settings: defaultSettings() });
    expect(config.packs.map((p) => p.pack.id)).toEqual(['test.other']);
    expect(config.problems.length).toBeGreaterThan(0);
    expect(config.problems.every((p) => p.file.startsWith('trust policy pack 1'))).toBe(true);
  });
});

describe('invalid packs change nothing', () => {
  const baseline = effectiveConfig({ builtin: [base], policy: EMPTY_POLICY, settings: defaultSettings() });
  const same = (config: ReturnType<typeof effectiveConfig>) => {
    expect(config.resolved.rules).toEqual(baseline.resolved.rules);
    expect(config.resolved.allow).toEqual(baseline.resolved.allow);
    expect(config.resolved.deny).toEqual(baseline.resolved.deny);
    expect(config.locked).toEqual(baseline.locked);
  };
  // Valid except for one rule: its locks, overrides and vocabularies must not leak through.
  const invalid: RulesPack = pack('test.invalid', [wordsRule('t.bad', 'bad', { severity: 'severe' as never })], {
    overrides: { 't.alpha': { enabled: false } },
    locked: [{ rule: 't.gamma', reason: 'x' }],
    vocabularies: { allow: ['alpha'], deny: [{ term: 'Project Secret' }] },
  });

  it('an invalid trust pack', () => {
    const { policy, problems } = parsePolicy({ packs: [{ json: JSON.stringify(invalid) }] });
    expect(problems).toEqual([]); // read here; validated with the packs before it when the config is built
    const config = effectiveConfig({ builtin: [base], policy, settings: defaultSettings() });
    same(config);
    expect(config.problems.length).toBeGreaterThan(0);
  });

  it('an invalid trust pack that reached effectiveConfig anyway', () => {
    const policy: TrustPolicy = { ...EMPTY_POLICY, packs: [{ data: invalid, file: 'trust policy pack 1' }] };
    const config = effectiveConfig({ builtin: [base], policy, settings: defaultSettings() });
    same(config);
    expect(config.problems.some((p) => p.file === 'trust policy pack 1' && p.path === '$.rules[0].severity')).toBe(true);
  });

  it('an invalid imported pack, and imported data that is not a pack at all', () => {
    const config = effectiveConfig({
      builtin: [base],
      policy: EMPTY_POLICY,
      settings: settingsWith({ importedPacks: [imported(invalid, 'invalid.json'), imported('just text', 'text.json')] }),
    });
    same(config);
    expect(new Set(config.problems.map((p) => p.file))).toEqual(new Set(['invalid.json', 'text.json']));
  });
});

describe('lockSettings', () => {
  const policy = policyOf({ lockSettings: true });
  it('ignores the person switching things off, low sensitivity and imported packs', () => {
    const config = effectiveConfig({
      builtin: [base],
      policy,
      settings: settingsWith({
        disabledRules: ['t.alpha'],
        categories: { 'patient-details': false, rudeness: true, confidentiality: true },
        sensitivity: 'low',
        importedPacks: [imported(personal)],
      }),
    });
    expect(config.disabled.size).toBe(0);
    expect(config.minSeverity).toBe('warning');
    expect(config.packs.map((p) => p.pack.id)).toEqual(['test.base']);
    expect(config.problems.map((p) => p.file)).toEqual(['settings']);
  });

  it('still lets the person be stricter', () => {
    expect(effectiveConfig({ builtin: [base], policy, settings: settingsWith({ sensitivity: 'high' }) }).minSeverity).toBe('info');
  });
});

describe('ruleStates (for the options page)', () => {
  it('says which rules are locked, off and why, and which can be switched', () => {
    const policy = policyOf({ lockedRules: [{ rule: 't.alpha', reason: 'IG-04' }], disabledRules: ['t.gamma'] });
    const settings = settingsWith({ disabledRules: ['t.alpha'], categories: { 'patient-details': false, rudeness: true, confidentiality: true } });
    const config = effectiveConfig({ builtin: [base], policy, settings });
    const states = Object.fromEntries(ruleStates(config, settings, policy).map((s) => [s.id, s]));
    expect(states['t.alpha']).toMatchObject({ locked: { reason: 'IG-04' }, canToggle: false, source: 'built-in' });
    expect(states['t.alpha']!.off).toBeUndefined();
    expect(states['t.gamma']).toMatchObject({ off: 'trust', canToggle: false });
    expect(states['t.delta']).toMatchObject({ off: 'category', canToggle: true });
  });
});

describe('isActiveOn', () => {
  const now = Date.UTC(2025, 10, 25, 12);

  it('checks known sites unless switched off', () => {
    const s = settingsWith({ sites: { ...defaultSettings().sites, enabled: { ...defaultSettings().sites.enabled, facebook: false } } });
    expect(isActiveOn('x.com', 'x', s, EMPTY_POLICY, now)).toBe(true);
    expect(isActiveOn('www.facebook.com', 'facebook', s, EMPTY_POLICY, now)).toBe(false);
  });

  it('is off while paused, and on again after', () => {
    const s = settingsWith({ pausedUntil: now + 60_000 });
    expect(isActiveOn('x.com', 'x', s, EMPTY_POLICY, now)).toBe(false);
    expect(isActiveOn('x.com', 'x', s, EMPTY_POLICY, now + 60_000)).toBe(true);
  });

  it('other pages only where the person or the trust added the origin', () => {
    const s = settingsWith({ sites: { ...defaultSettings().sites, added: ['https://mastodon.example'] } });
    const policy = policyOf({ sites: ['https://intranet.trust.example'] });
    expect(isActiveOn('mastodon.example', 'generic', s, policy, now)).toBe(true);
    expect(isActiveOn('Intranet.Trust.Example', undefined, s, policy, now)).toBe(true);
    expect(isActiveOn('evil.example', 'generic', s, policy, now)).toBe(false);
    expect(isActiveOn('sub.mastodon.example', 'generic', s, policy, now)).toBe(false);
    expect(isActiveOn('mastodon.example', 'generic', s, undefined, now)).toBe(true);
    expect(addedOriginMatches(s, policy)).toEqual(['https://intranet.trust.example/*', 'https://mastodon.example/*']);
  });

  it('with lockSettings, pausing and site switches are ignored', () => {
    const policy = policyOf({ lockSettings: true });
    const s = settingsWith({ pausedUntil: now + 60_000, sites: { ...defaultSettings().sites, enabled: { ...defaultSettings().sites.enabled, x: false } } });
    expect(isActiveOn('x.com', 'x', s, policy, now)).toBe(true);
  });
});

describe('the example trust pack on top of the built-in packs', () => {
  it('applies its locks, override, vocabularies and rule', async () => {
    const { readFileSync } = await import('node:fs');
    const json = readFileSync(new URL('../../rules/examples/northvale-trust.json', import.meta.url), 'utf8');
    const { policy, problems } = parsePolicy({ packs: [{ name: 'Northvale', json }] });
    expect(problems).toEqual([]);
    const settings = settingsWith({ disabledRules: ['patient.nhs-number', 'confidentiality.credentials', 'northvale.hospital-number'] });
    const config = effectiveConfig({ builtin: builtinPacks(), policy, settings });
    expect(config.problems).toEqual([]);
    expect([...config.locked.keys()].sort()).toEqual(['confidentiality.credentials', 'patient.nhs-number']);
    expect(config.locked.get('patient.nhs-number')?.reason).toMatch(/IG-04/);
    expect([...config.disabled]).toEqual(['northvale.hospital-number']);
    expect(ruleOf(config, 'rudeness.heated-reply')!.severity).toBe('high');
    expect(config.resolved.allow).toContain('01632 960115');
    expect(config.resolved.deny.map((d) => d.term)).toEqual(expect.arrayContaining(['Project Kestrel', 'Operation Bluebell']));
    const compiled = compilePack(config.resolved);
    const ids = (text: string) => check(text, {}, compiled, { disabled: config.disabled, keepRepeats: true }).map((f) => f.ruleId);
    // Switched off by the person, so it does not fire; the locked NHS-number rule still does.
    expect(ids('Can someone chase the bloods for NV1234567 please?')).not.toContain('northvale.hospital-number');
    expect(ids('pt (NHS 428 734 6785) given the wrong dose')).toContain('patient.nhs-number');
    const all = (text: string) => check(text, {}, compiled, { keepRepeats: true }).map((f) => f.ruleId);
    expect(all('Can someone chase the bloods for NV1234567 please?')).toContain('northvale.hospital-number');
    expect(ids('Project Kestrel goes live soon')).toContain('vocabulary.deny');
    expect(ids('Our switchboard is 01632 960115')).toEqual([]);
  });
});

describe('a pause of one site (issue 11)', () => {
  it('stops checking on that hostname only, until the time given, and never under lockSettings', async () => {
    const { isActiveOn, isPaused, pausedUntilOn } = await import('../../src/settings/effective');
    const { defaultSettings, withSitePaused } = await import('../../src/settings/schema');
    const { EMPTY_POLICY } = await import('../../src/settings/policy');
    const settings = withSitePaused(defaultSettings(), 'X.com.', 2_000);
    expect(settings.pausedSites).toEqual({ 'x.com': 2_000 });
    expect(isActiveOn('x.com', 'x', settings, EMPTY_POLICY, 1_000)).toBe(false);
    expect(isActiveOn('www.facebook.com', 'facebook', settings, EMPTY_POLICY, 1_000)).toBe(true);
    expect(isActiveOn('x.com', 'x', settings, EMPTY_POLICY, 2_000)).toBe(true);
    expect(isPaused(settings, EMPTY_POLICY, 1_000)).toBe(false);
    expect(isPaused(settings, EMPTY_POLICY, 1_000, 'x.com')).toBe(true);
    expect(pausedUntilOn({ ...settings, pausedUntil: 1_500 }, EMPTY_POLICY, 1_000, 'x.com')).toBe(2_000);
    expect(isActiveOn('x.com', 'x', settings, { ...EMPTY_POLICY, lockSettings: true }, 1_000)).toBe(true);
    expect(withSitePaused(settings, 'x.com', undefined).pausedSites).toEqual({});
  });
});

describe('whose lock, and the pack\'s contact and policy (issue 11)', () => {
  it('names the organisation for its pack\'s locks, the pack for an imported one, and takes help from the organisation first', async () => {
    const { effectiveConfig } = await import('../../src/settings/effective');
    const { defaultSettings } = await import('../../src/settings/schema');
    const { EMPTY_POLICY } = await import('../../src/settings/policy');
    const rule = (id: string) => ({ id, type: 'words', category: 'rudeness', severity: 'warning', words: [id.split('.')[1]!], message: 'm', why: 'w', examples: { flag: [`a ${id.split('.')[1]} b`], pass: ['nothing here'] } });
    const trustPack = { schemaVersion: 1, id: 'trust.pack', name: 'Trust pack', version: '1', author: 'Northvale NHS Trust', policyUrl: 'https://intranet.northvale.example/sm', contact: 'ig@northvale.example', locked: [{ rule: 'trust.grumble', reason: 'Policy 4' }], rules: [rule('trust.grumble')] };
    const mine = { schemaVersion: 1, id: 'my.pack', name: 'My words', version: '1', author: 'Me', contact: 'me@example.org', locked: [{ rule: 'my.moan', reason: 'I asked' }], rules: [rule('my.moan')] };
    const config = effectiveConfig({
      builtin: [],
      policy: { ...EMPTY_POLICY, packs: [{ data: trustPack, file: 'trust.json' }] },
      settings: { ...defaultSettings(), importedPacks: [{ data: mine, file: 'mine.json', importedAt: '2026-01-01T00:00:00Z' }] },
    });
    expect(config.problems).toEqual([]);
    expect(config.lockOwners.get('trust.grumble')).toEqual({ by: 'trust', name: 'Northvale NHS Trust' });
    expect(config.lockOwners.get('my.moan')).toEqual({ by: 'imported', name: 'My words' });
    expect(config.help).toEqual({ from: 'Northvale NHS Trust', contact: 'ig@northvale.example', policyUrl: 'https://intranet.northvale.example/sm' });
  });
});
