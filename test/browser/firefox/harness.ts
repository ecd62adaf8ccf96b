// Real Firefox ESR with the built Firefox extension (TBYP_PRACTICE=1) installed, on the practice page,
// driven by puppeteer-core over WebDriver BiDi. The composers, drafts and allowed requests are the
// Chromium harness's (../practice-cases.ts); only the driver differs.
//
// Nothing may leave the machine: every request a tab makes is recorded, and the browser's proxy is a
// local recorder that refuses and records every request bound anywhere but localhost, so the
// extension's background page (which no tab event shows) is covered too.
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { startPracticeServer, type PracticeServer } from '../../../practice/serve.mjs';
import { FIREFOX_EXTENSION_ORIGIN, launchFirefox } from '../../firefox';
import { FIREFOX_EXTENSION_DIR } from '../build';
import { PRACTICE_COMPOSERS, isAllowedUrl, type Composer, type PostedEntry, type PracticeWindow, type SendButton } from '../practice-cases';

export { CLEAN, ONE_PER_LIBRARY, RISKY, PRACTICE_COMPOSERS, practiceComposer, type Composer, type PostedEntry } from '../practice-cases';

// ------------------------------------------------------------------ selectors

/**
 * A practice-cases selector for Puppeteer: Playwright's CSS descendant combinator also looks inside open
 * shadow roots; Puppeteer's `>>>` is the one that does ("a b" -> "a >>> b").
 */
export function deep(css: string): string {
  const parts: string[] = [];
  let current = '';
  let depth = 0;
  let quote = '';
  for (const ch of css) {
    if (quote) quote = ch === quote ? '' : quote;
    else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    if (/\s/.test(ch) && !quote && depth === 0) {
      if (current) parts.push(current);
      current = '';
    } else current += ch;
  }
  if (current) parts.push(current);
  return parts.reduce((out, part, i) => {
    if (i === 0) return part;
    const previous = parts[i - 1]!;
    if (['>', '+', '~'].includes(part) || ['>', '+', '~'].includes(previous)) return `${out} ${part}`;
    // After `>>>`, Puppeteer applies a selector that starts with `.`, `#` or `[` to the element itself.
    return `${out} >>> ${/^[\w*-]/.test(part) ? part : `*${part}`}`;
  }, '');
}

const aria = (name: string, role = 'button') => `::-p-aria([name="${name}"][role="${role}"])`;
const sendSelector = (send: SendButton, lang: 'en' | 'cy') =>
  'css' in send ? deep(send.css) : `${deep(send.within)} >>> ${aria(lang === 'cy' ? send.cy : send.name)}`;
export const editorOf = (c: Composer) => deep(c.editor);
/** The send button, named in the practice page's language (?lang=cy: Welsh). */
export const sendOf = (c: Composer, lang: 'en' | 'cy' = 'en') => sendSelector(c.send, lang);

/** The nudge dialog, inside the extension's shadow root, and one of its buttons by name. */
export const NUDGE = deep('[data-tbyp-root="nudge"] [role="dialog"]');
export const FINDINGS = deep('[data-tbyp-root="nudge"] [role="dialog"][data-state="findings"]');
export const nudgeButton = (name: 'Edit post' | 'Post anyway') => `${NUDGE} >>> button::-p-text(${name})`;

// ------------------------------------------------------------------ the browser

export interface FirefoxHarness {
  browser: Browser;
  page: Page;
  server: PracticeServer;
  /** Every request URL the browser's tabs made. */
  requests: string[];
  pageErrors: string[];
  /** Requests that went, or tried to go (the proxy saw them), anywhere but the practice server, the extension or data:. */
  outsideRequests(): string[];
  /** A new tab whose requests and errors are recorded too. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** An HTTP proxy that refuses every request and records where it was going. */
async function startRecordingProxy(): Promise<{ port: number; seen: string[]; server: Server }> {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(req.url ?? '');
    res.writeHead(502).end();
  });
  server.on('connect', (req, socket) => {
    seen.push(`https://${req.url ?? ''}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { port: typeof address === 'object' && address ? address.port : 0, seen, server };
}

export async function startFirefoxHarness(
  options: {
    /** false: the same browser without the extension. */
    extension?: boolean;
    /** Another build (the bench's). */
    extensionDir?: string;
    prefs?: Record<string, unknown>;
  } = {},
): Promise<FirefoxHarness> {
  const withExtension = options.extension !== false;
  const extensionDir = options.extensionDir ?? FIREFOX_EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No Firefox extension build in ${extensionDir}`);
  const server = await startPracticeServer(0);
  const proxy = await startRecordingProxy();
  const browser = await launchFirefox({ proxyPort: proxy.port, prefs: options.prefs });
  if (withExtension) {
    await browser.installExtension(extensionDir);
    // The first-run page opens in front on install. Closed, as in the Chromium harness: left open, it
    // keeps the practice page in a background tab, where Firefox throttles timers and stops animation
    // frames (the bench's first post in a new browser measured 8 s of that).
    const welcome = await browser.waitForTarget((t) => t.url().endsWith('/welcome.html'), { timeout: 20_000 }).catch(() => null);
    await (await welcome?.page())?.close();
  }

  const requests: string[] = [];
  const pageErrors: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (request) => requests.push(request.url()));
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${String((error as Error).message ?? error)}`));
    return page;
  };
  const page = watch((await browser.pages())[0] ?? (await browser.newPage()));
  // ?tbyp-test-ui: the practice build opens our UI's shadow roots for tests (src/content/ui-host.ts).
  await page.goto(`${server.url}?tbyp-test-ui`);
  await page.bringToFront();
  await practiceReady(page);

  return {
    browser,
    page,
    server,
    requests,
    pageErrors,
    outsideRequests: () => [...requests.filter((u) => !isAllowedUrl(u)), ...proxy.seen],
    newPage: async () => watch(await browser.newPage()),
    async close() {
      await browser.close().catch(() => undefined);
      await server.close();
      await new Promise((resolve) => proxy.server.close(resolve));
    },
  };
}

// ------------------------------------------------------------------ the extension's pages

/** One of the extension's own pages ("options.html", "popup.html") in a new tab. */
export async function openExtensionPage(h: FirefoxHarness, path: string): Promise<Page> {
  const page = await h.newPage();
  const url = `${FIREFOX_EXTENSION_ORIGIN}/${path}`;
  // The page loads in the extension's process, and Puppeteer never hears that navigation end (its
  // goto times out): wait for the document instead.
  page.goto(url).catch(() => undefined);
  // Poll by hand: while the tab swaps from about:blank to the extension's process, Firefox can answer an
  // evaluation with a protocol error (its realm is gone), which would end a waitForFunction outright.
  const deadline = Date.now() + 15_000;
  for (;;) {
    const loaded = await page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false);
    if (loaded) return page;
    if (Date.now() > deadline) throw new Error(`${url} did not load within 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type ExtensionWorld = { browser: { storage: { local: { clear(): Promise<void> } } } };

/** Empty the extension's storage.local, from one of its pages (they share it with the background page). */
export const clearLocal = (extensionPage: Page) => extensionPage.evaluate(() => (globalThis as unknown as ExtensionWorld).browser.storage.local.clear());

// ------------------------------------------------------------------ the practice page

const practiceReady = (page: Page) => page.waitForFunction(() => (window as unknown as PracticeWindow).__practice?.ready === true);

/** A fresh practice page, in front (every test starts from empty composers and no open nudge). */
export async function reload(page: Page): Promise<void> {
  await page.bringToFront();
  await page.reload();
  await practiceReady(page);
}

export const posted = (page: Page) => page.evaluate(() => (window as unknown as PracticeWindow).__posted.slice() as PostedEntry[]);

/** Wait for a post, then leave time for a double post to show up. */
export async function settledPosts(page: Page, timeout = 5_000): Promise<PostedEntry[]> {
  await page.waitForFunction(() => (window as unknown as PracticeWindow).__posted.length > 0, { timeout });
  await sleep(200);
  return posted(page);
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Poll for `selector` (Puppeteer's own waitForSelector only looks again on changes to the document's light
 * DOM, so it misses changes inside our shadow root, such as the nudge going from "checking" to "findings").
 */
export async function find(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await page.$(selector);
    if (found) return found;
    if (Date.now() > end) throw new Error(`Not found after ${timeout} ms: ${selector}`);
    await sleep(50);
  }
}

/** Wait until nothing matches `selector`. */
export async function isGone(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (await page.$(selector)) {
    if (Date.now() > end) throw new Error(`Still there after ${timeout} ms: ${selector}`);
    await sleep(50);
  }
}

/** Wait for the nudge to show its findings; on timeout, say what the page shows instead. */
export async function findingsShown(page: Page, timeout = 10_000): Promise<void> {
  try {
    await find(page, FINDINGS, timeout);
  } catch {
    const seen = await page.evaluate(() => ({
      posted: (window as unknown as PracticeWindow).__posted,
      nudge: document.querySelector('[data-tbyp-root="nudge"]')?.shadowRoot?.querySelector('[role="dialog"]')?.getAttribute('data-state') ?? 'none',
    }));
    throw new Error(`No nudge with findings after ${timeout} ms. The page shows: ${JSON.stringify(seen)}`);
  }
}

export async function typeInto(page: Page, c: Composer, text: string): Promise<ElementHandle<Element>> {
  const editor = await find(page, editorOf(c));
  await editor.click();
  // Firefox gives focus a moment after the click: keys typed before then are lost.
  await page.waitForFunction((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !!active && (active === el || el.contains(active));
  }, {}, editor);
  // Draft.js (the practice page's X) in Firefox leaves the caret in front of the first character typed
  // into an empty editor, with or without the extension, and arrow keys don't move it. Typing over a
  // first character works: type one, select it, then type the text.
  await page.keyboard.type(text.slice(0, 1));
  await pressKey(page, 'Control+A');
  await page.keyboard.type(text);
  return editor;
}

/** A Playwright key name ("Control+Enter") pressed with Puppeteer's keyboard. */
export async function pressKey(page: Page, key: string): Promise<void> {
  const parts = key.split('+') as Parameters<Page['keyboard']['press']>[0][];
  const last = parts.pop()!;
  // Puppeteer sends "Enter" as WebDriver's numpad Enter (code "NumpadEnter"); a keyboard's main Enter key
  // is WebDriver's Return (code "Enter"), which is what sites such as bsky.app check for.
  const main = (last === 'Enter' ? '\uE006' : last) as typeof last;
  for (const modifier of parts) await page.keyboard.down(modifier);
  await page.keyboard.press(main);
  for (const modifier of parts.reverse()) await page.keyboard.up(modifier);
}

/** Text left in a composer, tidied the way the practice page records posts. */
export async function leftIn(editor: ElementHandle<Element>): Promise<string> {
  const raw = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ').trim();
}

/** Whether keyboard focus is in `editor` (following open shadow roots). */
export function focusIsIn(editor: ElementHandle<Element>): Promise<boolean> {
  return editor.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !!active && (active === el || el.contains(active));
  });
}

/** Type `text` in the practice page's generic composer (fresh page) and press its Send. */
export async function postFromPractice(page: Page, text: string): Promise<void> {
  const generic = PRACTICE_COMPOSERS.find((c) => c.id === 'generic')!;
  await reload(page);
  await typeInto(page, generic, text);
  await (await find(page, sendOf(generic))).click();
}

/**
 * Post `text` from the practice page's generic composer: the rule ids the nudge shows (sorted, after
 * which the nudge is closed with "Edit post"), or null when the post went straight out.
 */
export async function warningsOn(page: Page, text: string): Promise<string[] | null> {
  await postFromPractice(page, text);
  const outcome = await page.waitForFunction(() => {
    if ((window as unknown as PracticeWindow).__posted.length > 0) return 'posted';
    const host = document.querySelector('[data-tbyp-root="nudge"]');
    return host?.shadowRoot?.querySelector('[role="dialog"][data-state="findings"]') ? 'nudge' : false;
  });
  if ((await outcome.jsonValue()) === 'posted') return null;
  const ids = await page.$$eval(`${NUDGE} >>> *[data-rule-id]`, (els) => els.map((el) => el.getAttribute('data-rule-id')!));
  await (await find(page, nudgeButton('Edit post'))).click();
  return ids.sort();
}
