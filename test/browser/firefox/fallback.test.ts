// The structural fallback, "not checked here" and "Check posts on this site", in real Firefox ESR with
// the extension installed. Firefox's pref extensions.webextOptionalPermissionPrompts=false answers the
// permission prompt with "Allow" (as a person would), so the popup's real flow runs end to end: the
// click asks for the one origin, the site is added, the content script is registered and started, and a
// Mastodon server at an address no adapter lists is recognised by its markup.
import { createServer, type Server } from 'node:http';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MASTODON_PAGE } from '../mastodon-page';
import { CLEAN, FINDINGS, RISKY, deep, find, findingsShown, isGone, nudgeButton, posted, pressKey, reload, settledPosts, sleep, startFirefoxHarness, type FirefoxHarness, openExtensionPage } from './harness';

let h: FirefoxHarness;
let server: Server;
let mastodonUrl: string;

const EDITOR = '#unknown-editor';
const SEND = '[data-practice="unknown"] [role="button"].unknown-send';
const CHAT = '#unknown-chat-editor';
const NOSEND = '#unknown-nosend-editor';

/** The practice page with its interface (every label of the made-up composers) in `lang`. */
async function openIn(page: Page, lang: 'en' | 'cy'): Promise<void> {
  await page.goto(`${h.server.url}?tbyp-test-ui${lang === 'cy' ? '&lang=cy' : ''}`);
  await reload(page);
}

async function typeIn(page: Page, selector: string, text: string): Promise<void> {
  await (await find(page, selector)).click();
  await page.waitForFunction((s) => document.activeElement === document.querySelector(s), {}, selector);
  await page.keyboard.type(text);
}

type Tabs = { browser: { tabs: { query(q: object): Promise<{ id: number }[]> } } };

/**
 * The popup, opened in a tab of its own, about the tab `page` shows (popup.html?tab=<id>&url=<its
 * address>). A test can't click the toolbar icon, whose activeTab grant is how the real popup learns the
 * tab's address; everything after that is the real flow.
 */
async function popupFor(page: Page): Promise<Page> {
  const helper = await openExtensionPage(h, 'popup.html');
  await page.bringToFront();
  const [tab] = await helper.evaluate(() => (globalThis as unknown as Tabs).browser.tabs.query({ active: true, lastFocusedWindow: true }));
  await helper.close();
  return openExtensionPage(h, `popup.html?tab=${tab!.id}&url=${encodeURIComponent(page.url())}`);
}

const mastodonPosts = (page: Page) => page.evaluate(() => (window as unknown as { __posted: { text: string }[] }).__posted.map((p) => p.text));

describe('Firefox: structural fallback and added sites', () => {
  beforeAll(async () => {
    server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(MASTODON_PAGE));
    // Another loopback address: the practice build's own host permissions cover 127.0.0.1 and localhost only.
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.2', resolve));
    const address = server.address();
    mastodonUrl = `http://127.0.0.2:${typeof address === 'object' && address ? address.port : 0}/?tbyp-test-ui`;
    h = await startFirefoxHarness({
      prefs: { 'extensions.webextOptionalPermissionPrompts': false, 'network.proxy.no_proxies_on': '127.0.0.2' },
    });
  });
  afterAll(async () => {
    await h?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  for (const lang of ['en', 'cy'] as const) {
    const send = lang === 'cy' ? 'Anfon' : 'Send';
    describe(`the page's interface in ${lang === 'cy' ? 'Welsh' : 'English'}`, () => {
      beforeAll(async () => {
        await openIn(h.page, lang);
      });

      it(`a composer no adapter knows (${lang}): its icon send button ("${send}") is checked; Post anyway posts once`, async () => {
        const { page } = h;
        await reload(page);
        await typeIn(page, EDITOR, RISKY);
        await (await find(page, `${SEND}[aria-label="${send}"]`)).click();
        await findingsShown(page);
        expect(await posted(page)).toEqual([]);
        expect(await page.$eval(EDITOR, (el) => (el as HTMLElement).innerText)).toBe(RISKY);
        await (await find(page, nudgeButton('Post anyway'))).click();
        expect(await settledPosts(page)).toEqual([{ site: 'unknown', text: RISKY }]);
      });

      it(`the same composer (${lang}): Ctrl+Enter with a clean draft goes straight out`, async () => {
        const { page } = h;
        await reload(page);
        await typeIn(page, EDITOR, CLEAN);
        await pressKey(page, 'Control+Enter');
        expect(await settledPosts(page)).toEqual([{ site: 'unknown', text: CLEAN }]);
      });

      it(`a chat line that says Enter sends (enterkeyhint="send", ${lang}): a risky Enter is held; Post anyway posts once`, async () => {
        const { page } = h;
        await reload(page);
        await typeIn(page, CHAT, RISKY);
        await pressKey(page, 'Enter');
        await findingsShown(page);
        expect(await posted(page)).toEqual([]);
        expect(await page.$eval(CHAT, (el) => (el as HTMLElement).innerText)).toBe(RISKY);
        await (await find(page, nudgeButton('Post anyway'))).click();
        expect(await settledPosts(page)).toEqual([{ site: 'unknown-chat', text: RISKY }]);
      });

      it(`a compose box with no send button to be found (${lang}): the badge says "Not checked here"`, async () => {
        const { page } = h;
        await reload(page);
        await typeIn(page, NOSEND, 'Hello ward');
        const badge = await find(page, deep('[data-tbyp-root="badge"] [data-state="not-checked"]'));
        expect(await badge.evaluate((el) => el.textContent)).toBe('Not checked here');
      });

      it(`the same box (${lang}): an Enter that sends is noticed and said; from then on Enter is checked there`, async () => {
        const { page } = h;
        await reload(page);
        await typeIn(page, NOSEND, CLEAN);
        await pressKey(page, 'Enter');
        expect(await settledPosts(page)).toEqual([{ site: 'unknown-nosend', text: CLEAN }]);
        const title = await find(page, deep('[data-tbyp-root="nudge"] .box[role="alert"] h2'));
        expect(await title.evaluate((el) => el.textContent)).toBe(lang === 'cy' ? "Wedi'i anfon heb wiriad" : 'Sent without a check');
        await (await find(page, deep('[data-tbyp-root="nudge"] .box[role="alert"] button'))).click();
        await isGone(page, deep('[data-tbyp-root="nudge"] .box[role="alert"]'));

        await typeIn(page, NOSEND, RISKY);
        await pressKey(page, 'Enter');
        await findingsShown(page);
        expect(await posted(page)).toEqual([{ site: 'unknown-nosend', text: CLEAN }]);
        await (await find(page, nudgeButton('Post anyway'))).click();
        await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length === 2);
        expect((await posted(page)).at(-1)).toEqual({ site: 'unknown-nosend', text: RISKY });
      });
    });
  }

  it('"Check this page": outlines in our shadow UI what the adapters and the fallback found; the snippet holds no draft text', async () => {
    const { page } = h;
    await openIn(page, 'en');
    await typeIn(page, EDITOR, RISKY);
    const popup = await popupFor(page);
    await (await find(popup, '[data-testid="self-test"]')).click();
    await find(popup, '[data-testid="self-test-report"] li[data-by="fallback"][data-send="found"]');
    expect(await popup.$$eval('[data-testid="self-test-report"] li[data-by="adapter"]', (els) => els.length)).toBeGreaterThanOrEqual(12);
    expect(await popup.$('[data-testid="self-test-report"] li[data-by="fallback"][data-send="missing"]')).not.toBeNull();
    await find(page, deep('[data-tbyp-root="outline"] [data-outline="send"][data-by="fallback"]'));
    expect(await page.$(deep('[data-tbyp-root="outline"] [data-outline="no-send"]'))).not.toBeNull();
    const snippet = await popup.$eval('#self-test-snippet', (el) => (el as HTMLTextAreaElement).value);
    expect(snippet).toContain('contenteditable="plaintext-only"');
    for (const word of ['Kowalczyk', '943', 'bed 8', 'NHS', '➤', '☺']) expect(snippet).not.toContain(word);
    expect(await page.$eval(EDITOR, (el) => (el as HTMLElement).innerText)).toBe(RISKY);
    await popup.close();
  });

  it('"Check posts on this site" on a Mastodon server: asked for that origin only, checked at once and after a reload; removed again', async () => {
    const page = await h.newPage();
    await page.goto(mastodonUrl);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);

    // Before: the coach doesn't run here; Ctrl+Enter posts a risky draft untouched.
    await typeIn(page, 'textarea', RISKY);
    await pressKey(page, 'Control+Enter');
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length === 1);

    const popup = await popupFor(page);
    await (await find(popup, '[data-testid="add-site"]')).click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="site-message"]')?.textContent === 'Posts on 127.0.0.2 are checked from now on.');
    const granted = await popup.evaluate(() =>
      (globalThis as unknown as { browser: { permissions: { getAll(): Promise<{ origins: string[] }> } } }).browser.permissions.getAll(),
    );
    expect(granted.origins.filter((o) => o.includes('127.0.0.2'))).toEqual(['http://127.0.0.2/*']);
    expect(await popup.$('[data-testid="remove-site"]')).not.toBeNull();

    // Started in the open tab, no reload (the draft stays): the Mastodon adapter, found by the page's markup.
    await page.bringToFront();
    await typeIn(page, 'textarea', RISKY);
    await pressKey(page, 'Control+Enter');
    await find(page, FINDINGS);
    expect(await mastodonPosts(page)).toEqual([RISKY]); // only the one from before
    await (await find(page, nudgeButton('Edit post'))).click();
    await isGone(page, FINDINGS);

    // After a reload: the registered content script.
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await typeIn(page, 'textarea', RISKY);
    await pressKey(page, 'Control+Enter');
    await find(page, FINDINGS);
    expect(await mastodonPosts(page)).toEqual([]);

    // Removed: access given back; after a reload the coach no longer runs there.
    await popup.bringToFront();
    await (await find(popup, '[data-testid="remove-site"]')).click();
    await popup.waitForFunction(() => document.querySelector('[data-testid="site-message"]')?.textContent === 'Posts on 127.0.0.2 are no longer checked.');
    await page.bringToFront();
    await page.reload();
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true);
    await sleep(300);
    await typeIn(page, 'textarea', RISKY);
    await pressKey(page, 'Control+Enter');
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length === 1);
    expect(await page.$(FINDINGS)).toBeNull();
    await popup.close();
    await page.close();
  });
});
