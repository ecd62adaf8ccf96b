import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createEngineHost } from '../../src/background/engine-host';
import type { CheckResponse } from '../../src/background/messages';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { defaultSettings, loadConfig, withRuleDisabled, type Settings } from '../../src/settings';

const RISKY = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
const CLEAN = 'Lovely sunny walk to work this morning';
const NOW = Date.UTC(2026, 10, 27, 12);

function hostWith(options: { settings?: () => Settings; managed?: unknown; builtinFiles?: Array<{ file: string; data: unknown }> } = {}) {
  const dismissed: string[] = [];
  const restored: string[] = [];
  const wrong: Array<[string, string]> = [];
  let reconsidered = 0;
  const host = createEngineHost({
    loadConfig: async () =>
      loadConfig({ builtinFiles: options.builtinFiles ?? BUILTIN_PACK_FILES, managed: options.managed ?? {}, stored: options.settings?.() }),
    dismissRule: async (id) => {
      dismissed.push(id);
    },
    restoreRule: async (id) => {
      restored.push(id);
    },
    reportWrong: async (id, site) => {
      wrong.push([id, site]);
    },
    countReconsidered: async () => {
      reconsidered++;
    },
    now: () => NOW,
  });
  return { host, dismissed, restored, wrong, reconsidered: () => reconsidered };
}

const ruleIds = (response: CheckResponse) => response.findings.map((f) => f.ruleId).sort();
const fromPage = (url: string) => ({ url });

describe('engine host', () => {
  it('"this warning is wrong" keeps the rule id and the sender page\'s hostname; undo of a switch-off restores the rule', async () => {
    const { host, wrong, restored } = hostWith();
    expect(await host.handleMessage({ type: 'tbyp/report-wrong', ruleId: 'patient.nhs-number' }, fromPage('https://x.com/home?draft=secret'))).toEqual({ ok: true });
    expect(wrong).toEqual([['patient.nhs-number', 'x.com']]);
    expect(await host.handleMessage({ type: 'tbyp/report-wrong', ruleId: 'patient.nhs-number' }, {})).toEqual({ ok: false });
    expect(await host.handleMessage({ type: 'tbyp/restore-rule', ruleId: 'patient.nhs-number' })).toEqual({ ok: true });
    expect(restored).toEqual(['patient.nhs-number']);
  });

  it('a check says whose lock a locked rule is, and gives rules\' short names', async () => {
    const { host } = hostWith({ managed: { lockedRules: [{ rule: 'patient.nhs-number', reason: 'Trust policy 4.2' }] } });
    const response = (await host.handleMessage({ type: 'tbyp/check', text: RISKY, context: { site: 'x', kind: 'post' } }, fromPage('https://x.com/'))) as CheckResponse;
    expect(response.locked['patient.nhs-number']).toEqual({ reason: 'Trust policy 4.2' });
    expect(response.lockedBy?.['patient.nhs-number']).toEqual({ by: 'trust' });
    expect(Object.keys(response.titles ?? {})).toContain('patient.nhs-number');
  });

  it("a check gives the names of the findings' categories that a pack declared, with their Welsh", async () => {
    const json = readFileSync('rules/examples/northvale-trust.json', 'utf8');
    const { host } = hostWith({ managed: { packs: [{ name: 'Northvale NHS Trust', json }] } });
    const text = 'Recruited NVR30057 this morning, and Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
    const response = (await host.handleMessage({ type: 'tbyp/check', text, context: { site: 'x', kind: 'post' } }, fromPage('https://x.com/'))) as CheckResponse;
    expect(ruleIds(response)).toContain('northvale.study-participant');
    // Only declared categories: the built-in ones have our own words.
    expect(response.categories).toEqual({ research: { name: 'Research studies', translations: { cy: { name: 'Astudiaethau ymchwil', description: expect.any(String) } } } });
  });

  it('compiles the built-in packs without problems', async () => {
    expect((await hostWith().host.config()).problems).toEqual([]);
  });

  it('answers check messages with findings (and nothing for a clean draft)', async () => {
    const { host } = hostWith();
    const risky = (await host.handleMessage({ type: 'tbyp/check', text: RISKY, context: { site: 'x', kind: 'post' } }, fromPage('https://x.com/home'))) as CheckResponse;
    expect(ruleIds(risky)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
    expect(risky.locked).toEqual({});
    expect(risky.account).toBe('both');
    const clean = (await host.handleMessage({ type: 'tbyp/check', text: CLEAN, context: {} })) as CheckResponse;
    expect(clean.findings).toEqual([]);
  });

  it('answers warm and reconsidered, ignores messages that are not ours', async () => {
    const { host, reconsidered } = hostWith();
    expect(await host.handleMessage({ type: 'tbyp/warm' })).toEqual({ ok: true });
    expect(await host.handleMessage({ type: 'tbyp/reconsidered' })).toEqual({ ok: true });
    expect(reconsidered()).toBe(1);
    expect(host.handleMessage({ type: 'other' })).toBeUndefined();
    expect(host.handleMessage('tbyp/check')).toBeUndefined();
    expect(host.handleMessage({ type: 'tbyp/check', text: 42 })).toBeUndefined();
  });

  it('"Don\'t warn me about this" stores the rule id (never text) and the rule stops firing', async () => {
    let settings = defaultSettings();
    const { host, dismissed } = hostWith({ settings: () => settings });
    await host.handleMessage({ type: 'tbyp/dismiss-rule', ruleId: 'patient.name-in-care' });
    expect(dismissed).toEqual(['patient.name-in-care']);
    settings = withRuleDisabled(settings, 'patient.name-in-care');
    const after = await host.check(RISKY, {});
    expect(ruleIds(after)).not.toContain('patient.name-in-care');
    expect(ruleIds(after)).toContain('patient.nhs-number');
  });

  it('honours a switched-off site and a pause, but still checks other sites', async () => {
    const settings = defaultSettings();
    settings.sites.enabled.x = false;
    const { host } = hostWith({ settings: () => settings });
    expect(await host.check(RISKY, { site: 'x' }, 'x.com')).toEqual({ findings: [], locked: {}, inactive: true });
    expect(ruleIds(await host.check(RISKY, { site: 'linkedin' }, 'www.linkedin.com'))).toHaveLength(2);

    const paused = { ...defaultSettings(), pausedUntil: NOW + 60_000 };
    const pausedHost = hostWith({ settings: () => paused }).host;
    expect((await pausedHost.check(RISKY, { site: 'generic' }, 'intranet.example')).inactive).toBe(true);
  });

  it('says whether checking is on for a site without a check, with the end of a pause', async () => {
    const settings = { ...defaultSettings(), pausedUntil: NOW + 60_000 };
    settings.sites.enabled.x = false;
    const { host } = hostWith({ settings: () => settings });
    expect(await host.status('linkedin', 'www.linkedin.com')).toEqual({ inactive: true, inactiveUntil: NOW + 60_000 });
    expect(await host.handleMessage({ type: 'tbyp/status', site: 'linkedin' }, { url: 'https://www.linkedin.com/feed/' })).toEqual({
      inactive: true,
      inactiveUntil: NOW + 60_000,
    });
    expect((await host.check(RISKY, { site: 'linkedin' }, 'www.linkedin.com')).inactiveUntil).toBe(NOW + 60_000);

    const unpaused = { ...settings, pausedUntil: undefined };
    const { host: after } = hostWith({ settings: () => unpaused });
    expect(await after.status('x', 'x.com')).toEqual({ inactive: true });
    expect(await after.status('linkedin', 'www.linkedin.com')).toEqual({});
  });

  it('reports locked rules with the trust\'s reason, even when the person switched them off', async () => {
    const settings = withRuleDisabled(defaultSettings(), 'patient.nhs-number');
    const managed = { lockedRules: [{ rule: 'patient.nhs-number', reason: 'Trust policy IG-12' }] };
    const response = await hostWith({ settings: () => settings, managed }).host.check(RISKY, {});
    expect(ruleIds(response)).toContain('patient.nhs-number');
    expect(response.locked).toEqual({ 'patient.nhs-number': { reason: 'Trust policy IG-12' } });
  });

  it('passes the account type to the rules', async () => {
    const settings = { ...defaultSettings(), account: 'professional' as const };
    expect((await hostWith({ settings: () => settings }).host.check(CLEAN, {})).account).toBe('professional');
  });

  it('skips an invalid pack whole and reports it, keeping the others', async () => {
    const broken = hostWith({ builtinFiles: [...BUILTIN_PACK_FILES, { file: 'broken.json', data: { id: 'Broken!' } }] }).host;
    expect((await broken.config()).problems.some((p) => p.file === 'broken.json')).toBe(true);
    expect(ruleIds(await broken.check(RISKY, {}))).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });
});
