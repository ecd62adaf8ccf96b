// End-to-end check of the practice page (practice/): builds it with Vite, serves it with
// practice/serve.mjs and drives every composer in headless Chromium (playwright-core).
// Each composer must record exactly one post, with the typed text, through its own handler,
// via its button and via its keyboard path where the real site has one.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { launchChromium } from '../chromium';
import { startPracticeServer, type PracticeServer } from '../../practice/serve.mjs';
import { PRACTICE_COMPOSERS } from '../browser/practice-cases';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('../../practice/screenshot.png', import.meta.url));

interface PostedEntry {
  site: string;
  text: string;
  media?: string[];
}

/** What the practice page exposes (practice/src/record.ts); cast inside page.evaluate callbacks. */
type PracticeWindow = Window & {
  __posted: PostedEntry[];
  __practice: { posted: PostedEntry[]; clear(): void; rerender(site: string): boolean; ids: string[]; ready: boolean };
  __submits: string[];
};

interface Composer {
  id: string;
  /** The editor, as a selector from the page (Playwright CSS pierces open shadow roots). */
  editor: string;
  /** The submit button. */
  submit(page: Page): Locator;
  /** Keyboard paths the site itself handles (Playwright key names). */
  keys: string[];
}

const scope = (page: Page, id: string) => page.locator(`[data-practice="${id}"]`);

/** The practice composers, as the extension's browser tests know them (one list: test/browser/practice-cases.ts). */
const COMPOSERS: Composer[] = PRACTICE_COMPOSERS.map((c) => ({
  id: c.id,
  editor: c.editor,
  submit: (page: Page) => ('css' in c.send ? page.locator(c.send.css) : page.locator(c.send.within).getByRole('button', { name: c.send.name, exact: true })),
  keys: c.keys,
}));

let server: PracticeServer | undefined;
let browser: Browser | undefined;
let page: Page;
const pageErrors: string[] = [];
const externalRequests: string[] = [];

const posted = () => page.evaluate(() => (window as unknown as PracticeWindow).__posted.slice() as PostedEntry[]);
const clearPosted = () => page.evaluate(() => (window as unknown as PracticeWindow).__practice.clear());

/** Text left in a composer (textarea value or contenteditable text, without zero-width/NBSP noise). */
async function leftIn(editor: Locator): Promise<string> {
  const raw = await editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
  );
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ').trim();
}

/** Wait until something is posted, then give a double post time to show up. */
async function settledPosts(): Promise<PostedEntry[]> {
  await page.waitForFunction(() => (window as unknown as PracticeWindow).__posted.length > 0, null, { timeout: 5_000 });
  await page.waitForTimeout(150);
  return posted();
}

async function typeInto(composer: Composer, text: string): Promise<Locator> {
  const editor = page.locator(composer.editor);
  expect(await editor.count()).toBe(1);
  await editor.click();
  await page.keyboard.type(text);
  return editor;
}

/** Block every post path the way the extension does: window, capture phase, before the page. */
async function installBlocker(mode: 'stop' | 'preventDefault-only'): Promise<void> {
  await page.evaluate((m) => {
    const blocked: string[] = [];
    const handler = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Enter') return;
      event.preventDefault();
      if (m === 'stop') event.stopImmediatePropagation();
      blocked.push(event.type);
    };
    (window as unknown as { __blocker: unknown }).__blocker = { handler, blocked };
    window.addEventListener('keydown', handler, true);
    if (m === 'stop') window.addEventListener('click', handler, true);
  }, mode);
}

async function removeBlocker(): Promise<string[]> {
  return page.evaluate(() => {
    const b = (window as unknown as { __blocker: { handler: EventListener; blocked: string[] } }).__blocker;
    window.removeEventListener('keydown', b.handler, true);
    window.removeEventListener('click', b.handler, true);
    return b.blocked;
  });
}

describe('practice page in Chromium', () => {
  beforeAll(async () => {
    if (process.env.PRACTICE_SKIP_BUILD !== '1' || !existsSync(`${ROOT}practice/dist/index.html`)) {
      execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'practice/vite.config.ts'], {
        cwd: ROOT,
        stdio: 'pipe',
        // vitest sets NODE_ENV=test; the page is a production build.
        env: { ...process.env, NODE_ENV: 'production' },
      });
    }
    server = await startPracticeServer(0);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(server!.url) && !url.startsWith('data:')) externalRequests.push(url);
    });
    await page.addInitScript(() => {
      const w = window as unknown as PracticeWindow;
      w.__submits = [];
      window.addEventListener('submit', (e) => w.__submits.push((e.target as HTMLFormElement).className), true);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => (window as unknown as PracticeWindow).__practice?.ready === true);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads offline, with one labelled section per composer', async () => {
    const ids = await page.evaluate(() => (window as unknown as PracticeWindow).__practice.ids);
    // Every site's composer, then the made-up ones no adapter knows (practice/src/unknown.ts, for the fallback).
    expect(ids).toEqual([...COMPOSERS.map((c) => c.id), 'unknown', 'unknown-chat', 'unknown-nosend']);
    expect(await page.evaluate(() => (window as unknown as PracticeWindow).__practice.posted === (window as unknown as PracticeWindow).__posted)).toBe(true);
    for (const id of ids) {
      const section = scope(page, id);
      expect(await section.count()).toBe(1);
      expect(await section.locator(':scope > header > h2').isVisible()).toBe(true);
    }
    expect(await page.getByText('Practice page: try Think Before You Post here. Nothing you type leaves this page.').count()).toBe(1);
    expect(pageErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });

  for (const composer of COMPOSERS) {
    for (const via of ['button', ...composer.keys]) {
      it(`${composer.id}: posts once via ${via}`, async () => {
        await clearPosted();
        const text = `Hello from ${composer.id} via ${via}`;
        const editor = await typeInto(composer, text);
        if (via === 'button') await composer.submit(page).click();
        else await page.keyboard.press(via);
        expect(await settledPosts()).toEqual([{ site: composer.id, text }]);
        expect(await leftIn(editor)).toBe('');
        expect(pageErrors).toEqual([]);
      });

      it(`${composer.id}: a window capture listener stops ${via}, and the post goes through after`, async () => {
        await clearPosted();
        const text = `Held back on ${composer.id} via ${via}`;
        const editor = await typeInto(composer, text);
        await installBlocker('stop');
        if (via === 'button') await composer.submit(page).click();
        else await page.keyboard.press(via);
        await page.waitForTimeout(150);
        expect(await removeBlocker()).toContain(via === 'button' ? 'click' : 'keydown');
        expect(await posted()).toEqual([]);
        expect(await leftIn(editor)).toBe(text);
        // "Post anyway": re-find the button and click it (keyboard paths too use the button here).
        await composer.submit(page).click();
        expect(await settledPosts()).toEqual([{ site: composer.id, text }]);
        expect(await leftIn(editor)).toBe('');
      });
    }
  }

  it('x: rerender replaces the Post button with a fresh element that still posts', async () => {
    await clearPosted();
    const before = await page.locator('[data-testid="tweetButtonInline"]').elementHandle();
    expect(await page.evaluate(() => (window as unknown as PracticeWindow).__practice.rerender('x'))).toBe(true);
    expect(await before!.evaluate((el) => el.isConnected)).toBe(false);
    const x = COMPOSERS[0]!;
    await typeInto(x, 'After a re-render');
    await x.submit(page).click();
    expect(await settledPosts()).toEqual([{ site: 'x', text: 'After a re-render' }]);
    expect(await page.evaluate(() => (window as unknown as PracticeWindow).__practice.rerender('no-such-site'))).toBe(false);
  });

  it('x: a photo attached with the file input is posted with the text', async () => {
    await clearPosted();
    await scope(page, 'x')
      .locator('input[type=file]')
      .setInputFiles({ name: 'ward-round.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    await scope(page, 'x').getByText('Attached: ward-round.png').waitFor();
    const x = COMPOSERS[0]!;
    await typeInto(x, 'Look at this');
    await x.submit(page).click();
    expect(await settledPosts()).toEqual([{ site: 'x', text: 'Look at this', media: ['ward-round.png'] }]);
    await scope(page, 'x').getByText('Attached: ward-round.png').waitFor({ state: 'detached' });
  });

  it('facebook-comment: Shift+Enter is a new line, Enter sends both lines', async () => {
    await clearPosted();
    const composer = COMPOSERS.find((c) => c.id === 'facebook-comment')!;
    await typeInto(composer, 'line one');
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('line two');
    await page.waitForTimeout(100);
    expect(await posted()).toEqual([]);
    await page.keyboard.press('Enter');
    expect(await settledPosts()).toEqual([{ site: 'facebook-comment', text: 'line one\nline two' }]);
  });

  it('threads and bluesky: a bare Enter is a new line, not a post', async () => {
    for (const id of ['threads', 'bluesky']) {
      await clearPosted();
      const composer = COMPOSERS.find((c) => c.id === id)!;
      const editor = await typeInto(composer, 'first');
      await page.keyboard.press('Enter');
      await page.keyboard.type('second');
      await page.waitForTimeout(100);
      expect(await posted()).toEqual([]);
      await page.keyboard.press('Control+Enter');
      const [entry] = await settledPosts();
      expect(entry!.site).toBe(id);
      expect(entry!.text.split(/\n+/)).toEqual(['first', 'second']);
      expect(await leftIn(editor)).toBe('');
    }
  });

  it('mastodon: Ctrl+Enter posts without a submit event, and is skipped when defaultPrevented', async () => {
    await clearPosted();
    await page.evaluate(() => ((window as unknown as PracticeWindow).__submits.length = 0));
    const mastodon = COMPOSERS.find((c) => c.id === 'mastodon')!;
    const editor = await typeInto(mastodon, 'Quiet shift');
    await installBlocker('preventDefault-only');
    await page.keyboard.press('Control+Enter');
    await page.waitForTimeout(150);
    await removeBlocker();
    expect(await posted()).toEqual([]);
    expect(await leftIn(editor)).toBe('Quiet shift');
    await page.keyboard.press('Control+Enter');
    expect(await settledPosts()).toEqual([{ site: 'mastodon', text: 'Quiet shift' }]);
    expect(await page.evaluate(() => (window as unknown as PracticeWindow).__submits)).toEqual([]);
    // The button path does fire a submit event.
    await clearPosted();
    await typeInto(mastodon, 'Via the button');
    await mastodon.submit(page).click();
    expect(await settledPosts()).toEqual([{ site: 'mastodon', text: 'Via the button' }]);
    expect(await page.evaluate(() => (window as unknown as PracticeWindow).__submits)).toEqual(['compose-form']);
  });

  it('old.reddit and Reddit fire a real submit event that reaches window', async () => {
    for (const id of ['old-reddit', 'reddit']) {
      await page.evaluate(() => ((window as unknown as PracticeWindow).__submits.length = 0));
      await clearPosted();
      const composer = COMPOSERS.find((c) => c.id === id)!;
      await typeInto(composer, `Submit on ${id}`);
      await composer.submit(page).click();
      expect(await settledPosts()).toEqual([{ site: id, text: `Submit on ${id}` }]);
      expect(await page.evaluate(() => (window as unknown as PracticeWindow).__submits)).toHaveLength(1);
    }
  });

  it('lists posts in the page log and clears them', async () => {
    await clearPosted();
    const generic = COMPOSERS.find((c) => c.id === 'generic')!;
    await typeInto(generic, 'Shown in the log');
    await generic.submit(page).click();
    await settledPosts();
    await expect.poll(() => page.locator('#posted-list li').count()).toBe(1);
    expect(await page.locator('#posted-list li').textContent()).toContain('Shown in the log');
    await page.locator('#posted-clear').click();
    await expect.poll(() => page.locator('#posted-list li').count()).toBe(0);
    expect(await posted()).toEqual([]);
  });

  it('takes a screenshot of the page (practice/screenshot.png)', async () => {
    await clearPosted();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(existsSync(SCREENSHOT)).toBe(true);
    expect(pageErrors).toEqual([]);
    expect(externalRequests).toEqual([]);
  });
});
