// The options page in real Firefox ESR, opened at its moz-extension:// address: a check switched off
// there changes what the practice page flags, and switched on again brings it back.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RISKY, clearLocal, find, openExtensionPage, startFirefoxHarness, warningsOn, type FirefoxHarness } from './harness';

let h: FirefoxHarness;
let options: Page;

const NHS_NUMBERS = '::-p-aria([name="NHS numbers"][role="checkbox"])';
const statusText = () => options.$eval('[data-testid="status"]', (el) => el.textContent);

describe('Firefox: options page', () => {
  beforeAll(async () => {
    h = await startFirefoxHarness();
    options = await openExtensionPage(h, 'options.html');
    await find(options, 'h2::-p-text(Checks)');
    await clearLocal(options);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('switching a rule off changes what the practice page warns about, and back on again', async () => {
    expect(await warningsOn(h.page, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);

    await options.bringToFront();
    await (await find(options, 'summary::-p-text(Choose patient details checks one by one)')).click();
    const nhsNumbers = await find(options, NHS_NUMBERS);
    await nhsNumbers.click();
    await expect.poll(statusText).toBe('“NHS numbers” switched off.');
    expect(await nhsNumbers.evaluate((el) => (el as HTMLInputElement).checked)).toBe(false);
    expect(await warningsOn(h.page, RISKY)).toEqual(['patient.name-in-care']);

    await options.bringToFront();
    await nhsNumbers.click();
    await expect.poll(statusText).toBe('“NHS numbers” switched on.');
    expect(await warningsOn(h.page, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.pageErrors).toEqual([]);
  });

  it("(the check above sees a request the extension's own pages make)", async () => {
    await options.evaluate(() => fetch('https://tbyp-offline.example/ping').catch(() => undefined));
    await expect.poll(() => h.outsideRequests()).toContain('https://tbyp-offline.example:443/');
  });
});
