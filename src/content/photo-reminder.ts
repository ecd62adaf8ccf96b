// The photo reminder: when an image is chosen in a file input inside (or near) a supported compose box,
// a short note asks the person to check it shows nothing that identifies a patient. It sits where it
// covers none of the composer's buttons (its send button above all), and goes when the post is sent
// (the send button pressed, the attachment cleared, or the composer gone), or by itself after a while.
import type { Mounted } from '../ui/mount';
import type { PhotoReminderProps } from '../ui/types';
import type { SiteAdapter } from '../sites/types';
import { composerFromSubmitPath, composerOfEditor, type Composer } from './composers';
import { pathElements, safeQueryAll } from './dom';
import { siteButtons } from './typing-badge';
import { placeHost, type UiRoot } from './ui-host';
import type { UiAccess } from './ui-loader';

const IMAGE_NAME = /\.(jpe?g|png|gif|webp|heic|heif|avif)$/i;
/** How far up from the file input a compose box is looked for. */
const MAX_DEPTH = 10;
const SHOWN_FOR_MS = 20_000;

export interface PhotoReminder {
  /** Every `change` event (window, capture). */
  change(event: Event): void;
  /** Every `click` (window, capture): the composer's send button pressed means the photo is on its way. */
  click(event: Event): void;
  stop(): void;
}

/** How often to look whether the post has gone (the attachment cleared, the composer closed). */
const WATCH_MS = 500;

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
  let shown: {
    root: UiRoot;
    mounted: Mounted<PhotoReminderProps>;
    timer: ReturnType<typeof setTimeout>;
    watch: ReturnType<typeof setInterval>;
    composer: Composer | null;
  } | null = null;

  const close = () => {
    if (!shown) return;
    clearTimeout(shown.timer);
    clearInterval(shown.watch);
    shown.mounted.unmount();
    shown.root.remove();
    shown = null;
  };

  function show(editor: HTMLElement, input: HTMLInputElement): void {
    if (shown) return;
    const module = ui.orLater(() => show(editor, input));
    if (!module) return;
    const root = ui.createRoot('photo');
    const composer = composerOfEditor(editor, adapters);
    const gone = () => !input.isConnected || !input.files?.length || !editor.isConnected;
    shown = {
      root,
      mounted: module.mountPhotoReminder(root.root, { onDismiss: close }),
      timer: setTimeout(close, SHOWN_FOR_MS),
      watch: setInterval(() => {
        if (gone()) close();
      }, WATCH_MS),
      composer,
    };
    place(root, editor, composer);
  }

  /** Below the compose box, else above it, else at the foot or top of the window: the first that covers none of its buttons. */
  function place(root: UiRoot, editor: HTMLElement, composer: Composer | null): void {
    const width = Math.min(420, window.innerWidth - 16);
    root.host.style.setProperty('width', `${width}px`, 'important');
    const height = root.root.querySelector('.tbyp-photo')?.getBoundingClientRect().height || 80;
    const rect = editor.getBoundingClientRect();
    const left = Math.max(8, Math.min(rect.left, window.innerWidth - width - 8));
    const buttons = composer ? siteButtons(composer) : [];
    const lowest = Math.max(rect.bottom, ...buttons.map((b) => b.bottom));
    const highest = Math.min(rect.top, ...buttons.map((b) => b.top));
    const tops = [rect.bottom + 8, lowest + 8, highest - height - 8, window.innerHeight - height - 8, 8];
    const covers = (top: number) => buttons.some((b) => left < b.right && left + width > b.left && top < b.bottom && top + height > b.top);
    const fits = (top: number) => top >= 0 && top + height <= window.innerHeight;
    const top = tops.find((t) => fits(t) && !covers(t)) ?? tops.find(fits) ?? 8;
    placeHost(root.host, left, top);
  }

  return {
    change(event) {
      const input = event.composedPath()[0];
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      const images = Array.from(input.files ?? []).some((f) => f.type.startsWith('image/') || IMAGE_NAME.test(f.name));
      if (!images) return;
      const editor = editorNear(input, adapters);
      if (editor) show(editor, input);
    },
    click(event) {
      if (!shown?.composer) return;
      const pressed = composerFromSubmitPath(pathElements(event, 16), adapters);
      if (pressed && pressed.editor === shown.composer.editor) close();
    },
    stop: close,
  };
}
