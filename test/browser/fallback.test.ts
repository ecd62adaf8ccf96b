// The structural fallback, "not checked here", the popup's self-test and "Check posts on this site", in
// real Chromium with the built extension. The practice page's composers no adapter knows are
// practice/src/unknown.ts; the Mastodon server is a page of our own on another loopback address.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEAN, RISKY, badge, dialog, findingsDialog, openExtensionPage, posted, reload, settledPosts } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const EDITOR = '#unknown-editor';
const SEND = '[data-practice="unknown"] [role="button"].unknown-send';
const CHAT = '#unknown-chat-editor';
const NOSEND = '#unknown-nosend-editor';

/**
 * The id of the tab showing `page` (for the popup opened in a tab of its own: popup.html?tab=<id>): the
 * tab in front. (Without the tabs permission, a tab's address shows only where we have host access.)
 */
async function tabIdOf(page: Page): Promise<number> {
  await page.bringToFront();
  return h.serviceWorker.evaluate(async () => {
    const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]> } } }).chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tabs[0]!.id;
  });
}

const EN_URL = () => `${h.server.url}?tbyp-test-ui`;

/** The practice page with its interface (every label of the made-up composers) in `lang`. */
async function openIn(page: Page, lang: 'en' | 'cy'): Promise<void> {
  await page.goto(lang === 'cy' ? `${EN_URL()}&lang=cy` : EN_URL());
  await page.waitForFunction((l) => document.documentElement.lang === l && (window as unknown as { __practice?: { ready?: boolean } }).__practice?.ready === true, lang);
}

/** A fresh practice page with `text` typed into the composer at `selector`. */
async function freshDraft(page: Page, selector: string, text: string): Promise<void> {
  await reload(page);
  await page.locator(selector).click();
  await page.keyboard.type(text);
}

/** Our "sent without a check" notice (a plain notice in its own root). */
const sentUnchecked = (page: Page) => page.locator('[data-tbyp-root="nudge"] .box[role="alert"]');

describe('structural fallback (Chromium)', () => {
  afterAll(async () => {
    await openIn(h.page, 'en');
  });

  for (const lang of ['en', 'cy'] as const) {
    const send = lang === 'cy' ? 'Anfon' : 'Send';
    describe(`the page's interface in ${lang === 'cy' ? 'Welsh' : 'English'}`, () => {
      beforeAll(async () => {
        await openIn(h.page, lang);
      });

      it(`a composer no adapter knows (${lang}): its icon send button ("${send}") is checked; the draft is kept; Post anyway posts once`, async () => {
        const { page } = h;
        await freshDraft(page, EDITOR, RISKY);
        await page.locator(`${SEND}[aria-label="${send}"]`).click();
        await findingsDialog(page).waitFor();
        expect(await posted(page)).toEqual([]);
        expect(await page.locator(EDITOR).innerText()).toBe(RISKY);
        await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
        expect(await settledPosts(page)).toEqual([{ site: 'unknown', text: RISKY }]);
      });

      it(`the same composer (${lang}): Ctrl+Enter with a risky draft is held, a clean one goes straight out`, async () => {
        const { page } = h;
        await freshDraft(page, EDITOR, RISKY);
        await page.keyboard.press('Control+Enter');
        await findingsDialog(page).waitFor();
        expect(await posted(page)).toEqual([]);
        await dialog(page).getByRole('button', { name: 'Edit post' }).click();
        expect(await page.locator(EDITOR).innerText()).toBe(RISKY);

        await freshDraft(page, EDITOR, CLEAN);
        await page.keyboard.press('Control+Enter');
        expect(await settledPosts(page)).toEqual([{ site: 'unknown', text: CLEAN }]);
      });

      it(`a chat line that says Enter sends (enterkeyhint="send", ${lang}): a risky Enter is held, Post anyway posts once; a clean one goes out`, async () => {
        const { page } = h;
        await freshDraft(page, CHAT, RISKY);
        await page.keyboard.press('Enter');
        await findingsDialog(page).waitFor();
        expect(await posted(page)).toEqual([]);
        expect(await page.locator(CHAT).innerText()).toBe(RISKY);
        await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
        expect(await settledPosts(page)).toEqual([{ site: 'unknown-chat', text: RISKY }]);

        await freshDraft(page, CHAT, CLEAN);
        await page.keyboard.press('Enter');
        expect(await settledPosts(page)).toEqual([{ site: 'unknown-chat', text: CLEAN }]);
      });

      it(`a compose box with no send button to be found (${lang}): the badge says "Not checked here" in words`, async () => {
        const { page } = h;
        await freshDraft(page, NOSEND, 'Hello ward');
        const notChecked = badge(page).and(page.locator('[data-state="not-checked"]'));
        await notChecked.waitFor();
        expect(await notChecked.textContent()).toBe('Not checked here');
        expect(await notChecked.getAttribute('aria-label')).toMatch(/^Not checked here: /);
      });

      it(`the same box (${lang}): an Enter that sends is noticed and said ("sent without a check"); from then on Enter is checked there`, async () => {
        const { page } = h;
        await freshDraft(page, NOSEND, CLEAN);
        await page.keyboard.press('Enter');
        expect(await settledPosts(page)).toEqual([{ site: 'unknown-nosend', text: CLEAN }]);
        const notice = sentUnchecked(page);
        await notice.waitFor();
        expect(await notice.locator('h2').textContent()).toBe(lang === 'cy' ? "Wedi'i anfon heb wiriad" : 'Sent without a check');
        expect(await notice.textContent()).not.toContain(CLEAN);
        await notice.getByRole('button', { name: lang === 'cy' ? 'Iawn' : 'OK' }).click();
        await notice.waitFor({ state: 'detached' });

        await page.locator(NOSEND).click();
        await page.keyboard.type(RISKY);
        await page.keyboard.press('Enter');
        await findingsDialog(page).waitFor();
        expect(await posted(page)).toEqual([{ site: 'unknown-nosend', text: CLEAN }]);
        await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
        await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length === 2);
        expect((await posted(page)).at(-1)).toEqual({ site: 'unknown-nosend', text: RISKY });
      });
    });
  }

  it('"Check this page": outlines what each adapter and the fallback found, and a snippet with no draft text', async () => {
    const { page } = h;
    await openIn(page, 'en');
    await page.locator(EDITOR).click();
    await page.keyboard.type(RISKY);
    const popup = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(page)}`);
    await popup.getByRole('button', { name: 'Check this page' }).click();
    const report = popup.getByTestId('self-test-report');
    await report.locator('li').first().waitFor();
    // Every practice composer is listed; the made-up ones as found by their shape.
    const items = await report.locator('li').allTextContents();
    expect(items.length).toBeGreaterThanOrEqual(14);
    expect(items.some((t) => /found by the X \(Twitter\) check\. Its send button is checked\./.test(t))).toBe(true);
    expect(await report.locator('li[data-by="fallback"][data-send="found"]').count()).toBeGreaterThanOrEqual(1);
    expect(await report.locator('li[data-by="fallback"][data-send="missing"]').count()).toBeGreaterThanOrEqual(1);

    // On the page, in our shadow UI: frames round the editors and the send buttons.
    const outlines = page.locator('[data-tbyp-root="outline"] [data-outline]');
    await outlines.first().waitFor({ state: 'attached' });
    expect(await page.locator('[data-tbyp-root="outline"] [data-outline="send"][data-by="fallback"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-tbyp-root="outline"] [data-outline="no-send"]').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('[data-tbyp-root="outline"] [data-outline="editor"][data-by="adapter"][data-site="x"]').count()).toBe(1);

    // The snippet is of the focused composer (the made-up one) and holds no text of the draft or page.
    const snippet = await popup.locator('#self-test-snippet').inputValue();
    expect(snippet).toContain('contenteditable="plaintext-only"');
    expect(snippet).toContain('aria-label="Send"');
    for (const word of ['Kowalczyk', '943', 'bed 8', 'NHS', '➤', '☺']) expect(snippet).not.toContain(word);
    // The draft is as it was.
    expect(await page.locator(EDITOR).innerText()).toBe(RISKY);
    await popup.close();
  });
});

/**
 * Chromium's permission prompt for extensions can't be answered from a test (neither Playwright nor the
 * DevTools protocol reach it), and a tab's address shows to the popup only through activeTab, which only
 * a click on the toolbar icon grants. So here the flow runs on the practice origin, whose access the
 * practice build already holds (the browser then grants the request without a prompt): the click asks for
 * this origin only, the site is added, the content script is registered for it, and removing it gives
 * both back. The prompt itself, a site at a new address and the Mastodon markup run in Firefox
 * (firefox/fallback.test.ts), whose prompt a preference answers.
 */
describe('"Check posts on this site" (Chromium)', () => {
  type Registered = { chrome: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } } };
  const registered = () =>
    h.serviceWorker.evaluate(async () => (await (globalThis as unknown as Registered).chrome.scripting.getRegisteredContentScripts()).flatMap((s) => s.matches ?? []));

  it('asks for this origin only, adds the site and registers the content script there; Stop checking undoes both', async () => {
    const { page } = h;
    await reload(page);
    const popup = await openExtensionPage(h, `popup.html?tab=${await tabIdOf(page)}`);
    await popup.evaluate(() => {
      const api = (globalThis as unknown as { chrome: { permissions: { request(p: { origins: string[] }): Promise<boolean> } } }).chrome.permissions;
      const original = api.request.bind(api);
      const asked: string[] = [];
      (globalThis as unknown as { __asked: string[] }).__asked = asked;
      api.request = (p) => {
        asked.push(...p.origins);
        return original(p);
      };
    });
    expect(await registered()).toEqual([]);
    await popup.getByTestId('add-site').click();
    await expect.poll(() => popup.getByTestId('site-message').textContent()).toBe('Posts on 127.0.0.1 are checked from now on.');
    expect(await popup.evaluate(() => (globalThis as unknown as { __asked: string[] }).__asked)).toEqual(['http://127.0.0.1/*']);
    await expect.poll(registered).toEqual(['http://127.0.0.1/*']);
    await expect.poll(() => popup.getByTestId('popup-status').textContent()).toBe('Checking your posts on 127.0.0.1.');

    await popup.getByTestId('remove-site').click();
    await expect.poll(() => popup.getByTestId('site-message').textContent()).toBe('Posts on 127.0.0.1 are no longer checked.');
    await expect.poll(registered).toEqual([]);
    await popup.close();
  });
});
