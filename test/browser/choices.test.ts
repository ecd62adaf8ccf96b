// The choices a person makes in the nudge and around it (issue 11), in real Chromium with the built
// extension on the practice page: set a finding aside for this post (and Undo), switch a check off after a
// question (and Undo, and back on from the options page's list), say a warning is wrong (a local list with
// no draft text), the nudge at 320 px wide, the badge by keyboard, and a pause of one site only.
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { CLEAN, RISKY, badge, clearLocal, composer, dialog, findingsDialog, openExtensionPage, openNudge, posted, reload, settledPosts, storedLocal, typeInto } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

type Stored = { settings?: { disabledRules?: string[]; disabledAt?: Record<string, string>; pausedSites?: Record<string, number> }; wrongWarnings?: unknown[] };
const stored = async () => (await storedLocal(h)) as Stored;
const finding = (id: string) => dialog(h.page).locator(`[data-rule-id="${id}"]`);
const undoLine = () => dialog(h.page).getByTestId('tbyp-undo');
const toast = () => h.page.locator('[data-tbyp-root="toast"] .tbyp-toast');

/** No word of the draft anywhere in the extension's storage. */
async function expectNoDraftText(): Promise<void> {
  const all = JSON.stringify(await storedLocal(h));
  for (const words of ['Kowalczyk', 'bed 8', '943 476 5919', '5919']) expect(all).not.toContain(words);
}

describe('choices in the nudge', () => {

  it('"Not a problem here" sets a finding aside for this post only, with Undo; the last one closes the nudge and the post waits', async () => {
    await openNudge(h, RISKY);
    expect(await dialog(h.page).locator('.tbyp-intro').textContent()).toMatch(/^2 things to check: /);
    await finding('patient.name-in-care').getByRole('button', { name: 'Not a problem here' }).click();
    await finding('patient.name-in-care').waitFor({ state: 'detached' });
    await expect.poll(() => undoLine().textContent()).toContain('set aside for this post');
    await undoLine().getByRole('button', { name: 'Undo' }).click();
    await finding('patient.name-in-care').waitFor();
    await expect.poll(() => undoLine().textContent()).toContain('is back');

    for (const id of ['patient.name-in-care', 'patient.nhs-number']) await finding(id).getByRole('button', { name: 'Not a problem here' }).click();
    await dialog(h.page).waitFor({ state: 'detached' });
    await toast().getByRole('button', { name: 'Undo' }).waitFor();
    expect(await posted(h.page)).toEqual([]); // never posts by itself
    expect((await stored()).settings?.disabledRules ?? []).toEqual([]); // nothing switched off
    await expectNoDraftText();
    // The next press posts it, once, untouched.
    await composer('generic').submit(h.page).click();
    expect(await settledPosts(h.page)).toEqual([{ site: 'generic', text: RISKY }]);
    expect(await dialog(h.page).count()).toBe(0);
  });

  it('switching a check off asks first, naming it; Undo switches it back on; the options page lists it with when and a way back', async () => {
    await openNudge(h, RISKY);
    const item = finding('patient.name-in-care');
    await item.getByRole('button', { name: 'Switch this check off' }).click();
    expect(await item.getByRole('group').textContent()).toMatch(/^Stop checking for “.+” on every site\?/);
    expect((await stored()).settings?.disabledRules ?? []).toEqual([]);
    await item.getByRole('button', { name: 'Yes, switch it off' }).click();
    await expect.poll(async () => (await stored()).settings?.disabledRules).toEqual(['patient.name-in-care']);
    await expect.poll(() => undoLine().textContent()).toContain('switched off on every site');
    await undoLine().getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await stored()).settings?.disabledRules).toEqual([]);
    await finding('patient.name-in-care').waitFor();

    // Off again, for good this time: the options page lists it, with when, and switches it back on in one click.
    await finding('patient.name-in-care').getByRole('button', { name: 'Switch this check off' }).click();
    await finding('patient.name-in-care').getByRole('button', { name: 'Yes, switch it off' }).click();
    await expect.poll(async () => Object.keys((await stored()).settings?.disabledAt ?? {})).toEqual(['patient.name-in-care']);
    await dialog(h.page).getByRole('button', { name: 'Edit post' }).click();
    const options = await openExtensionPage(h, 'options.html');
    const list = options.getByTestId('switched-off');
    const row = list.locator('[data-rule-id="patient.name-in-care"]');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/Switched off \d/);
    await row.getByRole('button', { name: /^Switch “.+” back on$/ }).click();
    await expect.poll(async () => (await stored()).settings?.disabledRules).toEqual([]);
    await expect.poll(() => list.textContent()).toContain('None: every check you can switch off is on.');
    await options.close();
    await clearLocal(h);
  });

  it('"This warning is wrong" keeps the check, the site and the time (never the text), listed in the options page to copy or save', async () => {
    await openNudge(h, RISKY);
    await finding('patient.nhs-number').getByRole('button', { name: 'This warning is wrong' }).click();
    await finding('patient.nhs-number').waitFor({ state: 'detached' });
    await expect.poll(async () => (await stored()).wrongWarnings).toEqual([{ ruleId: 'patient.nhs-number', site: '127.0.0.1', at: expect.stringMatching(/^\d{4}-/) }]);
    await expectNoDraftText();
    await dialog(h.page).getByRole('button', { name: 'Edit post' }).click();
    const options = await openExtensionPage(h, 'options.html');
    const section = options.getByTestId('wrong-warnings');
    await section.locator('tr[data-rule-id="patient.nhs-number"]').waitFor();
    expect(await section.locator('tbody td').nth(1).textContent()).toBe('127.0.0.1');
    const download = options.waitForEvent('download');
    await section.getByRole('button', { name: 'Save the list as a file' }).click();
    const file = await (await download).path();
    const saved = JSON.parse((await import('node:fs')).readFileSync(file!, 'utf8')) as { kind: string; warnings: unknown[] };
    expect(saved.kind).toBe('tbyp-wrong-warnings');
    expect(saved.warnings).toHaveLength(1);
    expect(JSON.stringify(saved)).not.toContain('943 476 5919');
    await section.getByRole('button', { name: 'Clear the list' }).click();
    await expect.poll(async () => (await stored()).wrongWarnings).toEqual([]);
    await options.close();
    await clearLocal(h);
  });

  it('at 320 px wide: no sideways scrolling, Edit and Post anyway on screen, every target at least 24 px', async () => {
    await h.page.setViewportSize({ width: 320, height: 640 });
    try {
      await openNudge(h, RISKY);
      await h.page.waitForTimeout(300); // after the entrance animation
      const layout = await dialog(h.page).evaluate((d) => {
        const box = d.getBoundingClientRect();
        const buttons = Array.from(d.querySelectorAll('button')).map((b) => {
          const r = b.getBoundingClientRect();
          return { name: b.textContent, left: r.left, right: r.right, top: r.top, bottom: r.bottom, w: r.width, h: r.height };
        });
        return { left: box.left, right: box.right, sideways: d.scrollWidth > d.clientWidth, page: document.documentElement.scrollWidth, buttons };
      });
      expect(layout.sideways).toBe(false);
      expect(layout.page).toBeLessThanOrEqual(320);
      expect(layout.left).toBeGreaterThanOrEqual(0);
      expect(layout.right).toBeLessThanOrEqual(320);
      for (const name of ['Edit post', 'Post anyway']) {
        const b = layout.buttons.find((x) => x.name === name)!;
        expect({ name, onScreen: b.left >= 0 && b.right <= 320 && b.top >= 0 && b.bottom <= 640 }).toEqual({ name, onScreen: true });
        await dialog(h.page).getByRole('button', { name }).isVisible();
      }
      for (const b of layout.buttons) expect({ name: b.name, big: b.w >= 24 && b.h >= 24 }).toEqual({ name: b.name, big: true });
      await dialog(h.page).getByRole('button', { name: 'Edit post' }).click();
    } finally {
      await h.page.setViewportSize({ width: 1280, height: 720 });
    }
  });

  it('the badge shows a serious finding by shape, sits outside the text, and Alt+Shift+T opens the explanation from the compose box', async () => {
    const { page } = h;
    await reload(page);
    const c = composer('generic');
    const editor = await typeInto(page, c, RISKY);
    await expect.poll(() => badge(page).getAttribute('data-severity')).toBe('high');
    const [b, e] = await Promise.all([badge(page).boundingBox(), editor.boundingBox()]);
    const inside = b!.x >= e!.x && b!.x + b!.width <= e!.x + e!.width && b!.y >= e!.y && b!.y + b!.height <= e!.y + e!.height;
    expect(inside).toBe(false);
    expect(await badge(page).getAttribute('aria-keyshortcuts')).toBe('Alt+Shift+T');
    await page.keyboard.press('Alt+Shift+T');
    await findingsDialog(page).waitFor();
    expect(await posted(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Edit post' }).click();
  });

  it('a pause of one site: the badge says paused there and posts go untouched; another site is still checked', async () => {
    const { page } = h;
    // The popup asks for the active tab: opened as a tab itself, it is told the practice page is.
    const popup = await h.context.newPage();
    const practiceUrl = page.url();
    // The practice page counts as a site the person added (a supported site would do the same).
    await h.serviceWorker.evaluate(
      (origin) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: { version: 3, sites: { enabled: {}, added: [origin] } } }),
      new URL(practiceUrl).origin,
    );
    await popup.addInitScript((url) => {
      const g = globalThis as unknown as { chrome: { tabs: { query: unknown } } };
      g.chrome.tabs.query = async () => [{ url, active: true }];
    }, practiceUrl);
    await popup.goto(`chrome-extension://${h.extensionId}/popup.html`);
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toBe('Checking your posts on 127.0.0.1.');
    await popup.getByRole('button', { name: /^Pause on 127\.0\.0\.1 for an hour$/ }).click();
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toMatch(/^Checking is paused on 127\.0\.0\.1 until/);
    await expect.poll(async () => Object.keys((await stored()).settings?.pausedSites ?? {})).toEqual(['127.0.0.1']);
    await popup.getByRole('button', { name: 'Resume checking on 127.0.0.1' }).waitFor();
    await page.bringToFront();

    await reload(page);
    const c = composer('generic');
    await page.locator(c.editor).click();
    await expect.poll(() => badge(page).getAttribute('aria-label')).toBe('The coach is paused here: posts are not checked'); // before a word is typed
    await page.keyboard.type(RISKY);
    await c.submit(page).click();
    expect(await settledPosts(page)).toEqual([{ site: 'generic', text: RISKY }]);

    // The same practice page under another name (localhost) is another site: still checked.
    const other = await h.context.newPage();
    await other.goto(practiceUrl.replace('127.0.0.1', 'localhost'));
    await other.waitForFunction(() => (window as unknown as { __practice?: { ready: boolean } }).__practice?.ready === true);
    await typeInto(other, c, RISKY);
    await c.submit(other).click();
    await findingsDialog(other).waitFor();
    expect(await posted(other)).toEqual([]);
    await dialog(other).getByRole('button', { name: 'Edit post' }).click();
    await other.close();

    await popup.getByRole('button', { name: 'Resume checking on 127.0.0.1' }).click();
    await expect.poll(async () => (await stored()).settings?.pausedSites).toEqual({});
    await popup.close();
    await clearLocal(h);
  });

  it('the photo reminder covers none of the composer\'s buttons, its send button above all, and goes once the post is sent', async () => {
    const { page } = h;
    await reload(page);
    const c = composer('x');
    await page.locator(c.editor).scrollIntoViewIfNeeded(); // where the person would be, attaching a photo
    await page.locator(`[data-practice="x"] input[type=file]`).setInputFiles({ name: 'ward-round.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    const reminder = page.locator('[data-tbyp-root="photo"] .tbyp-photo');
    await reminder.waitFor();
    const [note, send] = [(await reminder.boundingBox())!, (await c.submit(page).boundingBox())!];
    const overlaps = note.x < send.x + send.width && note.x + note.width > send.x && note.y < send.y + send.height && note.y + note.height > send.y;
    expect(overlaps, `reminder ${JSON.stringify(note)}, send button ${JSON.stringify(send)}`).toBe(false);
    // What a click at the middle of the send button would reach is the send button itself.
    const reached = await c.submit(page).evaluate((button) => {
      const r = button.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && button.contains(hit) ? 'the send button' : (hit?.outerHTML.slice(0, 120) ?? 'nothing');
    });
    expect(reached).toBe('the send button');

    await typeInto(page, c, CLEAN);
    await c.submit(page).click();
    expect(await settledPosts(page)).toEqual([{ site: 'x', text: CLEAN, media: ['ward-round.png'] }]);
    await reminder.waitFor({ state: 'detached' }); // gone with the post, not left on screen
  });

  it('a pack\'s contact and policy are real links (https: and mailto: only) in the options page and the nudge; a javascript: link is refused', async () => {
    const pack = (contact: string) =>
      JSON.stringify({ schemaVersion: 1, id: 'northvale.help', name: 'Northvale help', version: '1.0.0', author: 'Northvale NHS Trust', contact, policyUrl: 'https://intranet.northvale.example/social-media', rules: [] });
    const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    const options = await openExtensionPage(h, 'options.html');
    await options.getByLabel('Import a rules pack').setInputFiles(file('bad-help.json', pack('javascript:alert(1)//@x.example')));
    await expect.poll(() => options.getByTestId('import-problems').textContent()).toContain('"contact" must be an email address');
    expect(((await stored()) as { settings?: { importedPacks?: unknown[] } }).settings?.importedPacks ?? []).toEqual([]);

    await options.getByLabel('Import a rules pack').setInputFiles(file('help.json', pack('ig@northvale.nhs.example')));
    const help = options.getByTestId('help');
    const links = async (scope: Locator) =>
      scope.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.textContent, href: a.getAttribute('href'), rel: a.getAttribute('rel'), target: a.getAttribute('target') })));
    const expected = (policy: string) => [
      { text: 'ig@northvale.nhs.example', href: 'mailto:ig@northvale.nhs.example', rel: 'noopener noreferrer', target: '_blank' },
      { text: policy, href: 'https://intranet.northvale.example/social-media', rel: 'noopener noreferrer', target: '_blank' },
    ];
    await help.locator('a').first().waitFor();
    expect(await links(help)).toEqual(expected('Read your organisation\'s social media policy'));
    await options.close();

    const nudge = await openNudge(h, RISKY);
    expect(await links(nudge.getByTestId('tbyp-help'))).toEqual(expected('Your organisation\'s social media policy'));
    await nudge.getByRole('button', { name: 'Edit post' }).click();
    await clearLocal(h);
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
