// The photo reminder: when an image is chosen in a file input inside (or near) a supported compose box,
// a short note asks the person to check it shows nothing that identifies a patient. It closes by itself.
import type { Mounted } from '../ui/mount';
import type { PhotoReminderProps } from '../ui/types';
import type { SiteAdapter } from '../sites/types';
import { composerOfEditor } from './composers';
import { safeQueryAll } from './dom';
import { placeHost, type UiRoot } from './ui-host';
import type { UiAccess } from './ui-loader';

const IMAGE_NAME = /\.(jpe?g|png|gif|webp|heic|heif|avif)$/i;
/** How far up from the file input a compose box is looked for. */
const MAX_DEPTH = 10;
const SHOWN_FOR_MS = 20_000;

export interface PhotoReminder {
  /** Every `change` event (window, capture). */
  change(event: Event): void;
  stop(): void;
}

/** The editor of a supported composer inside (or near) the file input, if any. */
function editorNear(input: HTMLInputElement, adapters: readonly SiteAdapter[]): HTMLElement | null {
  let scope: Node | null = input.parentNode;
  for (let depth = 0; scope && depth < MAX_DEPTH; depth++) {
    if (scope === document.body || scope === document.documentElement) break;
    for (const adapter of adapters) {
      for (const spec of adapter.composers) {
        const editor = safeQueryAll(scope as ParentNode, spec.editor).find((el) => composerOfEditor(el, adapters)?.spec === spec);
        if (editor) return editor as HTMLElement;
      }
    }
    scope = scope instanceof ShadowRoot ? scope.host : scope.parentNode;
  }
  return null;
}

export function createPhotoReminder(adapters: readonly SiteAdapter[], ui: UiAccess): PhotoReminder {
  let shown: { root: UiRoot; mounted: Mounted<PhotoReminderProps>; timer: ReturnType<typeof setTimeout> } | null = null;

  const close = () => {
    if (!shown) return;
    clearTimeout(shown.timer);
    shown.mounted.unmount();
    shown.root.remove();
    shown = null;
  };

  function show(editor: HTMLElement): void {
    if (shown) return;
    const module = ui.orLater(() => show(editor));
    if (!module) return;
    const root = ui.createRoot('photo');
    shown = { root, mounted: module.mountPhotoReminder(root.root, { onDismiss: close }), timer: setTimeout(close, SHOWN_FOR_MS) };
    const rect = editor.getBoundingClientRect();
    const top = Math.min(Math.max(8, rect.bottom + 8), window.innerHeight - 120);
    const width = Math.min(420, window.innerWidth - 16);
    root.host.style.setProperty('width', `${width}px`, 'important');
    placeHost(root.host, Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)), top);
  }

  return {
    change(event) {
      const input = event.composedPath()[0];
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const images = Array.from(input.files ?? []).some((f) => f.type.startsWith('image/') || IMAGE_NAME.test(f.name));
      if (!images) return;
      const editor = editorNear(input, adapters);
      if (editor) show(editor);
    },
    stop: close,
  };
}
