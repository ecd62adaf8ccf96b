// `browser` for the content script: wxt.config.ts points `wxt/browser` here in the content-script build.
//
// Chrome (MV3) and Firefox both give the content script promise-based runtime.sendMessage and storage
// events natively, so it doesn't need webextension-polyfill (~10 KB parsed on every page). And merely
// touching the extension API object costs about a millisecond (Chromium sets up its bindings then), so
// it is looked up on first use, when a compose box is in play, not while the page loads.
import type { WxtBrowser } from 'wxt/browser';

type Globals = { browser?: WxtBrowser; chrome?: WxtBrowser };

function api(): WxtBrowser {
  const g = globalThis as Globals;
  return (g.browser?.runtime?.id ? g.browser : g.chrome) as WxtBrowser;
}

/**
 * The namespaces the content script and its guard use, looked up when read (not a Proxy: cheaper to make).
 * Quoted, or WXT's auto-imports would take `storage()` and `i18n()` for its own and bundle them here.
 */
export const browser = {
  get 'runtime'() {
    return api().runtime;
  },
  get 'storage'() {
    return api().storage;
  },
  get 'i18n'() {
    return api().i18n;
  },
} as WxtBrowser;
