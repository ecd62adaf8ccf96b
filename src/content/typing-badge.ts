// The typing badge: while the person types, the draft is checked once typing pauses, and a small badge
// by the focused compose box shows the count (or "checking", or that the coach is paused here).
import type { Mounted } from '../ui/mount';
import type { BadgeProps } from '../ui/types';
import type { ComposerTracker } from './composer-tracker';
import { draftText, findSubmit, type Composer } from './composers';
import { containsComposed, deepActiveElement } from './dom';
import type { DraftChecks } from './draft-checks';
import { placeHost, type UiRoot } from './ui-host';
import type { UiAccess } from './ui-loader';

export interface TypingBadgeDeps {
  tracker: Pick<ComposerTracker, 'focused'>;
  checks: DraftChecks;
  ui: UiAccess;
  /** Quiet time after typing before checking. */
  typingDelayMs: number;
  /** The badge was pressed: explain the findings (the post gate's nudge, without posting). */
  explain(composer: Composer): void;
  /** The nudge is open: no badge meanwhile. */
  nudgeOpen(): boolean;
}

export interface TypingBadge {
  /** The draft changed: check it once typing pauses; meanwhile the badge shows "checking". */
  draftChanged(composer: Composer): void;
  /** Show, change or hide the badge to match the focused composer and what we know of its draft. */
  update(): void;
  hide(): void;
  /** The page scrolled or resized: move the badge with its composer. */
  reposition(): void;
  stop(): void;
}

export function createTypingBadge(deps: TypingBadgeDeps): TypingBadge {
  const { tracker, checks, ui } = deps;
  let badge: { root: UiRoot; mounted: Mounted<BadgeProps>; composer: Composer } | null = null;
  let frame = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last count shown per editor: while new text is being checked, it stays rather than flicker. */
  let lastCount: { editor: HTMLElement; count: number } | null = null;

  function hide(): void {
    if (!badge) return;
    badge.mounted.unmount();
    badge.root.remove();
    badge = null;
  }

  function propsFor(composer: Composer, text: string): BadgeProps {
    if (checks.isInactive(composer)) return { count: 0, checking: false, paused: true, onOpen: () => undefined };
    // A compose box found by structure with no send button: posts from it can't be stopped. Say so.
    if (composer.fallback && !findSubmit(composer.editor, composer.spec)) return { count: 0, checking: false, notChecked: true, onOpen: () => undefined };
    const result = checks.result(composer, text);
    const count = result?.findings.length ?? (lastCount?.editor === composer.editor ? lastCount.count : undefined);
    if (result) lastCount = { editor: composer.editor, count: result.findings.length };
    return { count: count ?? 0, checking: count === undefined, onOpen: () => deps.explain(composer) };
  }

  function update(): void {
    try {
      const composer = tracker.focused;
      const editorFocused = composer && composer.editor.isConnected && containsComposed(composer.editor, deepActiveElement());
      const text = composer ? draftText(composer) : '';
      if (!composer || !editorFocused || !text.trim() || deps.nudgeOpen()) {
        hide();
        return;
      }
      const props = propsFor(composer, text);
      if (!badge || badge.composer.editor !== composer.editor) {
        hide();
        const module = ui.orLater(update);
        if (!module) return;
        const root = ui.createRoot('badge');
        badge = { root, mounted: module.mountBadge(root.root, props), composer };
      } else {
        badge.mounted.update(props);
      }
      place();
    } catch {
      hide();
    }
  }

  /** Next to the editor, inside its bottom-right corner if there's room, never over the send button. */
  function place(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (!badge) return;
      const { composer, root } = badge;
      const rect = composer.editor.getBoundingClientRect();
      const inner = root.root.querySelector('.tbyp-badge');
      const size = inner?.getBoundingClientRect();
      const w = size?.width || 24;
      const h = size?.height || 24;
      const submit = composer.submit?.isConnected ? composer.submit.getBoundingClientRect() : null;
      const gap = 6;
      const candidates = [
        { left: rect.right - w - gap, top: rect.bottom - h - gap }, // inside, bottom-right
        { left: rect.right + gap, top: rect.bottom - h }, // outside, right
        { left: rect.right - w - gap, top: rect.top + gap }, // inside, top-right
        { left: rect.right - w, top: rect.bottom + gap }, // below
      ];
      const overlaps = (c: { left: number; top: number }) =>
        !!submit && c.left < submit.right && c.left + w > submit.left && c.top < submit.bottom && c.top + h > submit.top;
      const onScreen = (c: { left: number; top: number }) =>
        c.left >= 0 && c.top >= 0 && c.left + w <= window.innerWidth && c.top + h <= window.innerHeight;
      const spot = candidates.find((c) => !overlaps(c) && onScreen(c)) ?? candidates.find((c) => !overlaps(c)) ?? candidates[0]!;
      placeHost(root.host, spot.left, spot.top);
    });
  }

  return {
    draftChanged(composer) {
      clearTimeout(typingTimer);
      typingTimer = setTimeout(() => {
        try {
          checks.checkInBackground(composer, draftText(composer));
          update();
        } catch {
          /* fail open */
        }
      }, deps.typingDelayMs);
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => update());
    },
    update,
    hide,
    reposition() {
      if (badge) place();
    },
    stop() {
      clearTimeout(typingTimer);
      hide();
    },
  };
}
