// The self-test ("Check this page" in the popup), injected into the page only when the person asks
// (scripting.executeScript). It runs in the content script's isolated world, where the content script
// left a way to ask which adapters it uses on this page (SELF_TEST_HOOK); without it the coach doesn't run
// here. It outlines what it finds in our closed shadow UI and returns the report (never any text).
import { SELF_TEST_HOOK } from '../src/content/hosts';
import { showOutlines } from '../src/content/outlines';
import { selfTest, type SelfTestReport } from '../src/content/self-test';
import type { SiteAdapter } from '../src/sites/types';

export default defineUnlistedScript((): SelfTestReport => {
  const hook = (globalThis as Record<string, unknown>)[SELF_TEST_HOOK];
  const adapters = typeof hook === 'function' ? (hook as () => readonly SiteAdapter[])() : null;
  const { report, composers } = selfTest(adapters);
  showOutlines(composers);
  return report;
});
