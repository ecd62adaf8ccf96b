// A small notice built with plain DOM in a closed shadow root, for when the UI module is not the right
// tool: the extension is cut off (orphan.ts) or the draft must be handed back at once (lost-draft.ts).
// Bilingual by the page's language. Buttons act only on events our guard let through (ui-host.ts) or,
// with no guard running, on trusted ones; the page cannot reach into the closed root.
import { createUiRoot, type UiRoot } from './ui-host';

// System colours (Canvas, CanvasText, buttons as the browser draws them) follow the light or dark scheme
// and keep their contrast, in few bytes: this file is in the script every page of the sites parses.
const STYLE =
  '.box{color-scheme:light dark;position:fixed;right:16px;bottom:16px;max-width:380px;padding:16px;border:2px solid;' +
  'border-radius:8px;background:Canvas;color:CanvasText;font:16px/1.5 system-ui,sans-serif;box-shadow:0 4px 16px #0004}' +
  'h2{margin:0 0 8px;font-size:18px}p{margin:0 0 12px}' +
  'textarea{box-sizing:border-box;width:100%;min-height:96px;margin:0 0 12px;font:inherit}' +
  'button{font:inherit;min-height:44px;margin-right:8px}';

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
