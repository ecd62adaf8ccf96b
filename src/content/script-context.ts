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

/** WXT's name for the announcement: `${runtime.id}:${entrypoint}:wxt:content-script-started`. */
const startedEvent = (extensionId: string, name: string) => `${extensionId}:${name}:wxt:content-script-started`;
/** Our own name for it: known without the extension id, so listening costs nothing at load. */
const STARTED = 'tbyp:content-script-started';

type Started = CustomEvent<{ contentScriptName?: string; messageId?: string }>;

export class ContentScriptContext {
  readonly id = Math.random().toString(36).slice(2);
  private readonly listeners: Array<() => void> = [];

  constructor(readonly contentScriptName: string) {
    document.addEventListener(STARTED, (event) => {
      const detail = (event as Started).detail;
      // Anyone may send this (a page too): listeners decide whether this copy is really cut off.
      if (detail?.contentScriptName === contentScriptName && detail.messageId !== this.id) for (const listener of this.listeners) listener();
    });
    if (document.readyState !== 'loading') this.announce();
  }

  /** `listener` runs each time another copy of this script announces itself (a page can fake that). */
  onInvalidated(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => this.listeners.splice(this.listeners.indexOf(listener) >>> 0, 1);
  }

  private announce(): void {
    const detail = { contentScriptName: this.contentScriptName, messageId: this.id };
    document.dispatchEvent(new CustomEvent(STARTED, { detail }));
    try {
      const id = browser.runtime?.id;
      if (id) document.dispatchEvent(new CustomEvent(startedEvent(id, this.contentScriptName), { detail }));
    } catch {
      /* cut off already: nobody to tell */
    }
  }
}
