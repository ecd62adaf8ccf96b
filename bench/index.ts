// npm run bench: engine, cold start, bundle weight and (with a built extension) real-browser timings in
// Chromium and Firefox ESR.
// Prints a table, writes bench/results.json, and exits 1 when a budget is missed.
import { execSync } from 'node:child_process';
import { cpus } from 'node:os';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildExtension, buildPractice } from '../test/browser/build';
import { benchBrowser } from './browser';
import { benchFirefox } from './firefox';
import { benchCold, buildShippedEngine } from './cold';
import { benchEngine } from './engine';
import { benchRegex } from './regex';
import { ms } from './stats';
import { measureWeight } from './weight';
import { loadRegexSafety } from '../src/packs/regex-safety';

interface Budget {
  name: string;
  value: number;
  limit: number;
  unit: 'ms' | 'KB' | 'x' | 'MB';
}

const root = resolve(import.meta.dirname, '..');
const KB = 1024;

async function main(): Promise<number> {
  await loadRegexSafety();
  const budgets: Budget[] = [];
  const rows: Array<[string, string]> = [];
  const results: Record<string, unknown> = {
    machine: { cpus: cpus().length, model: cpus()[0]?.model, node: process.version, date: new Date().toISOString() },
  };

  console.log('Bundling the engine as the extension ships it ...');
  const shipped = await buildShippedEngine();
  console.log('Engine, warm (every corpus post, 5 rounds) ...');
  const engine = await benchEngine(shipped, 5);
  results.engine = engine;
  rows.push(
    ['engine warm, corpus post: median / p99 / max', `${ms(engine.corpus.median)} / ${ms(engine.corpus.p99)} / ${ms(engine.corpus.max)}`],
    ...(['280', '1000', '5000'] as const).map(
      (n) => [`engine warm, ${n} characters: median / p95`, `${ms(engine.lengths[n].median)} / ${ms(engine.lengths[n].p95)}`] as [string, string],
    ),
    ['obscenity (profanity only), corpus post: median', ms(engine.obscenity.corpus.median)],
    ['our time / obscenity time, same texts', `${engine.ratioToObscenity.toFixed(1)}x`],
    ['heap after 10 / 1,000 checks', `${(engine.heap.after10 / 1e6).toFixed(2)} / ${(engine.heap.after1000 / 1e6).toFixed(2)} MB`],
  );
  budgets.push(
    { name: 'engine warm median', value: engine.corpus.median, limit: 1, unit: 'ms' },
    { name: 'engine warm p99', value: engine.corpus.p99, limit: 5, unit: 'ms' },
    { name: 'engine 5,000 characters (p95)', value: engine.lengths['5000'].p95, limit: 15, unit: 'ms' },
    { name: 'time vs obscenity', value: engine.ratioToObscenity, limit: 10, unit: 'x' },
    { name: 'heap growth over 1,000 checks', value: engine.heap.growth / 1e6, limit: 1, unit: 'MB' },
  );

  console.log('Pack regular expressions and pack loading ...');
  const regex = benchRegex();
  results.regex = regex;
  rows.push(
    [`worst accepted pack regex, 5,000 adversarial characters (${regex.patterns} patterns)`, `${ms(regex.worst.ms)} (${regex.worst.pattern.slice(0, 40)})`],
    ['built-in packs: validate, check patterns, compile (median / max)', `${ms(regex.packLoad.median)} / ${ms(regex.packLoad.max)}`],
  );
  budgets.push({ name: 'worst pack regex on 5,000 characters', value: regex.worst.ms, limit: 100, unit: 'ms' });

  console.log('Engine, cold (fresh processes) ...');
  const cold = await benchCold(shipped, 7);
  results.cold = cold;
  rows.push(
    ['engine cold: load to first result (median / worst)', `${ms(cold.firstResult.median)} / ${ms(cold.firstResult.max)}`],
    ['engine cold: load to result with NLP (median)', ms(cold.complete.median)],
  );
  budgets.push({ name: 'engine cold, load to first result', value: cold.firstResult.max, limit: 300, unit: 'ms' });

  console.log('Building the extension ...');
  execSync('npx wxt build', { cwd: root, stdio: 'ignore', env: { ...process.env, TBYP_PRACTICE: '' } });
  const weight = measureWeight(resolve(root, '.output/chrome-mv3'));
  results.weight = weight;
  rows.push(['injected into every page: raw / gzip', `${(weight.injected.raw / KB).toFixed(1)} / ${(weight.injected.gzip / KB).toFixed(1)} KB`]);
  for (const f of weight.lazy) rows.push([`loaded at first compose-box focus: ${f.file}, raw / gzip`, `${(f.raw / KB).toFixed(1)} / ${(f.gzip / KB).toFixed(1)} KB`]);
  for (const f of weight.all) rows.push([`  ${f.file}: raw / gzip`, `${(f.raw / KB).toFixed(1)} / ${(f.gzip / KB).toFixed(1)} KB`]);
  // Issue 11: what every page gets before a compose box is focused stays small.
  budgets.push({ name: 'injected before focus (gzip)', value: weight.injected.gzip / KB, limit: 12, unit: 'KB' });

  console.log('Real browser (Chromium with the extension, practice page) ...');
  buildPractice();
  buildExtension(); // the practice build: the same extension, also allowed on 127.0.0.1
  const browser = await benchBrowser();
  results.browser = browser;
  const pair = (s: { median: number; max: number }) => `${ms(s.median)} / ${ms(s.max)}`;
  const triple = (s: { median: number; p95: number; max: number }) => `${ms(s.median)} / ${ms(s.p95)} / ${ms(s.max)}`;
  rows.push(
    ['content script main-thread time on page load, CPU (median / p95 / worst)', triple(browser.loadCost.thread)],
    ['  the same in wall-clock time, waits for a core included', triple(browser.loadCost.wall)],
    ['content script on page load, feed page of 400 posts, CPU (median / p95 / worst)', triple(browser.feedLoadCost.thread)],
    ['content script at the first compose-box focus, CPU (median / p95 / worst)', triple(browser.firstFocusCost.thread)],
    ['Post click to nudge, draft checked while typing (median / p95 / worst)', triple(browser.clickToNudge.warm)],
    ['Post click to nudge, posted before the typing check (median / p95 / worst)', triple(browser.clickToNudge.notYetChecked)],
    ['Post click to nudge, first post in a new browser (cold)', pair(browser.clickToNudge.cold)],
    ['clean post, click to site handler: with / without extension (median)', `${ms(browser.passThrough.withExtension.median)} / ${ms(browser.passThrough.withoutExtension.median)}`],
    ['clean post posted before the typing check (median / worst)', pair(browser.passThrough.notYetChecked)],
    ['JS heap the extension adds to the page', `${(browser.heapAddedBytes / 1e6).toFixed(2)} MB`],
  );
  budgets.push(
    // CPU time: what our script costs the page's main thread, not how busy the rest of the machine is.
    // Issue 15: a coach must be invisible. Page load within 3 ms of CPU; the nudge within one frame
    // (16 ms) of the Post click when the draft was checked while typing, two frames (33 ms) when the
    // click needs a round trip to the engine.
    { name: 'content script main-thread on page load (CPU, median)', value: browser.loadCost.thread.median, limit: 3, unit: 'ms' },
    { name: 'content script main-thread on a feed page load (CPU, median)', value: browser.feedLoadCost.thread.median, limit: 3, unit: 'ms' },
    { name: 'Post click to nudge, checked while typing (p95)', value: browser.clickToNudge.warm.p95, limit: 16, unit: 'ms' },
    { name: 'Post click to nudge, one round trip to the engine (p95)', value: browser.clickToNudge.notYetChecked.p95, limit: 33, unit: 'ms' },
    { name: 'Post click to nudge, cold (worst)', value: browser.clickToNudge.cold.max, limit: 1000, unit: 'ms' },
    { name: 'clean pass-through added (median)', value: browser.passThrough.addedMs, limit: 16, unit: 'ms' },
  );

  console.log('Real browser (Firefox ESR with the extension, practice page) ...');
  buildExtension('firefox');
  const firefox = await benchFirefox();
  results.firefox = firefox;
  rows.push(
    ['Firefox: content script on page load, wall-clock (median / p95 / worst)', triple(firefox.loadWall)],
    ['Firefox: Post click to nudge, draft checked while typing (median / p95 / worst)', triple(firefox.clickToNudge.warm)],
    ['Firefox: Post click to nudge, posted before the typing check (median / p95 / worst)', triple(firefox.clickToNudge.notYetChecked)],
    ['Firefox: Post click to nudge, first post in a new browser (cold)', pair(firefox.clickToNudge.cold)],
    ['Firefox: clean post, click to site handler (median)', ms(firefox.passThrough.median)],
  );
  budgets.push(
    // Wall-clock (Firefox has no per-script CPU trace over BiDi): stricter than Chromium's CPU-time figure.
    { name: 'Firefox: content script on page load (wall-clock, median)', value: firefox.loadWall.median, limit: 3, unit: 'ms' },
    { name: 'Firefox: Post click to nudge, checked while typing (p95)', value: firefox.clickToNudge.warm.p95, limit: 16, unit: 'ms' },
    { name: 'Firefox: Post click to nudge, one round trip to the engine (p95)', value: firefox.clickToNudge.notYetChecked.p95, limit: 33, unit: 'ms' },
    { name: 'Firefox: Post click to nudge, cold (worst)', value: firefox.clickToNudge.cold.max, limit: 1000, unit: 'ms' },
  );

  const width = Math.max(...rows.map(([k]) => k.length));
  console.log('');
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  console.log('\nBudgets:');
  let missed = 0;
  for (const b of budgets) {
    const ok = b.value <= b.limit;
    if (!ok) missed++;
    console.log(`  ${ok ? 'ok  ' : 'MISS'} ${b.name}: ${b.value.toFixed(2)} ${b.unit} (budget ${b.limit} ${b.unit})`);
  }
  results.budgets = budgets.map((b) => ({ ...b, ok: b.value <= b.limit }));
  writeFileSync(resolve(import.meta.dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote bench/results.json. ${missed ? `${missed} budget(s) missed.` : 'Every budget met.'}`);
  return missed ? 1 : 0;
}

process.exitCode = await main();
