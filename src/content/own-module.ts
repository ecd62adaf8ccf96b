// Our own ES modules (wxt.config.ts LAZY_MODULES: the guard, the UI), web-accessible so the content script
// can import() them the first time a compose box is in play.
import { browser } from 'wxt/browser';

/** The module's default export. Async: if runtime.getURL throws (the extension was reloaded), the promise rejects. */
export async function importOwnModule<T>(file: '/content-guard.js' | '/content-ui.js'): Promise<T> {
  const module = (await import(/* @vite-ignore */ browser.runtime.getURL(file))) as { default: T };
  return module.default;
}
