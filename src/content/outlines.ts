// The self-test's outlines: a frame round each compose box and send button found on the page, with a
// label saying which site check (or the structural fallback) found it. Drawn in our closed shadow UI,
// never in the page's DOM; pointer-events: none, so the page works as before. They go on the next
// scroll, resize or Escape, or after a minute.
import type { Composer } from './composers';
import { createUiRoot, type UiRoot } from './ui-host';

const KEEP_MS = 60_000;
const CURRENT = '__tbypOutlines';
type Slot = { [CURRENT]?: () => void };

/** Words from the extension's locale files (the browser's language: this runs without the UI's i18n). */
function words(key: string, named: Record<string, string> = {}): string {
  let message = '';
  try {
    type I18n = { i18n?: { getMessage(name: string): string } };
    const g = globalThis as { browser?: I18n; chrome?: I18n };
    message = (g.browser?.i18n ?? g.chrome?.i18n)?.getMessage(key) ?? '';
  } catch {
    /* no i18n: the key's English below */
  }
  if (!message) message = key;
  return message.replace(/\{(\w+)\}/g, (m, name: string) => named[name] ?? m);
}

function frame(root: UiRoot, rect: DOMRect, colour: string, dashed: boolean, label: string, data: Record<string, string>): void {
  const box = document.createElement('div');
  const set = (el: HTMLElement, styles: Record<string, string>) => {
    for (const [k, v] of Object.entries(styles)) el.style.setProperty(k, v, 'important');
  };
  set(box, {
    position: 'fixed', left: `${rect.left - 3}px`, top: `${rect.top - 3}px`, width: `${rect.width + 6}px`, height: `${rect.height + 6}px`,
    border: `3px ${dashed ? 'dashed' : 'solid'} ${colour}`, 'border-radius': '4px', 'box-sizing': 'border-box', 'pointer-events': 'none', margin: '0',
  });
  for (const [k, v] of Object.entries(data)) box.dataset[k] = v;
  const tag = document.createElement('span');
  tag.textContent = label;
  set(tag, {
    position: 'absolute', left: '-3px', bottom: '100%', 'max-width': '40em', padding: '2px 6px', background: colour, color: '#ffffff',
    font: '700 13px/1.3 Arial, sans-serif', 'white-space': 'nowrap', 'border-radius': '3px 3px 0 0',
  });
  box.appendChild(tag);
  root.root.appendChild(box);
}

/** Outline `composers` (replacing any outlines shown before). */
export function showOutlines(composers: readonly Composer[]): void {
  const slot = globalThis as Slot;
  slot[CURRENT]?.();
  if (composers.length === 0) return;
  const root = createUiRoot('outline');
  root.host.style.setProperty('pointer-events', 'none', 'important');
  for (const composer of composers) {
    const site = composer.adapter.name;
    const kind = words(`selfTest_kind_${composer.spec.kind}`);
    const by = composer.fallback ? 'fallback' : 'adapter';
    const label = words(composer.fallback ? 'selfTest_composeBoxByStructure' : 'selfTest_composeBox', { site: `${site} (${kind})` });
    frame(root, composer.editor.getBoundingClientRect(), composer.submit ? '#005eb8' : '#d5281b', false, composer.submit ? label : `${label}. ${words('selfTest_noSendButton')}`, {
      outline: composer.submit ? 'editor' : 'no-send',
      by,
      site: composer.adapter.id,
    });
    if (composer.submit) frame(root, composer.submit.getBoundingClientRect(), '#007f3b', true, words('selfTest_sendButton'), { outline: 'send', by, site: composer.adapter.id });
  }
  const remove = () => {
    clearTimeout(timer);
    removeEventListener('scroll', remove, true);
    removeEventListener('resize', remove);
    removeEventListener('keydown', onKey, true);
    root.remove();
    if (slot[CURRENT] === remove) delete slot[CURRENT];
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') remove();
  };
  const timer = setTimeout(remove, KEEP_MS);
  addEventListener('scroll', remove, { capture: true, passive: true });
  addEventListener('resize', remove, { passive: true });
  addEventListener('keydown', onKey, true);
  slot[CURRENT] = remove;
}
