// The options page in real Firefox ESR, opened at its moz-extension:// address: a check switched off
// there changes what the practice page flags, and switched on again brings it back.
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('in Welsh, English a pack leaves untranslated (a lock reason, a why) is marked lang="en"; the Welsh is not', async () => {
    const pack = readFileSync('test/fixtures/packs/partly-welsh.json', 'utf8');
    const file = join(tmpdir(), `tbyp-ff-welsh-${process.pid}.json`);
    writeFileSync(file, pack);
    await options.bringToFront();
    await (await find(options, '::-p-aria([name="Cymraeg"][role="radio"])')).click();
    await find(options, 'h1::-p-text(Gosodiadau)');
    const input = (await find(options, '#import-pack')) as import('puppeteer-core').ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    const row = await find(options, 'li.switch-row[data-rule-id="my.codename"]');
    expect(await row.$eval('label', (el) => el.textContent)).toContain('Enwau prosiectau');
    expect(await row.$$eval('label [lang]', (els) => els.length)).toBe(0);
    expect(await row.$$eval('.locked-note [lang="en"]', (els) => els.map((el) => el.textContent))).toEqual(['My team asked for this.']);
    // The page itself is Welsh.
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('cy');
    await (await find(options, '::-p-aria([name="English"][role="radio"])')).click();
    await find(options, 'h1::-p-text(Settings)');
    await clearLocal(options);
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
