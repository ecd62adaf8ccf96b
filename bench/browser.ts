// Real-browser figures: Chromium with the built extension on the practice page (the browser tests' harness).
import type { CDPSession, Page } from 'playwright-core';
import { composer, startHarness, type Harness } from '../test/browser/harness';
import { summarise, type Summary } from './stats';

const RISKY = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';
const CLEAN = 'Lovely sunny walk to work this morning';
const X = composer('x');
/** Longer than the typing debounce plus a check, so the draft has been checked before Post. */
const AFTER_TYPING_MS = 900;

export interface BrowserResults {
  /** Main-thread time of the extension's scripts while the practice page loads. */
  loadCost: Summary;
  clickToNudge: { warm: Summary; notYetChecked: Summary; cold: Summary };
  /** Post click to the site's own handler, clean draft: with the extension vs without it. */
  passThrough: { withExtension: Summary; withoutExtension: Summary; notYetChecked: Summary; addedMs: number };
  /** JS heap (whole page, after GC) with the extension minus without. */
  heapAddedBytes: number;
}

/** Times from the mouseup of a Post click to the nudge being on screen, or to the site's post handler. */
async function instrument(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __bench: { up: number; nudge: number; posted: number }; __posted: unknown[] };
    w.__bench = { up: 0, nudge: 0, posted: 0 };
    window.addEventListener('mouseup', (e) => (w.__bench.up = e.timeStamp), true);
    const push = w.__posted.push.bind(w.__posted);
    w.__posted.push = (...items: unknown[]) => {
      w.__bench.posted = performance.now();
      return push(...items);
    };
    new MutationObserver(() => {
      if (w.__bench.nudge) return;
      const host = document.querySelector('[data-tbyp-root="nudge"]');
      if (host?.shadowRoot?.querySelector('[role="dialog"]')) {
        requestAnimationFrame(() => (w.__bench.nudge = performance.now()));
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  });
}

const benchState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { up: number; nudge: number; posted: number } }).__bench);

async function fresh(page: Page): Promise<void> {
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __practice?: { ready?: boolean } }).__practice?.ready === true);
  await instrument(page);
}

/** Type a draft into the X composer, optionally wait for the typing check, click Post; ms to the outcome. */
async function postOnce(page: Page, text: string, outcome: 'nudge' | 'posted', waitForTypingCheck: boolean): Promise<number> {
  await fresh(page);
  await page.locator(X.editor).click();
  await page.keyboard.insertText(text);
  if (waitForTypingCheck) await page.waitForTimeout(AFTER_TYPING_MS);
  await X.submit(page).click();
  await page.waitForFunction((o) => (window as unknown as { __bench: Record<string, number> }).__bench[o] > 0, outcome, { timeout: 10_000 });
  const s = await benchState(page);
  return (outcome === 'nudge' ? s.nudge : s.posted) - s.up;
}

async function extensionLoadCost(h: Harness): Promise<number> {
  const page = await h.context.newPage();
  const cdp: CDPSession = await h.context.newCDPSession(page);
  type TraceEvent = { name: string; dur?: number; args?: { data?: { url?: string } } };
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await page.goto(h.server.url);
  await page.waitForFunction(() => (window as unknown as { __practice?: { ready?: boolean } }).__practice?.ready === true);
  await page.waitForTimeout(300);
  await cdp.send('Tracing.end');
  await done;
  await page.close();
  // Top-level script work attributed to the extension's files: evaluating them and running their listeners.
  const ours = events.filter(
    (e) => (e.name === 'EvaluateScript' || e.name === 'FunctionCall') && e.args?.data?.url?.startsWith('chrome-extension://') && e.dur,
  );
  return ours.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
}

async function heapUsed(page: Page, h: Harness): Promise<number> {
  await page.goto(h.server.url);
  await page.waitForFunction(() => (window as unknown as { __practice?: { ready?: boolean } }).__practice?.ready === true);
  await page.waitForTimeout(500);
  const cdp = await h.context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

export async function benchBrowser(runs = 25, coldRuns = 5): Promise<BrowserResults> {
  const withExt = await startHarness();
  const withoutExt = await startHarness({ extension: false });
  try {
    const loadCosts: number[] = [];
    for (let i = 0; i < 7; i++) loadCosts.push(await extensionLoadCost(withExt));

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
      loadCost: summarise(loadCosts),
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
    await withoutExt.close();
  }
}
