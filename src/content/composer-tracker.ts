// Composer tracking: which compose box the person is in, when its draft changes, and where the caret was
// when focus left it. Reads the DOM only; what to do about a change is the caller's (the badge's).
import { composerFromPath, type Composer } from './composers';
import { containsComposed, deepActiveElement, pathElements, saveSelection, type SavedSelection } from './dom';
import type { SiteAdapter } from '../sites/types';

export interface TrackerEvents {
  /** A compose box got focus. */
  focused(composer: Composer): void;
  /** The draft in the tracked compose box changed (typing, pastes, the site clearing it). */
  draftChanged(composer: Composer): void;
  /** Focus left the tracked compose box (checked once focus has landed elsewhere). */
  left(composer: Composer): void;
}

export interface ComposerTracker {
  /** The compose box last focused or typed in, if any. */
  readonly focused: Composer | null;
  focusIn(event: FocusEvent): void;
  focusOut(event: FocusEvent): void;
  input(event: Event): void;
  /** A pointer pressed anywhere: keep the focused editor's caret before the press can move it. */
  pointerDown(): void;
  /** The caret in `editor` now if it has focus, else as it was when focus left it. */
  selectionOf(editor: HTMLElement): SavedSelection;
  stop(): void;
}

export function createComposerTracker(adapters: readonly SiteAdapter[], on: TrackerEvents): ComposerTracker {
  let focused: Composer | null = null;
  /**
   * The caret as it was when focus last left an editor, or a pointer was pressed while it had focus.
   * Clicking a send button can move or clear the selection (Chromium and Firefox put it in a text
   * button; Draft.js clears it on blur), so read it before that.
   */
  let lastSelection: { editor: HTMLElement; saved: SavedSelection } | null = null;

  /**
   * Editors change without input events (Draft.js renders pastes and IME commits itself; sites clear the
   * draft after posting): the focused editor's DOM is watched too.
   */
  let observer: MutationObserver | null = null;
  let observed: HTMLElement | null = null;
  const observe = (composer: Composer): void => {
    const { editor } = composer;
    if (observed === editor) return;
    observer?.disconnect();
    observed = editor;
    if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return;
    observer ??= new MutationObserver(() => {
      try {
        if (focused && observed === focused.editor) on.draftChanged(focused);
      } catch {
        /* fail open */
      }
    });
    observer.observe(editor, { childList: true, characterData: true, subtree: true });
  };

  const track = (composer: Composer): void => {
    focused = composer;
    observe(composer);
  };

  return {
    get focused() {
      return focused;
    },
    focusIn(event) {
      const composer = composerFromPath(pathElements(event), adapters);
      if (!composer) return;
      track(composer);
      on.focused(composer);
    },
    focusOut(event) {
      const composer = composerFromPath(pathElements(event), adapters);
      if (composer) lastSelection = { editor: composer.editor, saved: saveSelection(composer.editor) };
      // Focus moves synchronously after focusout: look once it has landed.
      setTimeout(() => {
        if (focused && !containsComposed(focused.editor, deepActiveElement())) on.left(focused);
      }, 0);
    },
    input(event) {
      const path = pathElements(event);
      // Typing in the focused composer: no selector work per keystroke.
      if (focused && path.includes(focused.editor)) {
        on.draftChanged(focused);
        return;
      }
      const composer = composerFromPath(path, adapters);
      if (!composer) return;
      if (!focused || focused.editor !== composer.editor) track(composer);
      on.draftChanged(focused!);
    },
    pointerDown() {
      // Firefox moves the selection into the text of a pressed div[role=button] while focus stays in the
      // editor (no focusout): keep the caret now, so "Edit post" can put it back.
      if (focused && containsComposed(focused.editor, deepActiveElement())) {
        lastSelection = { editor: focused.editor, saved: saveSelection(focused.editor) };
      }
    },
    selectionOf(editor) {
      if (containsComposed(editor, deepActiveElement())) {
        const now = saveSelection(editor);
        if (now.kind !== 'none') return now;
      }
      return lastSelection?.editor === editor ? lastSelection.saved : { kind: 'none' };
    },
    stop() {
      observer?.disconnect();
      observed = null;
    },
  };
}
