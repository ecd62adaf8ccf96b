// A light stand-in for WXT's ContentScriptContext in the content script (wxt.config.ts points
// `wxt/utils/content-script-context` here in the content-script build). WXT's reads runtime.id and
// dispatches a DOM event as every page loads: touching the extension API object costs the page a few
// milliseconds (Chromium builds its bindings then, src/content/browser.ts), most of our load cost.
//
// What the guard needs of it is one thing: to hear when a newer copy of this script starts in the same
// tab (the background injects it into open tabs after an update, src/background/reinject.ts), so a
// cut-off copy gives way. That only happens to a page that had already loaded: a copy injected at
// document_start has no older copy to tell, so it announces itself only when injected later.
// The announcement keeps WXT's event name and detail, so older versions (WXT's context) hear it too.
import { browser } from 'wxt/browser';
import type { ScriptContext } from './start-guard';

/** WXT's name for the announcement: `${runtime.id}:${entrypoint}:wxt:content-script-started`. */
const startedEvent = (extensionId: string, name: string) => `${extensionId}:${name}:wxt:content-script-started`;
/** Our own name for it: known without the extension id, so listening costs nothing at load. */
const STARTED = 'tbyp:content-script-started';

type Started = CustomEvent<{ contentScriptName?: string; messageId?: string }>;

/**
 * What WXT's wrapper makes with `new ContentScriptContext(name, options)`. A function returning an
 * object rather than a class: class fields and a random id made at load cost a fresh script world time
 * (issue 15), and the id is only needed once this copy announces itself or hears another.
 */
export function ContentScriptContext(contentScriptName: string): ScriptContext & { onInvalidated(listener: () => void): () => void } {
  const listeners: Array<() => void> = [];
  let id: string | undefined;
  const ownId = () => (id ??= Math.random().toString(36).slice(2));
  document.addEventListener(STARTED, (event) => {
    const detail = (event as Started).detail;
    // Anyone may send this (a page too): listeners decide whether this copy is really cut off.
    if (detail?.contentScriptName === contentScriptName && detail.messageId !== ownId()) for (const listener of listeners) listener();
  });
  if (document.readyState !== 'loading') {
    const detail = { contentScriptName, messageId: ownId() };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    try {
      const extensionId = browser.runtime?.id;
      if (extensionId) document.dispatchEvent(new CustomEvent(startedEvent(extensionId, contentScriptName), { detail }));
    } catch {
      /* cut off already: nobody to tell */
    }
  }
  return {
    /** `listener` runs each time another copy of this script announces itself (a page can fake that). */
    onInvalidated(listener) {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener) >>> 0, 1);
    },
  };
}
