// Content script: thin wiring. Its listeners live in src/content/start-guard.ts; the guard they load when
// a compose box is in play is entrypoints/content-guard.ts.
// Runs on every supported site; in a practice build (TBYP_PRACTICE=1) also on the practice page; and,
// registered by the background, on sites a person or their trust added.
// At page load it only adds the listeners: the rest waits until a compose box is in play.
import { SELF_TEST_HOOK } from '../../src/content/hosts';
import { startGuard } from '../../src/content/start-guard';

export default defineContentScript({
  // The supported sites (and in a practice build the practice page): wxt.config.ts sets them at build time,
  // so the site registry stays out of this script.
  matches: [],
  runAt: 'document_start',
  allFrames: false,
  // WXT's "a newer copy started" notice goes by a DOM event only: its window.postMessage would wake the
  // page's own message listeners on every load (and costs us a few ms with stack traces being taken).
  noScriptStartedPostMessage: true,
  main(ctx) {
    // For the popup's "Check this page" (in our isolated world only; pages can't see it): the coach runs here.
    (globalThis as Record<string, unknown>)[SELF_TEST_HOOK] = true;
    startGuard(ctx);
  },
});
