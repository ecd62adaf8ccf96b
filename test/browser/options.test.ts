// The options page and the popup, in real Chromium with the built extension, checked against what the
// practice page then does: a rule switched off stops warning, a broken pack changes nothing, the
// try-a-post box marks the right words, and a pause lets posts through.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLEAN, RISKY, clearLocal, openExtensionPage, openNudge, storedLocal, warningsOn } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();
const warningsFor = (text: string) => warningsOn(h, text);

const PACK_FILE = 'rules/examples/northvale-trust.json';
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

describe('options page', () => {
  let options: Page;

  beforeEach(async () => {
    await clearLocal(h);
    await options?.close();
    options = await openExtensionPage(h, 'options.html');
    await options.getByRole('heading', { name: 'Checks', exact: true }).waitFor();
  });

  it('switching a rule off changes what the practice page warns about, and back on again', async () => {
    expect(await warningsFor(RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);

    await options.getByText('Choose patient details checks one by one').click();
    const nhsNumbers = options.getByRole('checkbox', { name: 'NHS numbers', exact: true });
    await nhsNumbers.uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('“NHS numbers” switched off.');
    expect(await warningsFor(RISKY)).toEqual(['patient.name-in-care']);

    // A whole category off: nothing about patients is pointed out, so the post goes straight out.
    await options.getByRole('checkbox', { name: 'Check for patient details' }).uncheck();
    await expect.poll(async () => ((await storedLocal(h)).settings as { categories?: Record<string, boolean> })?.categories?.['patient-details']).toBe(false);
    expect(await warningsFor(RISKY)).toBeNull();

    await options.getByRole('checkbox', { name: 'Check for patient details' }).check();
    await nhsNumbers.check();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('“NHS numbers” switched on.');
    expect(await warningsFor(RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });

  it('importing a broken pack shows each problem with its place and changes nothing', async () => {
    const packsBefore = await options.getByTestId('packs').locator('tbody tr').count();
    const broken = JSON.parse(readFileSync(PACK_FILE, 'utf8')) as { version?: string; rules: Array<Record<string, unknown>> };
    delete broken.version;
    broken.rules[0]!.pattern = '(a+)+$';
    broken.rules[0]!.severity = 'urgent';
    await options.getByLabel('Import a rules pack').setInputFiles(file('broken-pack.json', JSON.stringify(broken)));

    const problems = options.getByTestId('import-problems');
    await problems.waitFor();
    expect(await problems.getAttribute('role')).toBe('alert');
    const places = await problems.locator('li').evaluateAll((els) => els.map((el) => el.getAttribute('data-path')));
    expect(places).toEqual(expect.arrayContaining(['$.version', '$.rules[0].pattern', '$.rules[0].severity']));
    expect(await problems.textContent()).toContain('broken-pack.json was not imported');
    expect(await problems.textContent()).toContain('rule “northvale.hospital-number”');
    expect(await problems.textContent()).toContain('Nothing was changed.');

    // Not valid JSON at all: the line and column are named.
    await options.getByLabel('Import a rules pack').setInputFiles(file('truncated.json', '{\n  "id": "x",\n  "rules": [\n'));
    await expect.poll(() => problems.textContent()).toContain('truncated.json, line');

    expect(await options.getByTestId('packs').locator('tbody tr').count()).toBe(packsBefore);
    expect((await storedLocal(h)).settings).toBeUndefined();
    expect(await warningsFor('Can someone chase the bloods for NV1234567 please?')).not.toContain('northvale.hospital-number');
  });

  it('importing a good pack lists it with its name, version and author, and its rules run', async () => {
    await options.getByLabel('Import a rules pack').setInputFiles(file('northvale-trust.json', readFileSync(PACK_FILE, 'utf8')));
    const row = options.getByTestId('packs').locator('tr[data-pack-id="northvale.trust"]');
    await row.waitFor();
    const cells = await row.locator('th, td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['Northvale NHS Trust', '1.0.0', 'Northvale NHS Trust Information Governance (an example trust)', 'Imported by you']);
    expect(await warningsFor('Can someone chase the bloods for NV1234567 please?')).toContain('northvale.hospital-number');
    // Its allow list: the trust's switchboard number is fine to post.
    expect(await warningsFor('Our switchboard is 01632 960115 if you need us.')).toBeNull();

    await row.getByRole('button', { name: /^Remove/ }).click();
    await row.waitFor({ state: 'detached' });
    expect(await warningsFor('Can someone chase the bloods for NV1234567 please?')).not.toContain('northvale.hospital-number');
  });

  it('the account type changes how the nudge speaks', async () => {
    await options.getByLabel('A work or professional account').check();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Account type saved: a work or professional account.');
    const nudge = await openNudge(h, RISKY);
    expect(await nudge.textContent()).toContain('especially on a work account');
    await nudge.getByRole('button', { name: 'Edit post' }).click();
  });

  it('the try-a-post box marks the words each finding is about', async () => {
    await options.getByLabel('Your post').fill(RISKY);
    const preview = options.getByTestId('try-preview');
    await preview.waitFor();
    expect(await preview.locator('mark').allTextContents()).toEqual(['Mrs Kowalczyk', '943 476 5919']);
    expect(await preview.textContent()).toBe(RISKY);
    const listed = await options.getByTestId('try-result').locator('li[data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')));
    expect(listed).toEqual(['patient.name-in-care', 'patient.nhs-number']);

    await options.getByLabel('Your post').fill(CLEAN);
    await expect.poll(() => options.getByTestId('try-result').textContent()).toBe('Nothing here needs a second look.');
    // The box's text is never stored.
    expect(JSON.stringify(await storedLocal(h))).not.toContain('Kowalczyk');
  });

  it('the popup pauses checking for an hour, and resuming brings it back', async () => {
    const popup = await openExtensionPage(h, 'popup.html');
    await popup.getByRole('button', { name: 'Pause for an hour' }).click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toMatch(/^Checking is paused until \d\d:\d\d(?: on \w+ \d+ \w+)?\.$/);
    expect(await warningsFor(RISKY)).toBeNull();
    expect(await options.getByTestId('paused-notice').textContent()).toMatch(/Checking is paused until/);

    await popup.getByRole('button', { name: 'Resume checking' }).click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toBe('Nothing to check on this page.');
    expect(await warningsFor(RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
    await popup.close();
  });

  it('the popup counts posts reconsidered after a nudge (a number only)', async () => {
    await warningsFor(RISKY); // ends with "Edit post"
    await warningsFor(RISKY);
    const popup = await openExtensionPage(h, 'popup.html');
    await expect.poll(() => popup.getByTestId('reconsidered').textContent()).toBe('You went back to edit 2 posts this week after a reminder.');
    expect(JSON.stringify(await storedLocal(h))).not.toContain('Kowalczyk');
    await popup.close();
  });

  it('settings saved to a file come back after a reset, and a wrong file changes nothing', async () => {
    await options.getByText('Choose rudeness checks one by one').click();
    await options.getByRole('checkbox', { name: 'Swearing', exact: true }).uncheck();
    await options.getByLabel('Everything').check();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Now pointing out: everything.');

    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Save settings to a file' }).click()]);
    const saved = readFileSync((await download.path())!, 'utf8');
    expect(JSON.parse(saved)).toMatchObject({ kind: 'tbyp-settings', disabledRules: ['rudeness.profanity'], sensitivity: 'high' });

    await options.getByRole('button', { name: 'Reset to defaults' }).click();
    await options.getByRole('button', { name: 'Yes, reset' }).click();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Settings are back to the defaults.');
    // The storage watcher may render once more after the announcement: wait for the defaults to show.
    await expect.poll(() => options.getByLabel('Standard (recommended)').isChecked()).toBe(true);
    expect(await options.evaluate(() => document.activeElement?.textContent)).toBe('Reset to defaults');

    await options.getByLabel('Load settings from a file').setInputFiles(file('not-settings.json', readFileSync(PACK_FILE, 'utf8')));
    await expect.poll(() => options.getByTestId('settings-import-notes').textContent()).toContain('This is a rules pack, not a settings file.');
    expect(await options.getByLabel('Standard (recommended)').isChecked()).toBe(true);

    await options.getByLabel('Load settings from a file').setInputFiles(file('settings.json', saved));
    await expect.poll(() => options.getByLabel('Everything').isChecked()).toBe(true);
    expect(((await storedLocal(h)).settings as { disabledRules: string[] }).disabledRules).toEqual(['rudeness.profanity']);
  });

  it('adding a site that is not a web address explains what to type and saves nothing', async () => {
    await options.getByLabel('Add a site').fill('not a web address');
    await options.getByRole('button', { name: 'Add site' }).click();
    const error = options.locator('#add-site-error');
    await error.waitFor();
    expect(await error.textContent()).toContain('Enter a web address such as forum.example.org');
    expect(await options.getByLabel('Add a site').getAttribute('aria-invalid')).toBe('true');
    expect((await storedLocal(h)).settings).toBeUndefined();
  });

  it('no errors on the extension pages, and nothing left the machine', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outsideRequests()).toEqual([]);
  });
});
