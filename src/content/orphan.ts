// After the extension is updated or reloaded, a content script already in an open tab is cut off
// ("orphaned"): it can no longer reach the engine or load its UI, so it could not check a post. In
// Chromium it is not unloaded either. The background injects the new version into open tabs
// (src/background/reinject.ts); if that fails, or until it runs, the old script must not let a post
// go unchecked silently: the first time the person turns to a compose box it says, once, that this
// page needs reloading. Built with plain DOM (the UI module can't load any more), bilingual, in a
// closed shadow root; only trusted clicks act on it.
import { browser } from 'wxt/browser';
import { isWelsh, showPlainNotice } from './plain-notice';

/** True when this script has lost its extension (updated, reloaded or removed). */
export function isOrphaned(): boolean {
  try {
    return !browser.runtime?.id;
  } catch {
    return true;
  }
}

const TEXT = {
  en: {
    title: 'Think Before You Post was updated',
    body: 'Posts on this page are not being checked. Reload the page to have them checked again.',
    reload: 'Reload page',
    close: 'Close',
  },
  cy: {
    title: "Mae Think Before You Post wedi'i ddiweddaru",
    body: "Dydy negeseuon ar y dudalen hon ddim yn cael eu gwirio. Ail-lwythwch y dudalen i'w gwirio eto.",
    reload: "Ail-lwytho'r dudalen",
    close: 'Cau',
  },
};

let shown = false;

/** Shows the "reload this page" note (once per page). Returns false if it was shown before. */
export function showReloadNotice(lang?: string): boolean {
  if (shown) return false;
  shown = true;
  const text = isWelsh(lang) ? TEXT.cy : TEXT.en;
  showPlainNotice({
    title: text.title,
    body: text.body,
    buttons: [
      // No guard runs any more, so these are the real events: only the person's own clicks act.
      { label: text.reload, onClick: (_ui, event) => event.isTrusted && location.reload() },
      { label: text.close, secondary: true, onClick: (ui, event) => event.isTrusted && ui.remove() },
    ],
  });
  return true;
}

/** For tests: forget that the note was shown. */
export function resetReloadNotice(): void {
  shown = false;
}
