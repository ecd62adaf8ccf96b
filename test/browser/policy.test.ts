// A trust's policy, the way a trust ships it: a real Chromium policy file naming the extension's fixed
// id. Its pack's rule fires on the practice page, its locked rule can't be switched off in the options
// page, and a change to the file while the browser runs takes effect.
//
// Chromium reads /etc/chromium/policies/managed/ (root only: CI runs as root). The file is removed
// afterwards, whatever happens.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ID } from '../../wxt.config';
import { RISKY, clearLocal, openExtensionPage, openNudge, setLanguage, startHarness, warningsOn, type Harness } from './harness';

const POLICY_FILE = '/etc/chromium/policies/managed/tbyp-test.json';
const NORTHVALE = readFileSync('rules/examples/northvale-trust.json', 'utf8');
const LOCK_REASON = 'Northvale policy IG-04: every post is checked for NHS numbers.';
/** The Welsh the example pack gives its own lock on NHS numbers, and a policy's on another rule. */
const PACK_LOCK_REASON_CY = 'Polisi Northvale IG-04: mae pob neges yn cael ei gwirio am rifau GIG.';
const POLICY_LOCK_REASON = 'Northvale policy CM-07: no name-calling in posts.';
const POLICY_LOCK_REASON_CY = 'Polisi Northvale CM-07: dim galw enwau mewn negeseuon.';

function writePolicy(policy: Record<string, unknown>): void {
  try {
    mkdirSync(dirname(POLICY_FILE), { recursive: true });
    writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: policy } } }));
  } catch (error) {
    throw new Error(`The policy test writes ${POLICY_FILE}, which needs root (CI runs as root): ${String(error)}`);
  }
}

const FIRST_POLICY = {
  packs: [{ name: 'Northvale NHS Trust', json: NORTHVALE }],
  lockedRules: [
    { rule: 'patient.nhs-number', reason: LOCK_REASON },
    { rule: 'rudeness.name-calling', reason: POLICY_LOCK_REASON, translations: { cy: { reason: POLICY_LOCK_REASON_CY } } },
  ],
  sites: ['https://social.northvale.nhs.example'],
};

let h: Harness;
const warningsFor = (text: string) => warningsOn(h, text);

describe('trust policy through a real Chromium policy file', () => {
  let options: Page;

  beforeAll(async () => {
    writePolicy(FIRST_POLICY);
    h = await startHarness();
    await clearLocal(h);
    // Chromium finishes loading extension policies seconds after it starts (3-8 s in real browsers,
    // ghostery/ghostery-extension#3367); under automation, reads made before then are only answered
    // after a later read. Make that read here, as time would; the extension picks the policy up when
    // its own reads are answered.
    await h.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
  });
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await h?.close();
  });

  it("the trust pack's rule fires on the practice page, and its allowed number doesn't", async () => {
    // Chromium loads policies a few seconds after it starts.
    await expect.poll(() => warningsFor('Can someone chase the bloods for NV1234567 please?'), { timeout: 30_000, interval: 500 }).toContain('northvale.hospital-number');
    expect(await warningsFor('Our switchboard is 01632 960115 if you need us.')).toBeNull();
  });

  it("the options page shows the trust's pack and its locked rule, which can't be switched off", async () => {
    options = await openExtensionPage(h, 'options.html');
    await options.getByTestId('managed-notice').waitFor();
    const row = options.getByTestId('packs').locator('tr[data-pack-id="northvale.trust"]');
    expect((await row.locator('td').allTextContents())[2]).toBe('From your organisation');

    // The trust's own site is listed; the coach needs the person's permission to run there.
    const site = options.locator('[data-origin="https://social.northvale.nhs.example"]');
    expect(await site.textContent()).toContain('Added by your organisation');
    expect(await site.getByRole('button', { name: 'Allow on this site' }).count()).toBe(1);
    expect(await site.getByRole('button', { name: /^Remove/ }).count()).toBe(0);

    // The category the pack declares is called by the pack's name for it, with its description.
    const research = options.locator('fieldset[data-category="research"]');
    expect(await research.locator('legend').textContent()).toBe('Research studies');
    expect(await research.textContent()).toContain("Details of the people taking part in Northvale's research studies.");

    await options.getByText('Choose patient details checks one by one').click();
    const nhsNumbers = options.getByRole('checkbox', { name: 'NHS numbers', exact: true });
    expect(await nhsNumbers.isChecked()).toBe(true);
    expect(await nhsNumbers.isDisabled()).toBe(true);
    expect(await options.locator('[data-rule-id="patient.nhs-number"] .rule-about').textContent()).toContain(`Locked on by Northvale NHS Trust Information Governance (an example trust): ${LOCK_REASON}`);

    // Even a stored switch (an old settings file, say) can't turn it off.
    await h.serviceWorker.evaluate(() =>
      (globalThis as unknown as { chrome: { storage: { local: { set(v: unknown): Promise<void> } } } }).chrome.storage.local.set({
        settings: { version: 2, disabledRules: ['patient.nhs-number', 'patient.name-in-care'] },
      }),
    );
    await expect.poll(() => warningsFor(RISKY)).not.toContain('patient.name-in-care');
    expect(await warningsFor(RISKY)).toContain('patient.nhs-number');
    await clearLocal(h);
  });

  it('the nudge says the trust keeps a locked check on', async () => {
    const nudge = await openNudge(h, RISKY);
    const finding = nudge.locator('[data-rule-id="patient.nhs-number"]');
    expect(await finding.textContent()).toContain(LOCK_REASON);
    expect(await finding.getByRole('button', { name: "Don't warn me about this" }).count()).toBe(0);
    await nudge.getByRole('button', { name: 'Edit post' }).click();
  });

  it("in Welsh, the options page and the nudge give a lock's reason in Welsh, from the pack and from policy", async () => {
    await setLanguage(h, 'cy');
    try {
      const welsh = await openExtensionPage(h, 'options.html');
      // The page reads the stored language after it loads, so it may start in English.
      await expect.poll(() => welsh.evaluate(() => document.documentElement.lang)).toBe('cy');
      const about = (rule: string) => welsh.locator(`[data-rule-id="${rule}"] .rule-about`).first();
      await expect.poll(() => about('patient.nhs-number').textContent(), { timeout: 10_000 }).toContain(PACK_LOCK_REASON_CY);
      expect(await about('rudeness.name-calling').textContent()).toContain(POLICY_LOCK_REASON_CY);
      expect(await about('rudeness.name-calling').textContent()).not.toContain(POLICY_LOCK_REASON);
      // The pack's own category, by its Welsh name (not marked as English).
      const legend = welsh.locator('fieldset[data-category="research"] legend');
      expect(await legend.textContent()).toBe('Astudiaethau ymchwil');
      expect(await legend.locator('[lang="en"]').count()).toBe(0);
      await welsh.close();

      const study = await openNudge(h, 'Recruited NVR30057 this morning, number 50 for the study!');
      expect(await study.locator('[data-rule-id="northvale.study-participant"] .tbyp-category').textContent()).toBe('Astudiaethau ymchwil');
      await study.getByRole('button', { name: /^Golygu/ }).click();

      const nudge = await openNudge(h, RISKY);
      const finding = await nudge.locator('[data-rule-id="patient.nhs-number"]').textContent();
      expect(finding).toContain(PACK_LOCK_REASON_CY);
      expect(finding).not.toContain('every post is checked');
      await nudge.getByRole('button', { name: /^Golygu/ }).click();
    } finally {
      await setLanguage(h, 'browser');
    }
  });

  it('a policy changed while the browser runs takes effect', { timeout: 180_000 }, async () => {
    // The trust switches a rule off for everyone and locks swearing on.
    writePolicy({ ...FIRST_POLICY, disabledRules: ['patient.name-in-care'], lockedRules: [{ rule: 'rudeness.profanity', reason: 'Be kind online.' }] });
    await expect.poll(() => warningsFor(RISKY), { timeout: 60_000, interval: 1_000 }).not.toContain('patient.name-in-care');
    await options.getByText('Choose rudeness checks one by one').click();
    await expect.poll(() => options.getByRole('checkbox', { name: 'Swearing', exact: true }).isDisabled(), { timeout: 10_000 }).toBe(true);
    expect(await options.locator('[data-rule-id="rudeness.profanity"] .rule-about').textContent()).toContain('Locked on by your organisation: Be kind online.');

    // The policy is withdrawn: the trust's pack goes with it.
    rmSync(POLICY_FILE, { force: true });
    await expect
      .poll(() => warningsFor('Can someone chase the bloods for NV1234567 please?'), { timeout: 60_000, interval: 1_000 })
      .not.toContain('northvale.hospital-number');
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
