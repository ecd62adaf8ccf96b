// Real-browser figures in Firefox ESR (the Firefox browser tests' harness): Post click to nudge, and the
// content script's cost at page load.
//
// Firefox offers no per-script CPU trace over WebDriver BiDi, so the load cost is the wall-clock time of
// evaluating the content script, timed inside it (a copy of the build with the script wrapped in two
// performance.now() calls). At load the script only adds its listeners, so that is all of its work; on
// a busy machine, wall-clock time also counts waits for a core.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_DIR } from '../test/browser/build';
import { CLEAN, RISKY, find, practiceComposer, reload, sendOf, sleep, startFirefoxHarness, typeInto } from '../test/browser/firefox/harness';
import { AFTER_TYPING_MS, installBenchProbe } from './browser';
import { clickToNudgeSeries, pressFor, summarise, type Summary } from './stats';

export interface FirefoxResults {
  /** Wall-clock time of evaluating the content script as each practice page loads. */
  loadWall: Summary;
  clickToNudge: { warm: Summary; notYetChecked: Summary; cold: Summary };
  /** Post click to the site's own handler, clean draft checked while typing. */
  passThrough: Summary;
}

const X = practiceComposer('x');
/** Firefox rounds performance.now() and event times to 1 ms by default: too coarse for a 5 ms budget. */
const PREFS = { 'privacy.reduceTimerPrecision': false };
const CONTENT_SCRIPT = 'content-scripts/content.js';

/** A copy of the Firefox build whose content script leaves its evaluation time on the page's window. */
export function timedBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tbyp-bench-firefox-'));
  cpSync(FIREFOX_EXTENSION_DIR, dir, { recursive: true });
  const script = readFileSync(join(dir, CONTENT_SCRIPT), 'utf8');
  writeFileSync(
    join(dir, CONTENT_SCRIPT),
    `var __tbypStart=performance.now();\n${script}\n;window.wrappedJSObject.__tbypLoadMs=performance.now()-__tbypStart;\n`,
  );
  return dir;
}

const benchState = (page: Page) => page.evaluate(() => (window as unknown as { __bench: { up: number; nudge: number; posted: number } }).__bench);

/** Type a draft into the X composer, optionally wait for the typing check, click Post; ms to the outcome. */
async function postOnce(page: Page, text: string, outcome: 'nudge' | 'posted', waitForTypingCheck: boolean): Promise<number> {
  await reload(page);
  await page.evaluate(installBenchProbe);
  await typeInto(page, X, text);
  if (waitForTypingCheck) await sleep(AFTER_TYPING_MS);
  await (await find(page, sendOf(X))).click({ delay: pressFor(outcome, waitForTypingCheck) });
  await page.waitForFunction((o) => (window as unknown as { __bench: Record<string, number> }).__bench[o]! > 0, { timeout: 10_000 }, outcome);
  const s = await benchState(page);
  return (outcome === 'nudge' ? s.nudge : s.posted) - s.up;
}

/** The content script's evaluation time on `loads` reloads of the practice page (a timedBuild() loaded). */
export async function firefoxLoadWalls(page: Page, loads: number): Promise<number[]> {
  const walls: number[] = [];
  for (let i = 0; i < loads; i++) {
    await reload(page);
    await sleep(300);
    walls.push(await page.evaluate(() => (window as unknown as { __tbypLoadMs: number }).__tbypLoadMs));
  }
  return walls;
}

/** Firefox's counterpart of clickToNudgeRuns in bench/browser.ts (for bench/click.ts). */
export const firefoxClickToNudgeRuns = (page: Page, runs: number) => clickToNudgeSeries((...post) => postOnce(page, ...post), RISKY, runs);

/** 25 runs as in Chromium: with 15, the p95 of summarise() is the single worst run. */
export async function benchFirefox(runs = 25, coldRuns = 5): Promise<FirefoxResults> {
  const extensionDir = timedBuild();
  try {
    const h = await startFirefoxHarness({ extensionDir, prefs: PREFS });
    const loads: number[] = [];
    const warm: number[] = [];
    const notYetChecked: number[] = [];
    const pass: number[] = [];
    try {
      await sleep(3_000); // the background page compiles the packs as it starts
      loads.push(...(await firefoxLoadWalls(h.page, 15)));
      await postOnce(h.page, RISKY, 'nudge', true); // wake the engine
      for (let i = 0; i < runs; i++) {
        warm.push(await postOnce(h.page, RISKY, 'nudge', true));
        notYetChecked.push(await postOnce(h.page, RISKY, 'nudge', false));
        pass.push(await postOnce(h.page, CLEAN, 'posted', true));
      }
    } finally {
      await h.close();
    }

    // Cold: a new browser each time, Post clicked straight after typing.
    const cold: number[] = [];
    for (let i = 0; i < coldRuns; i++) {
      const fresh = await startFirefoxHarness({ extensionDir, prefs: PREFS });
      try {
        await fresh.page.evaluate(installBenchProbe);
        await typeInto(fresh.page, X, RISKY);
        await (await find(fresh.page, sendOf(X))).click();
        await fresh.page.waitForFunction(() => (window as unknown as { __bench: { nudge: number } }).__bench.nudge > 0, { timeout: 15_000 });
        const s = await benchState(fresh.page);
        cold.push(s.nudge - s.up);
      } finally {
        await fresh.close();
      }
    }

    return {
      loadWall: summarise(loads),
      clickToNudge: { warm: summarise(warm), notYetChecked: summarise(notYetChecked), cold: summarise(cold) },
      passThrough: summarise(pass),
    };
  } finally {
    rmSync(extensionDir, { recursive: true, force: true });
  }
}
