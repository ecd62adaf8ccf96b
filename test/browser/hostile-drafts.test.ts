// Faults and hostile drafts in real Chromium with the built extension (issue 14):
// - a rule that fails at run time (it passed compiling and its own examples, then throws on one draft) is
//   dropped alone: the nudge still shows the other findings and names that rule as not checked, and so
//   does "Try a post" in the options page. The fault is made by the test, inside the extension's own
//   service worker and options page (a pattern's matching throws on drafts with "tripwire" in them): a
//   page could not do this. The draft also has what the pattern matches ("zqfault7"): without it, the
//   engine rules the pattern out and never runs it. Each check below tells the failure from a match.
// - a 1 MB draft and a 100,000-emoji draft with an NHS number at the end: the number is found, or the
//   nudge says exactly which part was checked; the page stays usable.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RISKY, clearLocal, composer, findingsDialog, leftIn, openExtensionPage, reload, warningsOn } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const FAULTY_PACK = {
  schemaVersion: 1,
  id: 'hostile.runtime',
  name: 'Hostile pack: fails at run time',
  version: '1.0.0',
  author: 'Think Before You Post tests',
  rules: [
    {
      id: 'hostile.runtime-rule',
      title: 'Ward codes',
      category: 'confidentiality',
      severity: 'warning',
      message: 'A ward code.',
      why: 'A test of a rule that fails at run time.',
      examples: { flag: ['code zqfault7 today'], pass: ['code seven today'] },
      type: 'pattern',
      pattern: 'zqfault\\d',
    },
  ],
};

/** In a realm of the extension: the faulty rule's pattern throws whenever the draft has "tripwire" in it. */
function breakTheRule() {
  const g = globalThis as unknown as { __tbypFault?: boolean };
  if (g.__tbypFault) return;
  g.__tbypFault = true;
  const exec = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, input: string) {
    if (this.source.includes('zqfault') && String(input).includes('tripwire')) throw new RangeError('Maximum call stack size exceeded');
    return exec.call(this, input);
  };
}

/** The page answers a script within a generous limit (a hang would not): a functional check, not a timing. */
async function answers(page: Page): Promise<void> {
  const answer = page.evaluate(() => document.readyState);
  const stuck = new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), 20_000));
  expect(await Promise.race([answer, stuck])).toBe('complete');
}

/** Runs the faulty pattern (it needs "zqfault" and a digit) and trips it. */
const TRIPPED = `tripwire zqfault7 ${RISKY}`;

describe('a rule that fails at run time', () => {
  it('is dropped alone: the nudge shows the other findings and names it as not checked; Try a post names it too', async () => {
    await clearLocal(h);
    const options = await openExtensionPage(h, 'options.html');
    await options.getByLabel('Import a rules pack').setInputFiles({ name: 'runtime.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(FAULTY_PACK)) });
    await options.locator('tr[data-pack-id="hostile.runtime"]').waitFor();
    expect(await warningsOn(h, 'code zqfault7 today')).toEqual(['hostile.runtime-rule']); // it works on drafts it copes with

    await h.serviceWorker.evaluate(breakTheRule);
    expect(await warningsOn(h, TRIPPED)).toEqual(['hostile.runtime-rule', 'patient.name-in-care', 'patient.nhs-number']);
    await h.serviceWorker.evaluate(breakTheRule); // in case the worker was restarted meanwhile
    const { page } = h;
    const c = composer('generic');
    await reload(page);
    await page.locator(c.editor).click();
    await page.keyboard.insertText(TRIPPED);
    await c.submit(page).click();
    const nudge = findingsDialog(page);
    await nudge.waitFor();
    const failed = nudge.locator('[data-rule-id="hostile.runtime-rule"]');
    expect(await failed.getAttribute('data-category')).toBe('unchecked');
    expect(await failed.textContent()).toContain('Not checked');
    expect(await failed.textContent()).toContain("The check “Ward codes” couldn't run on this post, so the post wasn't checked for it.");
    expect(await nudge.locator('[data-rule-id="patient.nhs-number"]').count()).toBe(1);
    await nudge.getByRole('button', { name: 'Edit post' }).click();
    expect(await leftIn(page.locator(c.editor))).toBe(TRIPPED);

    await options.evaluate(breakTheRule);
    await options.getByLabel('Your post').fill(TRIPPED);
    const named = options.getByTestId('try-result').locator('li[data-rule-id="hostile.runtime-rule"]');
    await named.waitFor();
    expect(await named.textContent()).toContain("couldn't run on this post");
    expect(await options.getByTestId('try-result').locator('li[data-rule-id="patient.nhs-number"]').count()).toBe(1);
    await answers(options);
    await options.close();
    await clearLocal(h);
  });
});

describe('very long drafts', () => {
  const NUMBER = '943 476 5919';
  const DRAFTS = [
    { name: '100,000 emoji', text: `${'💩'.repeat(100_000)} NHS ${NUMBER}`, found: 'patient.nhs-number' },
    { name: '1 MB of text', text: `${'x'.repeat(1_000_000)} NHS ${NUMBER}`, found: 'draft.too-long' },
  ];
  for (const d of DRAFTS) {
    it(`${d.name} with an NHS number at the end: ${d.found === 'patient.nhs-number' ? 'the number is found' : 'the nudge says exactly which part was checked'}; the page stays usable`, { timeout: 180_000 }, async () => {
      const { page } = h;
      const c = composer('generic');
      await page.bringToFront();
      await reload(page);
      const editor = page.locator(c.editor);
      await editor.click();
      // Pasted: a million key presses would take an hour.
      await editor.evaluate((el, text) => {
        (el as HTMLTextAreaElement).value = text;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, d.text);
      await c.submit(page).click();
      const nudge = findingsDialog(page);
      // What happened, if not the nudge with findings: a post sent unchecked would show here.
      const outcome = await page
        .waitForFunction(
          () => {
            const posts = (window as unknown as { __posted: unknown[] }).__posted;
            if (posts.length > 0) return 'posted';
            const host = document.querySelector('[data-tbyp-root="nudge"]');
            return host?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-state') === 'findings' ? 'findings' : false;
          },
          null,
          { timeout: 60_000 },
        )
        .then((r) => r.jsonValue())
        .catch(() => 'neither within 60 s');
      expect(outcome).toBe('findings');
      const ids = await nudge.locator('[data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')));
      expect(ids).toContain(d.found);
      if (d.found === 'draft.too-long') {
        expect(await nudge.locator('[data-rule-id="draft.too-long"]').textContent()).toContain('This post is too long to check fully (1,000,017 characters).');
        await nudge.locator('[data-rule-id="draft.too-long"]').getByRole('button', { name: 'Why this matters' }).click().catch(() => undefined);
      }
      await nudge.getByRole('button', { name: 'Edit post' }).click();
      await answers(page);
      expect((await editor.inputValue()).length).toBe(d.text.length);
      expect(h.pageErrors).toEqual([]);
    });
  }
  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
