// A Chrome trace of Post click to nudge (main-thread events between the mouseup and the nudge frame), to
// see where the time goes:  npx tsx bench/trace-click.ts [warm|round-trip|both] [runs]   (practice builds in .output)
import { startHarness, composer, RISKY } from '../test/browser/harness';
import { installBenchProbe } from './browser';
const X = composer('x');
const h = await startHarness();
const page = h.page;
await page.waitForTimeout(3000);
const mode = process.argv[2] ?? 'both';
for (const wait of mode === 'warm' ? [true] : mode === 'round-trip' ? [false] : [true, false]) for (let i = 0; i < Number(process.argv[3] ?? 4); i++) {
  await page.reload();
  await page.waitForFunction(() => (window as any).__practice?.ready === true);
  await page.evaluate(installBenchProbe);
  await page.locator(X.editor).click();
  await page.keyboard.insertText(RISKY);
  if (wait) await page.waitForTimeout(900);
  const cdp = await h.context.newCDPSession(page);
  const events: any[] = [];
  cdp.on('Tracing.dataCollected', (e: any) => events.push(...e.value));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8.execute,toplevel,blink,ipc,extensions,disabled-by-default-devtools.timeline.frame', transferMode: 'ReportEvents' });
  await X.submit(page).click();
  await page.waitForFunction(() => (window as any).__bench.nudge > 0);
  await page.waitForTimeout(100);
  await cdp.send('Tracing.end'); await done; await cdp.detach();
  const s = await page.evaluate(() => (window as any).__bench);
  const up = events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mouseup');
  if (!up) { console.log('no mouseup'); continue; }
  const t0 = up.ts, t1 = t0 + (s.nudge - s.up) * 1000;
  const main = events.filter((e) => e.pid === up.pid && e.tid === up.tid && e.ts >= t0 - 1000 && e.ts <= t1 && e.dur);
  console.log(`\n== ${wait ? 'warm' : 'round-trip'} ${(s.nudge - s.up).toFixed(1)} ms`);
  for (const e of main.filter((e) => e.dur > 250).slice(0, 70)) console.log(`${((e.ts - t0) / 1000).toFixed(1).padStart(6)} +${(e.dur / 1000).toFixed(1).padStart(5)} ${e.name} ${e.args?.data?.type ?? e.args?.data?.url?.slice(-30) ?? e.args?.data?.functionName ?? ''}`);
  // other threads (service worker)
  const other = events.filter((e) => !(e.pid === up.pid && e.tid === up.tid) && e.ts >= t0 && e.ts <= t1 && e.dur > 1000 && /FunctionCall|Evaluate|RunTask|v8|Compile/.test(e.name));
  for (const e of other.slice(0, 15)) console.log(`   other pid${e.pid}/${e.tid} ${((e.ts - t0) / 1000).toFixed(1)} +${(e.dur / 1000).toFixed(1)} ${e.name} ${e.args?.data?.url?.slice(-30) ?? ''}`);
}
await h.close();
