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
import { isOrphaned, showReloadNotice } from './orphan';
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

/** What the guard needs of its content-script context (src/content/script-context.ts). */
export interface ScriptContext {
  /** Another copy of this script started in the tab (maybe: a page can fake it). */
  onInvalidated(listener: () => void): unknown;
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
export function startGuard(ctx: ScriptContext, adapters: () => readonly SiteAdapter[], options: GuardOptions = {}): Guard {
  // One guard per extension world: the background may inject this script into a tab that already has it.
  const world = globalThis as { [GUARD_KEY]?: Guard };
  if (world[GUARD_KEY]) return world[GUARD_KEY];
  let active: ActiveGuard | null = null;
  let stopped = false;
  // Our own signal, not ctx's: WXT ends ctx on a DOM event any page script can send, and a working
  // guard must never stop for the page. It stops when its extension is gone (updated or reloaded).
  const lifetime = new AbortController();
  const listen = (type: string, handler: (event: Event) => void, options: AddEventListenerOptions) =>
    window.addEventListener(type, handler, { ...options, signal: lifetime.signal });
  const dispatch = (event: Event) => {
    if (stopped) return;
    // Until an event can concern a draft, nothing else is looked at: isOrphaned() touches the extension
    // API, which costs a page that never sees a compose box a few milliseconds.
    if (!active && !wakes(event)) return;
    if (isOrphaned()) {
      orphaned(event);
      return;
    }
    if (!active) {
      try {
        active = createGuard(adapters(), options);
      } catch {
        return; // fail open: the page works as if we weren't here
      }
      // The badge follows its composer (only from now: there's no badge before).
      const reposition = () => active?.reposition();
      listen('scroll', reposition, { capture: true, passive: true });
      listen('resize', reposition, { passive: true });
    }
    active.handle(event);
  };
  /** Cut off from the extension: the first time the person turns to a compose box, say the page needs reloading. */
  const orphaned = (event: Event) => {
    if (!isTrustedWriting(event)) return;
    guard.stop();
    try {
      // An Enter that may send the post waits for this once: the person reads the note first.
      if (showReloadNotice() && event instanceof KeyboardEvent && event.key === 'Enter') {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    } catch {
      /* fail open */
    }
  };
  for (const type of EVENT_TYPES) listen(type, dispatch, { capture: true });

  const guard: Guard = {
    stop() {
      stopped = true;
      lifetime.abort();
      active?.stop();
      if (world[GUARD_KEY] === guard) delete world[GUARD_KEY];
    },
  };
  world[GUARD_KEY] = guard;
  // A newer copy of this script started (or a page pretends one did): only a cut-off guard gives way.
  ctx.onInvalidated(() => {
    if (isOrphaned()) guard.stop();
  });
  return guard;
}

const GUARD_KEY = '__tbypGuard';

/** The person at a compose box: a trusted event on an editable element (focus, typing, a key, a press). */
function isTrustedWriting(event: Event): boolean {
  if (!event.isTrusted) return false;
  if (!['focusin', 'keydown', 'input', 'pointerdown'].includes(event.type)) return false;
  return isEditable(event.composedPath()[0]);
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
    stop() {
      stopped = true;
      badge.stop();
      gate.stop();
      photo.stop();
      tracker.stop();
    },
  };
}
