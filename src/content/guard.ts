// The content guard: thin wiring. One set of capture-phase listeners on window, added at document_start;
// the rest is set up on the first event that can concern a draft (startGuard), and the UI is loaded when
// a compose box is first focused (ui-loader.ts): a page load costs the listeners only.
//
// The parts, each with its own unit tests (test/content):
// - composer-tracker.ts: which compose box the person is in and when its draft changes;
// - draft-checks.ts: results, checks in flight and whether checking is off here, shared by:
// - typing-badge.ts: the draft checked while typing, the count by the compose box;
// - post-gate.ts (with replay.ts): stop a risky post, show the nudge, replay the post once;
// - photo-reminder.ts: a note when an image is added to a compose box.
// Every handler fails open: if anything throws, the site's event goes through.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SiteAdapter } from '../sites/types';
import { dismissRule, onSettingsChanged, reconsidered, reportWrong, requestCheck, requestStatus, restoreRule, warm } from './checker';
import { createComposerTracker } from './composer-tracker';
import { draftText } from './composers';
import { createDraftChecks, type CheckerPort } from './draft-checks';
import { createPhotoReminder } from './photo-reminder';
import { createDismissals } from './dismissals';
import { createPostGate, type PostGateDeps } from './post-gate';
import { createTypingBadge } from './typing-badge';
import { isolateOurEvent, ISOLATED_EVENTS, uiKind } from './ui-host';
import { pageUi, type UiAccess } from './ui-loader';

export interface GuardOptions {
  /** Upper bound for a check at post time before the post goes out anyway. */
  checkTimeoutMs?: number;
  /** Only show "checking" when a check takes longer than this. */
  checkingDelayMs?: number;
  /** Quiet time after typing before checking. */
  typingDelayMs?: number;
}

export interface Guard {
  stop(): void;
}

/** Events the guard acts on; it also listens to ISOLATED_EVENTS to keep our UI's events from the site. */
const HANDLED = ['pointerdown', 'click', 'keydown', 'keyup', 'submit', 'focusin', 'focusout', 'input', 'change'] as const;
type Handled = (typeof HANDLED)[number];
const EVENT_TYPES = [...new Set<string>([...ISOLATED_EVENTS, ...HANDLED])];

function isEditable(target: EventTarget | undefined): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Events that can start a draft or a post. The guard is set up on the first of them, not while the
 * page loads: until then an event can't concern a draft, and the page pays only for these listeners.
 */
function wakes(event: Event): boolean {
  switch (event.type) {
    case 'pointerdown':
    case 'click':
    case 'keydown':
    case 'submit':
    case 'change':
      return true;
    case 'focusin':
    case 'input':
      return isEditable(event.composedPath()[0]);
    default:
      return false;
  }
}

/**
 * Listens from document_start (so our capture listeners on window run before the page's own) and sets
 * the guard up when first needed. `adapters` is asked then, not at load.
 */
export function startGuard(ctx: ContentScriptContext, adapters: () => readonly SiteAdapter[], options: GuardOptions = {}): Guard {
  let active: ActiveGuard | null = null;
  let stopped = false;
  const dispatch = (event: Event) => {
    if (stopped) return;
    if (!active) {
      if (!wakes(event)) return;
      try {
        active = createGuard(adapters(), options);
      } catch {
        return; // fail open: the page works as if we weren't here
      }
      // The badge follows its composer (only from now: there's no badge before).
      const reposition = () => active?.reposition();
      ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
      ctx.addEventListener(window, 'resize', reposition, { passive: true });
    }
    active.handle(event);
  };
  for (const type of EVENT_TYPES) ctx.addEventListener(window, type as keyof WindowEventMap, dispatch, { capture: true });

  const guard: Guard = {
    stop() {
      stopped = true;
      active?.stop();
    },
  };
  ctx.onInvalidated(() => guard.stop());
  return guard;
}

export interface ActiveGuard extends Guard {
  /** Every event of EVENT_TYPES, from the window capture listener. */
  handle(event: Event): void;
  /** The page scrolled or resized: move the badge with its composer. */
  reposition(): void;
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
  const checks = createDraftChecks(ports.checker);
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
    checkTimeoutMs: options.checkTimeoutMs ?? 1500,
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
    stop() {
      stopped = true;
      badge.stop();
      gate.stop();
      photo.stop();
      tracker.stop();
    },
  };
}
