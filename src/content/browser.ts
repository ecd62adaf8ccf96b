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

export const browser: WxtBrowser = new Proxy({} as WxtBrowser, {
  get: (_target, key) => Reflect.get(api(), key),
  has: (_target, key) => Reflect.has(api(), key),
});
