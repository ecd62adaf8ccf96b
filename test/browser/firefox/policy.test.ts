// A trust's policy the way a trust ships it to Firefox: policies.json in the ESR's distribution folder,
// "3rdparty" > "Extensions" > the add-on id. Its pack's rule fires on the practice page, and its locked
// rule can't be switched off in the options page.
//
// The file is root-owned (CI runs as root); any policies.json already there is put back afterwards.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_ID } from '../../../wxt.config';
import { find, openExtensionPage, startFirefoxHarness, warningsOn, type FirefoxHarness } from './harness';

const POLICY_FILE = process.env.FIREFOX_POLICIES ?? '/usr/lib/firefox-esr/distribution/policies.json';
const NORTHVALE = readFileSync('rules/examples/northvale-trust.json', 'utf8');
const LOCK_REASON = 'Northvale policy IG-04: every post is checked for NHS numbers.';
const POLICY = {
  packs: [{ name: 'Northvale NHS Trust', json: NORTHVALE }],
  lockedRules: [{ rule: 'patient.nhs-number', reason: LOCK_REASON }],
};

let h: FirefoxHarness;
const before = existsSync(POLICY_FILE) ? readFileSync(POLICY_FILE) : null;

describe("Firefox: a trust's policy through policies.json", () => {
  beforeAll(async () => {
    try {
      mkdirSync(dirname(POLICY_FILE), { recursive: true });
      writeFileSync(POLICY_FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [FIREFOX_ID]: POLICY } } } }));
    } catch (error) {
      throw new Error(`The Firefox policy test writes ${POLICY_FILE}, which needs root (CI runs as root): ${String(error)}`);
    }
    h = await startFirefoxHarness();
  });
  afterAll(async () => {
    if (before) writeFileSync(POLICY_FILE, before);
    else rmSync(POLICY_FILE, { force: true });
    await h?.close();
  });

  it("the trust pack's rule fires on the practice page, and its allowed number doesn't", async () => {
    await expect.poll(() => warningsOn(h.page, 'Can someone chase the bloods for NV1234567 please?'), { timeout: 30_000, interval: 500 }).toContain('northvale.hospital-number');
    expect(await warningsOn(h.page, 'Our switchboard is 01632 960115 if you need us.')).toBeNull();
  });

  it("the options page shows the trust's locked rule, which can't be switched off", async () => {
    const options = await openExtensionPage(h, 'options.html');
    await find(options, '[data-testid="managed-notice"]');
    expect(await options.$eval('tr[data-pack-id="northvale.trust"]', (row) => row.textContent)).toContain('From your organisation');
    await (await find(options, 'summary::-p-text(Choose patient details checks one by one)')).click();
    const nhsNumbers = await find(options, '::-p-aria([name="NHS numbers"][role="checkbox"])');
    expect(await nhsNumbers.evaluate((el) => [(el as HTMLInputElement).checked, (el as HTMLInputElement).disabled])).toEqual([true, true]);
    expect(await options.$eval('[data-rule-id="patient.nhs-number"] .rule-about', (el) => el.textContent)).toContain(`Locked on by Northvale NHS Trust Information Governance (an example trust): ${LOCK_REASON}`);
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
