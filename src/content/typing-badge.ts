// The typing badge: while the person types, the draft is checked once typing pauses, and a small badge
// by the focused compose box shows the count (or "checking", or that the coach is paused here).
import type { Mounted } from '../ui/mount';
import type { BadgeProps } from '../ui/types';
import type { ComposerTracker } from './composer-tracker';
import { composerScope, draftText, findSubmit, type Composer } from './composers';
import { containsComposed, deepActiveElement, safeQueryAll } from './dom';
import type { Dismissals } from './dismissals';
import type { DraftChecks } from './draft-checks';
import { fallbackSpecOf } from './fallback';
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
  /** Findings set aside for a draft don't count. */
  dismissals: Dismissals;
}

export interface TypingBadge {
  /** The draft changed: check it once typing pauses; meanwhile the badge shows "checking". */
  draftChanged(composer: Composer): void;
  /** Show, change or hide the badge to match the focused composer and what we know of its draft. */
  update(): void;
  hide(): void;
  /** The page scrolled or resized: move the badge with its composer. */
  reposition(): void;
  /** A key press: Alt+Shift+T in a compose box opens the explanation (true: it was ours, and stopped). */
  shortcut(event: KeyboardEvent): boolean;
  stop(): void;
}

/** Alt+Shift+T (by key position, so it works whatever the keyboard layout types). */
export const SHORTCUT_CODE = 'KeyT';

/** The site's buttons around the compose box (its send button among them): our badge and notes keep off them. */
export function siteButtons(composer: Composer): DOMRect[] {
  const scope = composerScope(composer);
  const found = scope ? safeQueryAll(scope, 'button, [role="button"], a[href], input:not([type="hidden"])').slice(0, 60) : [];
  if (composer.submit?.isConnected && !found.includes(composer.submit)) found.push(composer.submit);
  return found.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
}

type Severity = NonNullable<BadgeProps['severity']>;

function mostSerious(findings: readonly { severity: string }[]): Severity | undefined {
  for (const level of ['high', 'warning', 'info'] as const) if (findings.some((f) => f.severity === level)) return level;
  return undefined;
}

export function createTypingBadge(deps: TypingBadgeDeps): TypingBadge {
  const { tracker, checks, ui } = deps;
  let badge: { root: UiRoot; mounted: Mounted<BadgeProps>; composer: Composer } | null = null;
  let frame = 0;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** The last count shown per editor: while new text is being checked, it stays rather than flicker. */
  let lastCount: { editor: HTMLElement; count: number; severity?: Severity } | null = null;

  function hide(): void {
    if (!badge) return;
    badge.mounted.unmount();
    badge.root.remove();
    badge = null;
  }

  function propsFor(composer: Composer, text: string): BadgeProps {
    if (checks.isInactive(composer)) return { count: 0, checking: false, paused: true, onOpen: () => undefined };
    // A compose box found by structure with no send button (and no Enter that sends): posts from it can't be stopped. Say so.
    if (composer.fallback && !fallbackSpecOf(composer.editor).sendsOnEnter && !findSubmit(composer.editor, composer.spec)) return { count: 0, checking: false, notChecked: true, onOpen: () => undefined };
    const result = checks.result(composer, text);
    const findings = result ? deps.dismissals.visible(composer.editor, result.findings) : undefined;
    const severity = findings && mostSerious(findings);
    const count = findings?.length ?? (lastCount?.editor === composer.editor ? lastCount.count : undefined);
    if (findings) lastCount = { editor: composer.editor, count: findings.length, ...(severity ? { severity } : {}) };
    const shownSeverity = findings ? severity : lastCount?.editor === composer.editor ? lastCount.severity : undefined;
    return { count: count ?? 0, checking: count === undefined, ...(shownSeverity ? { severity: shownSeverity } : {}), onOpen: () => deps.explain(composer) };
  }

  function update(): void {
    try {
      const composer = tracker.focused;
      const editorFocused = composer && composer.editor.isConnected && containsComposed(composer.editor, deepActiveElement());
      const text = composer ? draftText(composer) : '';
      if (!composer || !editorFocused || deps.nudgeOpen()) {
        hide();
        return;
      }
      if (!text.trim()) {
        deps.dismissals.forget(composer.editor); // an emptied draft: what was set aside for it goes too
        // Paused here: the badge says so as soon as the compose box has focus, before a word is typed.
        if (!checks.isInactive(composer)) {
          hide();
          return;
        }
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

  /**
   * Outside the text: just beyond the editor's bottom-right corner, else below or above it, and only
   * inside its corner when nothing else fits. Never over the send button or the composer's other buttons.
   */
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
      const gap = 6;
      const candidates = [
        { left: rect.right + gap, top: rect.bottom - h }, // outside, right, level with the last line
        { left: rect.right - w, top: rect.bottom + gap }, // below, right-aligned
        { left: rect.right - w, top: rect.top - h - gap }, // above, right-aligned
        { left: rect.right + gap, top: rect.top }, // outside, right, level with the first line
        { left: rect.right - w - gap, top: rect.top + gap }, // inside, top-right
        { left: rect.right - w - gap, top: rect.bottom - h - gap }, // inside, bottom-right
      ];
      const buttons = siteButtons(composer);
      const overlaps = (c: { left: number; top: number }) =>
        buttons.some((b) => c.left < b.right && c.left + w > b.left && c.top < b.bottom && c.top + h > b.top);
      const onScreen = (c: { left: number; top: number }) =>
        c.left >= 0 && c.top >= 0 && c.left + w <= window.innerWidth && c.top + h <= window.innerHeight;
      const spot = candidates.find((c) => !overlaps(c) && onScreen(c)) ?? candidates.find((c) => onScreen(c)) ?? candidates[0]!;
      placeHost(root.host, spot.left, spot.top);
    });
  }

  /** Alt+Shift+T in a compose box: open the explanation of its findings (the badge, by keyboard). */
  function shortcut(event: KeyboardEvent): boolean {
    if (!event.isTrusted || !event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.code !== SHORTCUT_CODE) return false;
    const composer = tracker.focused;
    if (!composer || !containsComposed(composer.editor, deepActiveElement()) || !draftText(composer).trim()) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    deps.explain(composer);
    return true;
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
    shortcut,
    reposition() {
      if (badge) place();
    },
    stop() {
      clearTimeout(typingTimer);
      hide();
    },
  };
}
