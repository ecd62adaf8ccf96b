// A lock's reason in Welsh, from a trust's policy or pack, all the way to the words the nudge and the
// options page show: policy -> effective config -> the engine host's reply / ruleStates -> lockText.
import { afterEach, describe, expect, it } from 'vitest';
import { createEngineHost } from '../../src/background/engine-host';
import type { CheckResponse } from '../../src/background/messages';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { loadConfig } from '../../src/settings';
import { ruleStates } from '../../src/settings/effective';
import { setLanguage } from '../../src/ui/i18n';
import { lockReason, lockText, plain } from '../../src/ui/labels';

const RISKY = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
const REASON = 'Northvale policy IG-04: every post is checked for NHS numbers.';
const WELSH = "Polisi Northvale IG-04: mae pob neges yn cael ei gwirio am rifau GIG.";

function hostWith(managed: unknown) {
  const nothing = async () => {};
  return createEngineHost({
    loadConfig: async () => loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed, stored: undefined }),
    dismissRule: nothing,
    restoreRule: nothing,
    reportWrong: nothing,
    countReconsidered: nothing,
    now: () => Date.UTC(2026, 10, 27, 12),
  });
}

async function nudgeLockWords(managed: unknown) {
  const reply = (await hostWith(managed).handleMessage({ type: 'tbyp/check', text: RISKY, context: { site: 'x', kind: 'post' } }, { url: 'https://x.com/' })) as CheckResponse;
  const lock = reply.locked['patient.nhs-number']!;
  return lockText(reply.lockedBy?.['patient.nhs-number'], lockReason(lock.reason, lock.translations));
}

describe('a lock reason in Welsh reaches the UI', () => {
  afterEach(() => setLanguage('browser'));

  it("the nudge shows the trust's Welsh reason, not marked as English", async () => {
    const managed = { lockedRules: [{ rule: 'patient.nhs-number', reason: REASON, translations: { cy: { reason: WELSH } } }] };
    setLanguage('cy');
    const words = await nudgeLockWords(managed);
    expect(plain(words)).toContain(WELSH);
    expect(words.some((p) => p.lang === 'en')).toBe(false);
    setLanguage('en');
    expect(plain(await nudgeLockWords(managed))).toContain(REASON);
  });

  it('a reason given only in English is shown in Welsh pages marked lang="en" (control)', async () => {
    setLanguage('cy');
    const words = await nudgeLockWords({ lockedRules: [{ rule: 'patient.nhs-number', reason: REASON }] });
    expect(words).toContainEqual({ text: REASON, lang: 'en' });
  });

  it('the standard reason (no reason given) is in Welsh too', async () => {
    setLanguage('cy');
    const words = await nudgeLockWords({ lockedRules: [{ rule: 'patient.nhs-number' }] });
    expect(plain(words)).toContain('Mae eich sefydliad yn gofyn am y gwiriad hwn.');
    expect(words.some((p) => p.lang === 'en')).toBe(false);
  });

  it("the options page's switch shows a pack's Welsh lock reason", () => {
    const trustPack = {
      schemaVersion: 1,
      id: 'trust.northvale',
      name: 'Northvale',
      version: '1',
      author: 'Northvale NHS Trust',
      locked: [{ rule: 'patient.nhs-number', reason: REASON, translations: { cy: { reason: WELSH } } }],
      rules: [],
    };
    const config = loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: { packs: [trustPack] }, stored: undefined });
    expect(config.problems).toEqual([]);
    const state = ruleStates(config, config.settings, config.policy).find((s) => s.id === 'patient.nhs-number')!;
    expect(state.locked).toEqual({ reason: REASON, translations: { cy: { reason: WELSH } } });
    setLanguage('cy');
    const words = lockText(state.lockOwner, lockReason(state.locked!.reason, state.locked!.translations));
    expect(plain(words)).toContain(WELSH);
    expect(plain(words)).toContain('Northvale NHS Trust');
  });
});
