// Real-browser figures: Chromium with the built extension on the practice page (the browser tests' harness).
import type { CDPSession, Page } from 'playwright-core';
import { CLEAN, RISKY, composer, startHarness, type Harness } from '../test/browser/harness';
import { startFeedServer } from './feed-page';
import { clickToNudgeSeries, pressFor, summarise, type Summary } from './stats';

const X = composer('x');
/** Longer than the typing debounce plus a check, so the draft has been checked before Post. */
export const AFTER_TYPING_MS = 900;

export interface BrowserResults {
  /** Main-thread time of the extension's scripts while the practice page loads. */
  loadCost: Cost;
  /** The same on the feed page (bench/feed-page.ts): hundreds of posts, many events at load. */
  feedLoadCost: Cost;
  /** The same when a compose box is first focused: the guard is set up and the UI module loads. */
  firstFocusCost: Cost;
  clickToNudge: { warm: Summary; notYetChecked: Summary; cold: Summary };
  /** Post click to the site's own handler, clean draft: with the extension vs without it. */
  passThrough: { withExtension: Summary; withoutExtension: Summary; notYetChecked: Summary; addedMs: number };
  /** JS heap (whole page, after GC) with the extension minus without. */
  heapAddedBytes: number;
}

/**
 * Times from the mouseup of a Post click to the nudge being on screen, or to the site's post handler.
 * Runs in the page (any driver: Playwright here, Puppeteer in bench/firefox.ts).
 */
export function installBenchProbe(): void {
  const w = window as unknown as { __bench: { up: number; nudge: number; posted: number }; __posted: unknown[] };
  w.__bench = { up: 0, nudge: 0, posted: 0 };
  window.addEventListener('mouseup', (e) => (w.__bench.up = e.timeStamp), true);
  const push = w.__posted.push.bind(w.__posted);
  w.__posted.push = (...items: unknown[]) => {
    w.__bench.posted = performance.now();
    return push(...items);
  };
  // Attributes too: a nudge drawn out of sight at the press is marked as ours only when it is shown.
  new MutationObserver(() => {
    if (w.__bench.nudge) return;
    const host = document.querySelector('[data-tbyp-root="nudge"]');
    if (host?.shadowRoot?.querySelector('[role="dialog"]')) {
      requestAnimationFrame(() => (w.__bench.nudge = performance.now()));
    }
  }).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-tbyp-root'] });
}

const instrument = (page: Page) => page.evaluate(installBenchProbe);

const practiceReady = (page: Page) => page.waitForFunction(() => (window as unknown as { __practice?: { ready?: boolean } }).__practice?.ready === true);

const benchState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { up: number; nudge: number; posted: number } }).__bench);

async function fresh(page: Page): Promise<void> {
  await page.reload();
  await practiceReady(page);
  await instrument(page);
}

/** Type a draft into the X composer, optionally wait for the typing check, click Post; ms to the outcome. */
async function postOnce(page: Page, text: string, outcome: 'nudge' | 'posted', waitForTypingCheck: boolean): Promise<number> {
  await fresh(page);
  await page.locator(X.editor).click();
  await page.keyboard.insertText(text);
  if (waitForTypingCheck) await page.waitForTimeout(AFTER_TYPING_MS);
  await X.submit(page).click({ delay: pressFor(outcome, waitForTypingCheck) });
  await page.waitForFunction((o) => (window as unknown as { __bench: Record<string, number> }).__bench[o] > 0, outcome, { timeout: 10_000 });
  const s = await benchState(page);
  return (outcome === 'nudge' ? s.nudge : s.posted) - s.up;
}

/**
 * `thread`: CPU time of the main thread in our code. `wall`: the same stretches in wall-clock time, which
 * also counts any time the thread was waiting for a core (on a busy 2-core machine, often most of it).
 */
export interface Cost {
  thread: Summary;
  wall: Summary;
}

/**
 * One traced stretch. `thread` (CPU) and `wall` are the totals; `evaluate` is the CPU time of evaluating
 * our scripts (compiling them, and running their top level: the listeners being added), `listeners` the
 * CPU time of our code run by events (our listeners, and timers or promises of ours).
 */
export type Sample = { thread: number; wall: number; evaluate: number; listeners: number };
const costOf = (samples: Sample[]): Cost => ({ thread: summarise(samples.map((s) => s.thread)), wall: summarise(samples.map((s) => s.wall)) });

type TraceEvent = { name: string; dur?: number; tdur?: number; args?: { data?: { url?: string }; worldName?: string } };

/**
 * The extension's scripts' main-thread time while `action` runs on `page`, from a Chrome trace.
 * `modules` also traces V8's module events (the UI module; not needed at page load, when none loads).
 *
 * What is counted: every top-level task of ours on the page's main thread, by the trace's own attribution
 * to a chrome-extension:// script: `EvaluateScript` (compiling and running a content script: at page load,
 * adding our listeners), `FunctionCall` (our code run by an event, a timer or a promise: at page load, our
 * listeners hearing the page's own start-up events, however many the page fires), and compiling and
 * evaluating our ES modules. Each is CPU time (the trace's thread duration), so time the thread spent
 * waiting for a core while other processes ran is not ours.
 *
 * What is not counted, because no content script can avoid it and none of our code runs in it: Chromium
 * creating the isolated world the content script runs in (`ScriptInjection::InjectJs` around
 * `LocalWindowProxy::Initialize`, about as long again as our script on this machine), and reading the script
 * from the extension's package. The page's own work is never counted.
 *
 * A limit: Chromium traces a `FunctionCall` only for a call from the browser itself (a person's event, a
 * timer). Our listener run inside the page's own dispatchEvent() or click() is inside the page's task, and
 * the trace gives its time to the page: on the feed page, which fires over a thousand such events at load,
 * that time is not in our figure. start-guard.ts lets those events through on its first line.
 */
async function traceExtension(h: Harness, page: Page, action: () => Promise<void>, modules = false): Promise<Sample> {
  const cdp: CDPSession = await h.context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: modules ? 'devtools.timeline,v8.execute' : 'devtools.timeline', transferMode: 'ReportEvents' });
  await action();
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  // Module evaluation has no URL: it is the one in a named (extension) world. These trace events are
  // top-level tasks, not nested in one another at page load, so their sum counts nothing twice.
  const ours = events.filter(
    (e) =>
      e.dur &&
      (((e.name === 'EvaluateScript' || e.name === 'FunctionCall' || e.name === 'v8.compileModule') &&
        e.args?.data?.url?.startsWith('chrome-extension://')) ||
        (e.name === 'v8.evaluateModule' && !!e.args?.worldName)),
  );
  const cpu = (e: TraceEvent) => (e.tdur ?? e.dur ?? 0) / 1000;
  const sum = (xs: TraceEvent[], time: (e: TraceEvent) => number) => xs.reduce((total, e) => total + time(e), 0);
  return {
    thread: sum(ours, cpu),
    wall: sum(ours, (e) => (e.dur ?? 0) / 1000),
    evaluate: sum(ours.filter((e) => e.name === 'EvaluateScript'), cpu),
    listeners: sum(ours.filter((e) => e.name === 'FunctionCall'), cpu),
  };
}

/** Our cost while a fresh tab loads `url` until `ready` holds in the page, and 300 ms after. */
async function pageLoadCost(h: Harness, url: string, ready: (page: Page) => Promise<unknown>): Promise<Sample> {
  const page = await h.context.newPage();
  const cost = await traceExtension(h, page, async () => {
    await page.goto(url);
    await ready(page);
    await page.waitForTimeout(300);
  });
  await page.close();
  return cost;
}

/** The practice page: its composers (React, Lexical, Draft.js) start up, none focused. */
export const extensionLoadCost = (h: Harness): Promise<Sample> => pageLoadCost(h, h.server.url, practiceReady);

/** The feed page (bench/feed-page.ts): hundreds of posts, over a thousand of the page's own events at load. */
export const feedLoadCost = (h: Harness, url: string): Promise<Sample> =>
  pageLoadCost(h, url, (page) => page.waitForFunction(() => (window as unknown as { __feed?: { ready?: boolean } }).__feed?.ready === true));

async function firstFocusCost(h: Harness): Promise<Sample> {
  const page = await h.context.newPage();
  await page.goto(h.server.url);
  await practiceReady(page);
  await page.waitForTimeout(300);
  const cost = await traceExtension(h, page, async () => {
    await page.locator(X.editor).click();
    await page.waitForTimeout(500);
  }, true);
  await page.close();
  return cost;
}

async function heapUsed(page: Page, h: Harness): Promise<number> {
  await page.goto(h.server.url);
  await practiceReady(page);
  await page.waitForTimeout(500);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** Post click to nudge on this page, checked while typing and not (bench/click.ts). */
export const clickToNudgeRuns = (page: Page, runs: number) => clickToNudgeSeries((...post) => postOnce(page, ...post), RISKY, runs);

/** Time for the extension's service worker to finish starting (it compiles the rules packs then). */
const SETTLE_MS = 3_000;

export async function benchBrowser(runs = 25, coldRuns = 5): Promise<BrowserResults> {
  const withExt = await startHarness();
  let withoutExt: Harness | undefined;
  try {
    // Page loads with the browser otherwise idle, as in use: not while the service worker starts up or
    // a second browser launches, which on 2 cores would be measured as ours. 25 loads of each page: with
    // 15, calm runs of one build differed by up to 25%.
    await withExt.page.waitForTimeout(SETTLE_MS);
    // The practice page and the feed page take turns, so a busy spell on the machine falls on both.
    const loadCosts: Sample[] = [];
    const feedCosts: Sample[] = [];
    const feed = await startFeedServer();
    try {
      for (let i = 0; i < 25; i++) {
        loadCosts.push(await extensionLoadCost(withExt));
        feedCosts.push(await feedLoadCost(withExt, feed.url));
      }
    } finally {
      await feed.close();
    }
    const focusCosts: Sample[] = [];
    for (let i = 0; i < 7; i++) focusCosts.push(await firstFocusCost(withExt));
    withoutExt = await startHarness({ extension: false });

    const warm: number[] = [];
    const notYetChecked: number[] = [];
    const passWith: number[] = [];
    const passNotYet: number[] = [];
    const passWithout: number[] = [];
    await postOnce(withExt.page, RISKY, 'nudge', true); // wake the engine
    for (let i = 0; i < runs; i++) {
      warm.push(await postOnce(withExt.page, RISKY, 'nudge', true));
      notYetChecked.push(await postOnce(withExt.page, RISKY, 'nudge', false));
      passWith.push(await postOnce(withExt.page, CLEAN, 'posted', true));
      passNotYet.push(await postOnce(withExt.page, CLEAN, 'posted', false));
      passWithout.push(await postOnce(withoutExt.page, CLEAN, 'posted', true));
    }

    const heapAddedBytes = (await heapUsed(withExt.page, withExt)) - (await heapUsed(withoutExt.page, withoutExt));

    // Cold: a new browser each time, Post clicked straight after typing (the engine has just been woken).
    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const h = await startHarness();
      try {
        await instrument(h.page);
        await h.page.locator(X.editor).click();
        await h.page.keyboard.insertText(RISKY);
        await X.submit(h.page).click();
        await h.page.waitForFunction(() => (window as unknown as { __bench: { nudge: number } }).__bench.nudge > 0, null, { timeout: 15_000 });
        const s = await benchState(h.page);
        cold.push(s.nudge - s.up);
      } finally {
        await h.close();
      }
    }

    const withSummary = summarise(passWith);
    const withoutSummary = summarise(passWithout);
    return {
      loadCost: costOf(loadCosts),
      feedLoadCost: costOf(feedCosts),
      firstFocusCost: costOf(focusCosts),
      clickToNudge: { warm: summarise(warm), notYetChecked: summarise(notYetChecked), cold: summarise(cold) },
      passThrough: {
        withExtension: withSummary,
        withoutExtension: withoutSummary,
        notYetChecked: summarise(passNotYet),
        addedMs: withSummary.median - withoutSummary.median,
      },
      heapAddedBytes,
    };
  } finally {
    await withExt.close();
    await withoutExt?.close();
  }
}
