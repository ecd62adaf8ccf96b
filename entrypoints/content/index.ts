// Content script: thin wiring. The guard lives in src/content/guard.ts.
// Runs on every supported site; in a practice build (TBYP_PRACTICE=1) also on the practice page; and,
// registered by the background, on sites a person or their trust added, with the generic adapter (and
// an adapter its markup calls for: Mastodon on any server).
// At page load it only adds the guard's listeners: the rest waits until a compose box is in play.
import { adaptersFor, PRACTICE_MATCHES, SELF_TEST_HOOK } from '../../src/content/hosts';
import { startGuard } from '../../src/content/guard';
import { adaptersByMarkup, GENERIC_SITE, SITE_HOSTS, SITES } from '../../src/sites';

export default defineContentScript({
  // Read at build time (WXT evaluates this object in Node).
  matches: [...SITE_HOSTS, ...(process.env.TBYP_PRACTICE === '1' ? PRACTICE_MATCHES : [])],
  runAt: 'document_start',
  allFrames: false,
  // WXT's "a newer copy started" notice goes by a DOM event only: its window.postMessage would wake the
  // page's own message listeners on every load (and costs us a few ms with stack traces being taken).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const pageAdapters = () => {
      const adapters = adaptersFor(location.href, SITES, __TBYP_PRACTICE__);
      // An added site: a Mastodon server (by its markup) gets the Mastodon adapter, any page the generic one.
      return adapters.length > 0 ? adapters : [...adaptersByMarkup(document), GENERIC_SITE];
    };
    // For the popup's "Check this page" (in our isolated world only; pages can't see it).
    (globalThis as Record<string, unknown>)[SELF_TEST_HOOK] = pageAdapters;
    startGuard(ctx, pageAdapters);
  },
});
