// The content script's page-load cost alone, in Chromium (CPU, from a trace) and Firefox (wall clock):
// the first lines of `npm run bench`, for comparing a change before and after on the same machine.
// Usage: npx tsx bench/load.ts [loads] (builds as for the browser tests first: .output/chrome-mv3, firefox-mv2).
import { rmSync } from 'node:fs';
import { startHarness } from '../test/browser/harness';
import { sleep, startFirefoxHarness } from '../test/browser/firefox/harness';
import { extensionLoadCost, feedLoadCost, type Sample } from './browser';
import { startFeedServer } from './feed-page';
import { firefoxLoadWalls, timedBuild } from './firefox';
import { summarise } from './stats';

const loads = Number(process.argv[2] ?? 15);
const fmt = (xs: number[]) => {
  const s = summarise(xs);
  return `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (n=${xs.length})`;
};

const chromium = await startHarness();
try {
  await chromium.page.waitForTimeout(3_000);
  const feed = await startFeedServer();
  const practice: Sample[] = [];
  const feedPage: Sample[] = [];
  for (let i = 0; i < loads; i++) {
    practice.push(await extensionLoadCost(chromium));
    feedPage.push(await feedLoadCost(chromium, feed.url));
  }
  await feed.close();
  for (const [name, samples] of [['practice page', practice], ['feed page', feedPage]] as const) {
    console.log(`Chromium page-load CPU, ${name}: ${fmt(samples.map((s) => s.thread))}; wall ${fmt(samples.map((s) => s.wall))}`);
    console.log(`  of which evaluating the script ${fmt(samples.map((s) => s.evaluate))}; our listeners ${fmt(samples.map((s) => s.listeners))}`);
  }
} finally {
  await chromium.close();
}

const dir = timedBuild();
try {
  const firefox = await startFirefoxHarness({ extensionDir: dir, prefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    await sleep(3_000);
    console.log(`Firefox page-load wall: ${fmt(await firefoxLoadWalls(firefox.page, loads))}`);
  } finally {
    await firefox.close();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
