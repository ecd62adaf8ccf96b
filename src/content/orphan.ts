// After the extension is updated or reloaded, a content script already in an open tab is cut off
// ("orphaned"): it can no longer reach the engine or load its UI, so it could not check a post. In
// Chromium it is not unloaded either. The background injects the new version into open tabs
// (src/background/reinject.ts); if that fails, or until it runs, the old script must not let a post
// go unchecked silently: the first time the person turns to a compose box it says, once, that this
// page needs reloading. Built with plain DOM (the UI module can't load any more), bilingual, in a
// closed shadow root; only trusted clicks act on it.
import { browser } from 'wxt/browser';
import { createUiRoot } from './ui-host';

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

const STYLE = `
  .box { position: fixed; right: 16px; bottom: 16px; max-width: 360px; padding: 16px; border-radius: 8px;
    background: #fff; color: #212b32; border: 2px solid #005eb8; font: 16px/1.5 system-ui, sans-serif;
    box-shadow: 0 4px 16px rgba(0,0,0,.25); }
  h2 { margin: 0 0 8px; font-size: 18px; }
  p { margin: 0 0 12px; }
  button { font: inherit; min-height: 44px; padding: 8px 16px; margin-right: 8px; border-radius: 4px; cursor: pointer;
    border: 2px solid #005eb8; background: #005eb8; color: #fff; }
  button.close { background: #fff; color: #005eb8; }
  button:focus-visible { outline: 3px solid #ffeb3b; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .box { background: #1e2a33; color: #f0f4f5; border-color: #41b6e6; }
    button { background: #41b6e6; border-color: #41b6e6; color: #000; }
    button.close { background: #1e2a33; color: #41b6e6; }
  }`;

/** A constructed sheet escapes the page's style-src CSP; where refused (Firefox content scripts), a <style>. */
function addStyles(root: ShadowRoot): void {
  try {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}

let shown = false;

/** Shows the "reload this page" note (once per page). Returns false if it was shown before. */
export function showReloadNotice(lang = document.documentElement.lang || navigator.language): boolean {
  if (shown) return false;
  shown = true;
  const text = /^cy\b/i.test(lang) ? TEXT.cy : TEXT.en;
  const ui = createUiRoot('nudge');
  addStyles(ui.root);
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', 'alert');
  const title = document.createElement('h2');
  title.textContent = text.title;
  const body = document.createElement('p');
  body.textContent = text.body;
  const reload = document.createElement('button');
  reload.textContent = text.reload;
  const close = document.createElement('button');
  close.className = 'close';
  close.textContent = text.close;
  // Only the person's own clicks: a page script's synthetic click does nothing.
  reload.addEventListener('click', (event) => event.isTrusted && location.reload());
  close.addEventListener('click', (event) => event.isTrusted && ui.remove());
  box.append(title, body, reload, close);
  ui.root.append(box);
  return true;
}

/** For tests: forget that the note was shown. */
export function resetReloadNotice(): void {
  shown = false;
}
