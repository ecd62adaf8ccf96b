// Only the "Post click to nudge" part of the real-browser bench, for working on that path:
//   npx tsx bench/click.ts [chromium|firefox|both] [runs]      (default: both, 25 runs)
// Uses the practice builds in .output (build them first, e.g. by running a browser test once, or with
// TBYP_CLICK_BUILD=1). Prints median / p95 / worst per browser; the full figures are `npm run bench`'s.
import { buildExtension, buildPractice } from '../test/browser/build';
import { startHarness } from '../test/browser/harness';
import { startFirefoxHarness, sleep } from '../test/browser/firefox/harness';
import { clickToNudgeRuns } from './browser';
import { firefoxClickToNudgeRuns } from './firefox';
import { ms, summarise } from './stats';

const which = process.argv[2] ?? 'both';
const runs = Number(process.argv[3] ?? 25);

if (process.env.TBYP_CLICK_BUILD) {
  buildPractice();
  buildExtension();
  buildExtension('firefox');
}

const line = (name: string, xs: number[]) => {
  const s = summarise(xs);
  console.log(`${name.padEnd(40)} median ${ms(s.median)}  p95 ${ms(s.p95)}  worst ${ms(s.max)}  (${xs.length} runs)`);
};

if (which === 'chromium' || which === 'both') {
  const h = await startHarness();
  try {
    await h.page.waitForTimeout(3_000); // the service worker compiles the packs as it starts
    const r = await clickToNudgeRuns(h.page, runs);
    line('Chromium: checked while typing', r.warm);
    line('Chromium: posted before the typing check', r.notYetChecked);
  } finally {
    await h.close();
  }
}
if (which === 'firefox' || which === 'both') {
  const h = await startFirefoxHarness({ prefs: { 'privacy.reduceTimerPrecision': false } });
  try {
    await sleep(3_000);
    const r = await firefoxClickToNudgeRuns(h.page, runs);
    line('Firefox: checked while typing', r.warm);
    line('Firefox: posted before the typing check', r.notYetChecked);
  } finally {
    await h.close();
  }
}
