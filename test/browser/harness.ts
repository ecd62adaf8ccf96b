// Real Chromium with the built extension (TBYP_PRACTICE=1) loaded, on the practice page.
// Every request is recorded: nothing may go anywhere but 127.0.0.1/localhost, the extension or data:.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from 'playwright-core';
import { startPracticeServer, type PracticeServer } from '../../practice/serve.mjs';
import { launchChromiumProfile } from '../chromium';
import { EXTENSION_DIR } from './build';
import { PRACTICE_COMPOSERS, isAllowedUrl, type Composer, type PostedEntry, type PracticeWindow, type SendButton } from './practice-cases';

export { CLEAN, RISKY, isAllowedUrl, type PostedEntry } from './practice-cases';

export interface ComposerCase extends Composer {
  /** The send button (Playwright CSS pierces open shadow roots). */
  submit(page: Page): Locator;
}

/** The practice page's language, from its address (?lang=cy). */
export const pageLang = (page: Page): 'en' | 'cy' => (new URL(page.url()).searchParams.get('lang') === 'cy' ? 'cy' : 'en');

const locate = (page: Page, send: SendButton): Locator =>
  'css' in send
    ? page.locator(send.css)
    : page.locator(send.within).getByRole('button', { name: pageLang(page) === 'cy' ? send.cy : send.name, exact: true });

export const COMPOSERS: ComposerCase[] = PRACTICE_COMPOSERS.map((c) => ({ ...c, submit: (page: Page) => locate(page, c.send) }));

export const composer = (id: string): ComposerCase => {
  const found = COMPOSERS.find((c) => c.id === id);
  if (!found) throw new Error(`no composer ${id}`);
  return found;
};

export interface Harness {
  context: BrowserContext;
  page: Page;
  server: PracticeServer;
  extensionId: string;
  serviceWorker: Worker;
  /** The first-run page the extension opened on install (closed unless `keepWelcome`). */
  welcomeUrl: string;
  /** Every request URL seen by the browser context. */
  requests: string[];
  pageErrors: string[];
  /** Requests that went anywhere but the practice server, the extension or data:. */
  outsideRequests(): string[];
  close(): Promise<void>;
}

/**
 * The practice page's address. With `testUi` (the default) the practice build opens our UI's shadow roots
 * and marks the hosts data-tbyp-root="<kind>" (src/content/ui-host.ts), so tests can find it; without
 * it, the page gets closed roots on anonymous hosts, as a release gives every page.
 */
const practiceUrl = (server: PracticeServer, testUi: boolean) => (testUi ? `${server.url}?tbyp-test-ui` : server.url);

export async function startHarness(
  options: {
    viewport?: { width: number; height: number };
    /** false: the same browser without the extension (baselines). */
    extension?: boolean;
    /** Leave the first-run page open (other tests close it, so it can't take the foreground). */
    keepWelcome?: boolean;
    /** Browser arguments, e.g. --lang=cy. */
    args?: string[];
    /** false: our UI as a release shows it to pages (closed, unmarked); tests can't reach into it. */
    testUi?: boolean;
    /** Another build of the extension (the bench compares two builds in one run). */
    extensionDir?: string;
  } = {},
): Promise<Harness> {
  const withExtension = options.extension !== false;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`No extension build in ${extensionDir}`);
  const server = await startPracticeServer(0);
  const profile = mkdtempSync(join(tmpdir(), 'tbyp-browser-'));
  const context = await launchChromiumProfile(profile, {
    ...(options.viewport ? { viewport: options.viewport } : {}),
    args: [...(withExtension ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []), ...(options.args ?? [])],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const serviceWorker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 })))
    : (undefined as unknown as Worker);
  const extensionId = withExtension ? new URL(serviceWorker.url()).host : '';
  const welcome = withExtension ? await firstRunPage(context) : undefined;
  const welcomeUrl = welcome?.url() ?? '';
  if (welcome && !options.keepWelcome) await welcome.close();

  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(practiceUrl(server, options.testUi !== false));
  await page.waitForFunction(() => (window as unknown as PracticeWindow).__practice?.ready === true);

  return {
    context,
    page,
    server,
    extensionId,
    serviceWorker,
    welcomeUrl,
    requests,
    pageErrors,
    outsideRequests: () => requests.filter((u) => !isAllowedUrl(u)),
    async close() {
      await context.close().catch(() => undefined);
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

// ------------------------------------------------------------------ extension helpers

/** The tab the extension opens on install (runtime.onInstalled), once it has its address. */
async function firstRunPage(context: BrowserContext): Promise<Page> {
  const find = () => context.pages().find((p) => p.url().endsWith('/welcome.html'));
  for (let waited = 0; waited < 20_000 && !find(); waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
  const page = find();
  if (!page) throw new Error('The first-run page (welcome.html) did not open on install');
  return page;
}

type StorageWorld = { chrome: { storage: { local: { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void>; clear(): Promise<void> } } } };

/** chrome.storage.local of the extension, read in its service worker. */
export const storedLocal = (h: Harness) => h.serviceWorker.evaluate(() => (globalThis as unknown as StorageWorld).chrome.storage.local.get(null));
/** Back to a fresh install's storage. */
export const clearLocal = (h: Harness) => h.serviceWorker.evaluate(() => (globalThis as unknown as StorageWorld).chrome.storage.local.clear());

/** The extension's language choice, as the options page stores it ('browser', 'en' or 'cy'). */
export const setLanguage = (h: Harness, language: string) =>
  h.serviceWorker.evaluate((l) => (globalThis as unknown as StorageWorld).chrome.storage.local.set({ language: l }), language);

/** One of the extension's own pages ("options.html", "popup.html") in a new tab. */
export async function openExtensionPage(h: Harness, path: string): Promise<Page> {
  const page = await h.context.newPage();
  page.on('pageerror', (error) => h.pageErrors.push(`${path}: ${error.message}`));
  await page.goto(`chrome-extension://${h.extensionId}/${path}`);
  return page;
}

// ------------------------------------------------------------------ page helpers

/** A fresh practice page (every test starts from empty composers and no open nudge). */
export async function reload(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => (window as unknown as PracticeWindow).__practice?.ready === true);
}

export const posted = (page: Page) => page.evaluate(() => (window as unknown as PracticeWindow).__posted.slice() as PostedEntry[]);
export const clearPosted = (page: Page) => page.evaluate(() => (window as unknown as PracticeWindow).__practice.clear());
export const rerender = (page: Page, site: string) => page.evaluate((s) => (window as unknown as PracticeWindow).__practice.rerender(s), site);

/** The nudge dialog, inside the extension's (open) shadow root. */
export const dialog = (page: Page) => page.locator('[data-tbyp-root="nudge"] [role="dialog"]');
export const badge = (page: Page) => page.locator('[data-tbyp-root="badge"] .tbyp-badge');

export async function typeInto(page: Page, c: ComposerCase, text: string): Promise<Locator> {
  const editor = page.locator(c.editor);
  await editor.click();
  await page.keyboard.type(text);
  return editor;
}

/** Text left in a composer, tidied the way the practice page records posts. */
export async function leftIn(editor: Locator): Promise<string> {
  const raw = await editor.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText));
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ').trim();
}

/** Whether keyboard focus is in `editor` (following open shadow roots). */
export function focusIsIn(editor: Locator): Promise<boolean> {
  return editor.evaluate((el) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return !!active && (active === el || el.contains(active));
  });
}

/** Wait for a post, then leave time for a double post to show up. */
export async function settledPosts(page: Page, timeout = 5_000): Promise<PostedEntry[]> {
  await page.waitForFunction(() => (window as unknown as PracticeWindow).__posted.length > 0, null, { timeout });
  await page.waitForTimeout(200);
  return posted(page);
}

/** Empty a composer (select all + delete), for the next case. */
export async function emptyComposer(page: Page, c: ComposerCase): Promise<void> {
  const editor = page.locator(c.editor);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
}

/** The nudge, once it shows its findings (not the "checking" state). */
export const findingsDialog = (page: Page) => page.locator('[data-tbyp-root="nudge"] [role="dialog"][data-state="findings"]');

/** Type `text` in the practice page's generic composer (fresh page, tab in front) and press its Send. */
export async function postFromPractice(h: Harness, text: string): Promise<void> {
  const { page } = h;
  const c = composer('generic');
  await page.bringToFront(); // a tab behind another has its timers slowed down
  await reload(page);
  await typeInto(page, c, text);
  await c.submit(page).click();
}

/** Post `text` from the practice page and wait for the nudge with its findings. */
export async function openNudge(h: Harness, text: string): Promise<Locator> {
  await postFromPractice(h, text);
  await findingsDialog(h.page).waitFor();
  return dialog(h.page);
}

/**
 * Post `text` from the practice page's generic composer: the rule ids the nudge shows (sorted, after
 * which the nudge is closed with "Edit post"), or null when the post went straight out.
 */
export async function warningsOn(h: Harness, text: string): Promise<string[] | null> {
  const { page } = h;
  await postFromPractice(h, text);
  const outcome = await page.waitForFunction(() => {
    if ((window as unknown as PracticeWindow).__posted.length > 0) return 'posted';
    const host = document.querySelector('[data-tbyp-root="nudge"]');
    return host?.shadowRoot?.querySelector('[role="dialog"][data-state="findings"]') ? 'nudge' : false;
  });
  if ((await outcome.jsonValue()) === 'posted') return null;
  const ids = await dialog(page).locator('[data-rule-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-rule-id')!));
  await dialog(page).getByRole('button', { name: 'Edit post' }).click();
  return ids.sort();
}
