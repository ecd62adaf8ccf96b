// The self-test ("Check this page" in the popup), injected into the page only when the person asks
// (scripting.executeScript). It runs in the content script's isolated world, where the content script
// leaves a mark (SELF_TEST_HOOK); without it the coach doesn't run here. The adapters are those the guard
// uses on this page (page-adapters.ts). It outlines what it finds in our closed shadow UI and returns the report (never any text).
import { SELF_TEST_HOOK } from '../src/content/hosts';
import { showOutlines } from '../src/content/outlines';
import { selfTest, type SelfTestReport } from '../src/content/self-test';
import { pageAdapters } from '../src/content/page-adapters';

export default defineUnlistedScript((): SelfTestReport => {
  const adapters = (globalThis as Record<string, unknown>)[SELF_TEST_HOOK] ? pageAdapters() : null;
  const { report, composers } = selfTest(adapters);
  showOutlines(composers);
  return report;
});
