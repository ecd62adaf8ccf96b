import { describe, expect, it } from 'vitest';
import { compileSettings, createEngineHost, type EngineSettings } from '../../src/background/engine-host';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';

const RISKY = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
const CLEAN = 'Lovely sunny walk to work this morning';

const settings = (disabledRules: string[] = []): EngineSettings => ({ packs: BUILTIN_PACK_FILES, disabledRules });

describe('engine host', () => {
  it('compiles the built-in packs without problems', () => {
    const ready = compileSettings(settings());
    expect(ready.problems).toEqual([]);
    expect(ready.pack.rules.length).toBeGreaterThan(10);
  });

  it('answers check messages with findings (and nothing for a clean draft)', async () => {
    const host = createEngineHost(async () => settings());
    const dismiss = async () => undefined;
    const risky = (await host.handleMessage({ type: 'tbyp/check', text: RISKY, context: { site: 'x', kind: 'post' } }, dismiss)) as {
      findings: Array<{ ruleId: string }>;
      locked: Record<string, string>;
    };
    expect(risky.findings.map((f) => f.ruleId).sort()).toEqual(['patient.name-in-care', 'patient.nhs-number']);
    expect(risky.locked).toEqual({});
    const clean = (await host.handleMessage({ type: 'tbyp/check', text: CLEAN, context: {} }, dismiss)) as { findings: unknown[] };
    expect(clean.findings).toEqual([]);
  });

  it('answers warm, ignores messages that are not ours', async () => {
    const host = createEngineHost(async () => settings());
    expect(await host.handleMessage({ type: 'tbyp/warm' }, async () => undefined)).toEqual({ ok: true });
    expect(host.handleMessage({ type: 'other' }, async () => undefined)).toBeUndefined();
    expect(host.handleMessage('tbyp/check', async () => undefined)).toBeUndefined();
    expect(host.handleMessage({ type: 'tbyp/check', text: 42 }, async () => undefined)).toBeUndefined();
  });

  it('"Don\'t warn me about this" stores the rule id (never text) and the rule stops firing', async () => {
    let disabled: string[] = [];
    const host = createEngineHost(async () => settings(disabled));
    const stored: unknown[] = [];
    await host.handleMessage({ type: 'tbyp/dismiss-rule', ruleId: 'patient.name-in-care' }, async (id) => {
      stored.push(id);
      disabled = [...disabled, id];
    });
    expect(stored).toEqual(['patient.name-in-care']);
    const after = await host.check(RISKY, {});
    const ids = after.findings.map((f) => f.ruleId);
    expect(ids).not.toContain('patient.name-in-care');
    expect(ids).toContain('patient.nhs-number');
  });

  it('skips an invalid pack whole and reports it', () => {
    const ready = compileSettings({ packs: [...BUILTIN_PACK_FILES, { file: 'broken.json', data: { id: 'Broken!' } }], disabledRules: [] });
    expect(ready.problems.some((p) => p.file === 'broken.json')).toBe(true);
    expect(ready.pack.rules.length).toBe(compileSettings(settings()).pack.rules.length);
  });
});
