// A small notice built with plain DOM in a closed shadow root, for when the UI module is not the right
// tool: the extension is cut off (orphan.ts) or the draft must be handed back at once (lost-draft.ts).
// Bilingual by the page's language. Buttons act only on events our guard let through (ui-host.ts) or,
// with no guard running, on trusted ones; the page cannot reach into the closed root.
import { createUiRoot, type UiRoot } from './ui-host';

const STYLE = `
  .box { position: fixed; right: 16px; bottom: 16px; max-width: 380px; padding: 16px; border-radius: 8px;
    background: #fff; color: #212b32; border: 2px solid #005eb8; font: 16px/1.5 system-ui, sans-serif;
    box-shadow: 0 4px 16px rgba(0,0,0,.25); }
  h2 { margin: 0 0 8px; font-size: 18px; }
  p { margin: 0 0 12px; }
  textarea { box-sizing: border-box; width: 100%; min-height: 96px; margin: 0 0 12px; font: inherit; color: inherit;
    background: transparent; border: 1px solid #4c6272; border-radius: 4px; padding: 4px; }
  button { font: inherit; min-height: 44px; padding: 8px 16px; margin-right: 8px; border-radius: 4px; cursor: pointer;
    border: 2px solid #005eb8; background: #005eb8; color: #fff; }
  button.secondary { background: #fff; color: #005eb8; }
  button:focus-visible, textarea:focus-visible { outline: 3px solid #ffeb3b; outline-offset: 2px; }
  @media (prefers-color-scheme: dark) {
    .box { background: #1e2a33; color: #f0f4f5; border-color: #41b6e6; }
    button { background: #41b6e6; border-color: #41b6e6; color: #000; }
    button.secondary { background: #1e2a33; color: #41b6e6; }
  }`;

/** A constructed sheet escapes the page's style-src CSP; where refused (Firefox content scripts), a <style>. */
function addStyles(root: ShadowRoot): void {
  try {
    const sheet = new window.CSSStyleSheet();
    sheet.replaceSync(STYLE);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = STYLE;
    root.append(style);
  }
}

export const isWelsh = (lang = document.documentElement.lang || navigator.language) => /^cy\b/i.test(lang);

export interface NoticeButton {
  label: string;
  secondary?: boolean;
  onClick(ui: UiRoot, event: Event): void;
}

export function showPlainNotice(options: { title: string; body: string; text?: string; buttons: NoticeButton[]; role?: 'alert' | 'alertdialog' }): UiRoot {
  const ui = createUiRoot('nudge');
  addStyles(ui.root);
  const box = document.createElement('div');
  box.className = 'box';
  box.setAttribute('role', options.role ?? 'alert');
  const title = document.createElement('h2');
  title.id = 'title';
  title.textContent = options.title;
  box.setAttribute('aria-labelledby', 'title');
  const body = document.createElement('p');
  body.textContent = options.body;
  box.append(title, body);
  if (options.text !== undefined) {
    const area = document.createElement('textarea');
    area.readOnly = true;
    area.value = options.text;
    area.setAttribute('aria-label', options.title);
    box.append(area);
  }
  for (const b of options.buttons) {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = b.label;
    if (b.secondary) button.className = 'secondary';
    button.addEventListener('click', (event) => b.onClick(ui, event));
    box.append(button);
  }
  ui.root.append(box);
  return ui;
}
