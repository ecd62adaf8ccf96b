// The content guard: thin wiring. An ES module of its own (entrypoints/content-guard.ts), which the content
// script's listeners (start-guard.ts) import and feed the first time a compose box is in play; the UI is
// loaded when a compose box is first focused (ui-loader.ts): a page load costs the listeners only.
//
// The parts, each with its own unit tests (test/content):
// - composer-tracker.ts: which compose box the person is in and when its draft changes;
// - draft-checks.ts: results, checks in flight and whether checking is off here, shared by:
// - typing-badge.ts: the draft checked while typing, the count by the compose box;
// - post-gate.ts (with replay.ts): stop a risky post, show the nudge, replay the post once;
// - photo-reminder.ts: a note when an image is added to a compose box.
// Every handler fails open: if anything throws, the site's event goes through.
import type { SiteAdapter } from '../sites/types';
import { dismissRule, onSettingsChanged, reconsidered, reportWrong, requestCheck, requestStatus, restoreRule, warm } from './checker';
import { createComposerTracker } from './composer-tracker';
import { draftText } from './composers';
import { createEngineWarmth, noting } from './engine-warmth';
import { createDraftChecks, type CheckerPort } from './draft-checks';
import { createPhotoReminder } from './photo-reminder';
import { createDismissals } from './dismissals';
import { createPostGate, type PostGateDeps } from './post-gate';
import { createTypingBadge } from './typing-badge';
import { isolateOurEvent, uiKind } from './ui-host';
import { pageUi, type UiAccess } from './ui-loader';
import type { Guard, Handled } from './start-guard';

export interface GuardOptions {
  /** Upper bound for a check at post time before the post goes out anyway. */
  checkTimeoutMs?: number;
  /** Only show "checking" when a check takes longer than this. */
  checkingDelayMs?: number;
  /** Quiet time after typing before checking. */
  typingDelayMs?: number;
}

export interface ActiveGuard extends Guard {
  /** Every event of EVENT_TYPES, from the window capture listener. */
  handle(event: Event): void;
  /** The page scrolled or resized: move the badge with its composer. */
  reposition(): void;
  /**
   * Before the guard started, focus went into a compose box or a photo was chosen (`path`: that
   * focusin's or change's composed path, kept while it was dispatched): take it up now.
   */
  missed(type: 'focusin' | 'change', path: readonly EventTarget[]): void;
}

/** How the guard reaches the extension: the background and the UI module (fakes in unit tests). */
export interface GuardPorts {
  checker: CheckerPort;
  ui: UiAccess;
  background: PostGateDeps['background'] & { warm(): void };
  onSettingsChanged(listener: () => void): void;
}

/** Checks wait up to 10 s in the background; a post waits for at most checkTimeoutMs of that. */
const BACKGROUND_CHECK_MS = 10_000;
const STATUS_TIMEOUT_MS = 5_000;

const extensionPorts = (): GuardPorts => ({
  checker: {
    check: (text, context) => requestCheck(text, context, BACKGROUND_CHECK_MS),
    status: (site) => requestStatus(site, STATUS_TIMEOUT_MS),
    now: () => Date.now(),
  },
  ui: pageUi,
  background: { dismissRule, restoreRule, reportWrong, reconsidered, warm },
  onSettingsChanged,
});

export function createGuard(adapters: readonly SiteAdapter[], options: GuardOptions = {}, ports: GuardPorts = extensionPorts()): ActiveGuard {
  let stopped = false;
  // Every answer from the engine shows it running; until one comes lately, a post waits the cold bound.
  const warmth = createEngineWarmth(ports.checker.now);
  const checks = createDraftChecks({
    check: (text, context) => noting(warmth, ports.checker.check(text, context)),
    status: (site) => noting(warmth, ports.checker.status(site)),
    now: ports.checker.now,
  });
  const dismissals = createDismissals();
  const tracker = createComposerTracker(adapters, {
    focused(composer) {
      ports.background.warm();
      ports.ui.preload(); // ready before the person posts
      checks.learnStatus(composer);
      checks.checkInBackground(composer, draftText(composer));
      badge.update();
    },
    draftChanged: (composer) => badge.draftChanged(composer),
    left: () => badge.update(),
  });
  const badge = createTypingBadge({
    tracker,
    checks,
    ui: ports.ui,
    typingDelayMs: options.typingDelayMs ?? 400,
    explain: (composer) => gate.explain(composer),
    nudgeOpen: () => gate.isOpen(),
    dismissals,
  });
  const gate = createPostGate({
    adapters,
    checks,
    ui: ports.ui,
    tracker,
    badge,
    dismissals,
    background: ports.background,
    checkTimeoutMs: () => warmth.bound(options.checkTimeoutMs ?? 1500),
    checkingDelayMs: options.checkingDelayMs ?? 150,
  });
  const photo = createPhotoReminder(adapters, ports.ui);

  checks.onChange(() => badge.update());
  ports.onSettingsChanged(() => {
    // Results and pauses known under the old settings are stale.
    checks.clear();
    const composer = tracker.focused;
    if (composer) {
      checks.learnStatus(composer);
      checks.checkInBackground(composer, draftText(composer)); // the badge's count, under the new settings
    }
    badge.update();
  });

  /** Every handler fails open: an exception lets the site's event through untouched. */
  const safe =
    <E extends Event>(handler: (event: E) => void) =>
    (event: Event): void => {
      if (stopped || gate.isReplaying()) return;
      try {
        handler(event as E);
      } catch {
        /* fail open */
      }
    };

  const handlers: Record<Handled, (event: Event) => void> = {
    pointerdown: safe((event: PointerEvent) => {
      tracker.pointerDown();
      gate.pointerDown(event);
    }),
    click: safe((event: MouseEvent) => {
      photo.click(event);
      gate.click(event);
    }),
    keydown: safe((event: KeyboardEvent) => {
      if (!badge.shortcut(event)) gate.keyDown(event);
    }),
    keyup: safe(gate.keyUp),
    submit: safe(gate.submit),
    focusin: safe(tracker.focusIn),
    focusout: safe(tracker.focusOut),
    input: safe(tracker.input),
    change: safe(photo.change),
  };

  const keepFocus = (host: HTMLElement) => uiKind(host) === 'badge';

  return {
    handle(event: Event) {
      if (stopped) return;
      try {
        if (isolateOurEvent(event, { keepFocus })) return;
      } catch {
        return;
      }
      handlers[event.type as Handled]?.(event);
    },
    reposition() {
      badge.reposition();
    },
    missed(type, path) {
      handlers[type]({ type, composedPath: () => [...path] } as unknown as Event);
    },
    stop() {
      stopped = true;
      badge.stop();
      gate.stop();
      photo.stop();
      tracker.stop();
    },
  };
}
