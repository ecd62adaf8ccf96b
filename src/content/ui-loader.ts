// Loads the UI module (entrypoints/content-ui.ts) on first use. It is a web-accessible resource, so an
// import() from the content script can fetch it; the content script stays small.
import { importOwnModule } from './own-module';
import type { UiModule } from '../ui/mount';
import { createUiRoot, withHiddenRoot, type UiKind, type UiRoot } from './ui-host';

/** After a failed load, wait this long before trying again (not at every keystroke). */
const RETRY_AFTER_MS = 10_000;

let loaded: UiModule | null = null;
let loading: Promise<UiModule> | null = null;
let failedAt = -Infinity;

/** The UI if it has loaded (then it mounts synchronously, as if it had always been there). */
export function loadedUi(): UiModule | null {
  return loaded;
}

/** Load the UI (once; after a failure, again a little later). Never throws: it rejects. */
export function loadUi(): Promise<UiModule> {
  if (loading) return loading;
  if (Date.now() - failedAt < RETRY_AFTER_MS) return Promise.reject(new Error('the UI did not load'));
  loading = importUi().then(
    (ui) => (loaded = ui),
    (error: unknown) => {
      loading = null;
      failedAt = Date.now();
      throw error;
    },
  );
  return loading;
}

const importUi = () => importOwnModule<UiModule>('/content-ui.js');

let warmed = false;

/**
 * Once per page, when the browser is idle after the UI has loaded: draw the nudge out of sight, so the
 * first Post click's nudge fits in one frame (its styles, code and fonts are ready; issue 15).
 */
function warmUpOnce(ui: UiModule): void {
  if (warmed) return;
  warmed = true;
  const run = () => {
    try {
      withHiddenRoot((root) => ui.warmUp(root));
    } catch {
      /* only a warm-up: the nudge draws cold */
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1_000 });
  else setTimeout(run, 0);
}

/** How the guard's parts reach the UI: the lazily loaded module and our shadow-root hosts (fakes in unit tests). */
export interface UiAccess {
  /**
   * The UI module, or null while it loads: `again` then runs once it has (`failed` if it can't load).
   * It is fetched when a compose box is first focused, so at post time it is almost always there.
   */
  orLater(again: () => void, failed?: () => void): UiModule | null;
  /** Start loading it now (a compose box got focus), so it is there before the person posts. */
  preload(): void;
  createRoot(kind: UiKind, options?: { hidden?: boolean }): UiRoot;
}

export const pageUi: UiAccess = {
  orLater(again, failed = () => undefined) {
    const ui = loadedUi();
    if (!ui) loadUi().then(again).catch(failed);
    return ui;
  },
  preload() {
    loadUi().then(warmUpOnce, () => undefined);
  },
  createRoot: createUiRoot,
};
