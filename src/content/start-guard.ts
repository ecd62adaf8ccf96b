// What the content script does at page load, and all it carries: capture listeners on window, added at
// document_start so they run before the page's own. The guard itself (guard.ts: the site registry, compose
// boxes, checks, the post gate) is an ES module (entrypoints/content-guard.ts) imported the first time a
// compose box is in play, so a page that never shows one parses and runs almost nothing of ours.
//
// A send that comes before that module has loaded (Post pressed straight after focusing a prefilled draft)
// is held: stopped like the post gate stops one, then sent again once the guard is there, which checks it
// as any other. One send at a time is held, and it is sent once. If the guard can't load, the send goes out
// and the person is told it was not checked (fail open, never silently).
import { importOwnModule } from './own-module';
import type { ActiveGuard, GuardOptions } from './guard';
import { isOrphaned, showReloadNotice } from './orphan';
import { isWelsh, showPlainNotice } from './plain-notice';
import { ISOLATED_EVENTS } from './ui-host';

/** Events the guard acts on; it also listens to ISOLATED_EVENTS to keep our UI's events from the site. */
export const HANDLED = ['pointerdown', 'click', 'keydown', 'keyup', 'submit', 'focusin', 'focusout', 'input', 'change'] as const;
export type Handled = (typeof HANDLED)[number];

/** What entrypoints/content-guard.ts hands back. */
export interface GuardModule {
  start(options: GuardOptions): ActiveGuard;
}

export interface Guard {
  stop(): void;
}

/** What the guard needs of its content-script context (src/content/script-context.ts). */
export interface ScriptContext {
  /** Another copy of this script started in the tab (maybe: a page can fake it). */
  onInvalidated(listener: () => void): unknown;
}

const GUARD_KEY = '__tbypGuard';

function isEditable(target: EventTarget | undefined): target is HTMLElement {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || (target instanceof HTMLElement && target.isContentEditable);
}

/** A box a post is written in: a textarea or rich editor (an <input>'s Enter submits its form, which is held instead). */
function isDraftBox(target: EventTarget | undefined): target is HTMLElement {
  return target instanceof HTMLTextAreaElement || (target instanceof HTMLElement && target.isContentEditable);
}

const hasText = (el: HTMLElement) => ((el instanceof HTMLTextAreaElement ? el.value : el.textContent) ?? '').trim() !== '';

/** Some draft on the page, so a press could send it (only asked until the guard has loaded). */
function draftOnPage(focused: HTMLElement | null): boolean {
  if (focused?.isConnected && hasText(focused)) return true;
  for (const el of document.querySelectorAll<HTMLElement>('textarea, [contenteditable]')) if (isDraftBox(el) && hasText(el)) return true;
  return false;
}

/** The person at a compose box: a trusted event on an editable element (focus, typing, a key, a press). */
function isTrustedWriting(event: Event): boolean {
  if (!event.isTrusted) return false;
  if (!['focusin', 'keydown', 'input', 'pointerdown'].includes(event.type)) return false;
  return isEditable(event.composedPath()[0]);
}

/** A held send, and how to send it again the same way. */
interface Held {
  target: Element;
  again(): Event | null;
}

/** The same press again, on the same element; null when that is gone or can't take it. */
function holdable(event: Event, target: Element): Held | null {
  if (event.type === 'submit') {
    const submitter = (event as SubmitEvent).submitter as HTMLButtonElement | null;
    const form = target as HTMLFormElement;
    return {
      target,
      again() {
        if (form.isConnected) form.requestSubmit(submitter?.isConnected && submitter.form === form ? submitter : undefined);
        return null;
      },
    };
  }
  if (event.type !== 'click' && event.type !== 'keydown') return null;
  // An event made from the held one takes its keys, buttons and position (an Event is its own init).
  const Same = event.constructor as typeof Event;
  return {
    target,
    again() {
      if (!target.isConnected) return null;
      const sent = new Same(event.type, event);
      target.dispatchEvent(sent);
      // An Enter that was not a send after all, and nobody took it: the new line it would have typed.
      if (sent instanceof KeyboardEvent && !sent.defaultPrevented && !sent.ctrlKey && !sent.metaKey && !sent.altKey && isFocused(target)) newLine(target, sent.shiftKey);
      return sent;
    },
  };
}

function isFocused(el: Element): boolean {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return !!active && (active === el || el.contains(active));
}

function newLine(target: Element, shift: boolean): void {
  if (target instanceof HTMLTextAreaElement) document.execCommand('insertText', false, '\n');
  else document.execCommand(shift ? 'insertLineBreak' : 'insertParagraph');
}

/**
 * Listens from document_start and loads the guard when first needed: `load` is asked then, not at load.
 * (`load` is the module import; tests and other builds may pass their own.)
 */
export function startGuard(ctx: ScriptContext, load: () => Promise<GuardModule> = importGuard, options: GuardOptions = {}): Guard {
  // One guard per extension world: the background may inject this script into a tab that already has it.
  const world = globalThis as { [GUARD_KEY]?: Guard };
  if (world[GUARD_KEY]) return world[GUARD_KEY];
  let active: ActiveGuard | null = null;
  let loading = false;
  let stopped = false;
  /** The send waiting for the guard to load (one at a time). */
  let held: Held | null = null;
  /** Our own re-sent events: the guard (or, if it could not load, the site) has them as they are. */
  let resending = false;
  /** The compose box focus went to before the guard loaded, and that focus event's path. */
  let focusedBox: HTMLElement | null = null;
  let focusPath: EventTarget[] = [];
  /** A photo chosen before the guard loaded: that change event's path. */
  let photoPath: EventTarget[] | null = null;
  // Our own list of listeners, not ctx's signal: WXT ends ctx on a DOM event any page script can send, and a
  // working guard must never stop for the page. It stops when its extension is gone (updated or reloaded).
  // (Removed by hand, not by an AbortSignal: the first AbortController costs a fresh script world time at load.)
  const listening: Array<[string, (event: Event) => void, AddEventListenerOptions]> = [];
  const listen = (type: string, handler: (event: Event) => void, options: AddEventListenerOptions) => {
    window.addEventListener(type, handler, options);
    listening.push([type, handler, options]);
  };

  /**
   * Until the guard has loaded: does this event put a draft in play (then load it)? Called for every event
   * we listen to, the page's own start-up events included, so each case bails out on its first cheap test.
   */
  const wakes = (event: Event): boolean => {
    // Only a person's own focus, typing or press puts a draft in play: the page's scripted events (a feed's
    // start-up fires hundreds) are let through at once. Once one is in play, scripted sends are held too.
    // (A chosen photo's change event is let in either way: some drivers fire it untrusted.)
    if (!event.isTrusted && !loading && event.type !== 'change') return false;
    switch (event.type) {
      case 'focusin':
      case 'input':
      case 'keydown': {
        const target = event.composedPath()[0];
        if (!isEditable(target)) return false;
        if (event.type === 'focusin' && isDraftBox(target)) {
          focusedBox = target;
          focusPath = event.composedPath();
        }
        return true;
      }
      case 'pointerdown':
      case 'click':
      case 'submit':
        return draftOnPage(focusedBox);
      case 'change': {
        const target = event.composedPath()[0];
        if (!(target instanceof HTMLInputElement) || target.type !== 'file') return false;
        photoPath = event.composedPath(); // the photo reminder takes it up once the guard is there
        return true;
      }
      default:
        return false;
    }
  };

  /** Until the guard has loaded: a press that may send a draft, held until the guard can check it. */
  const mayBeSend = (event: Event): Element | null => {
    const target = event.composedPath()[0];
    if (event.type === 'submit') return event.target instanceof HTMLFormElement ? event.target : null;
    if (!(target instanceof Element)) return null;
    if (event.type === 'click') return isEditable(target) || target.closest('textarea, [contenteditable]') ? null : target;
    if (event.type === 'keydown' && (event as KeyboardEvent).key === 'Enter' && !(event as KeyboardEvent).isComposing) return isDraftBox(target) && hasText(target) ? target : null;
    return null;
  };

  const hold = (event: Event): void => {
    const target = mayBeSend(event);
    if (!target) return;
    if (held) {
      // One send at a time: a second press while the first waits is not a second post.
      event.preventDefault();
      event.stopImmediatePropagation();
      return;
    }
    const h = holdable(event, target);
    if (!h) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = h;
  };

  /** Send the held press again: to the guard (which checks it like any other), or past us when it failed. */
  const release = (): void => {
    const h = held;
    held = null;
    if (!h) return;
    resending = true;
    try {
      h.again();
    } catch {
      /* the page's handlers threw: nothing more of ours to do */
    } finally {
      resending = false;
    }
  };

  const loaded = (module: GuardModule): void => {
    if (stopped) return;
    try {
      active = module.start(options);
    } catch {
      failed();
      return;
    }
    // The badge follows its composer (only from now: there's no badge before).
    const reposition = () => active?.reposition();
    listen('scroll', reposition, { capture: true, passive: true });
    listen('resize', reposition, { passive: true });
    // Focus went to a compose box while we loaded: take it up as if it had just arrived.
    if (focusedBox && isFocused(focusedBox)) active.missed('focusin', focusPath);
    if (photoPath) active.missed('change', photoPath);
    focusedBox = null;
    focusPath = [];
    photoPath = null;
    release();
  };

  /** The guard could not load: a held send goes out, and the person is told it was not checked. */
  const failed = (): void => {
    if (stopped || !held) return;
    release();
    if (isOrphaned()) showReloadNotice();
    else showNotChecked();
  };

  const startLoading = (): void => {
    if (loading) return;
    loading = true;
    load().then(loaded, () => {
      loading = false; // the next compose box in play tries again
      failed();
    });
  };

  const dispatch = (event: Event) => {
    if (stopped) return;
    if (resending) {
      active?.handle(event);
      return;
    }
    // Until an event can concern a draft, nothing else is looked at: isOrphaned() touches the extension
    // API, which costs a page that never sees a compose box a few milliseconds.
    if (!active && !wakes(event)) return;
    if (isOrphaned()) {
      orphaned(event);
      return;
    }
    if (active) {
      active.handle(event);
      return;
    }
    try {
      startLoading();
      hold(event);
    } catch {
      /* fail open: the page works as if we weren't here */
    }
  };
  /** Cut off from the extension: the first time the person turns to a compose box, say the page needs reloading. */
  const orphaned = (event: Event) => {
    if (held) failed();
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
  // An event in both lists is heard once: adding the same listener again does nothing.
  const capture = { capture: true };
  for (const type of ISOLATED_EVENTS) listen(type, dispatch, capture);
  for (const type of HANDLED) listen(type, dispatch, capture);

  const guard: Guard = {
    stop() {
      stopped = true;
      for (const [type, handler, options] of listening) window.removeEventListener(type, handler, options);
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

/** The guard module: a web-accessible ES module of ours (wxt.config.ts), imported into this world. */
const importGuard = () => importOwnModule<GuardModule>('/content-guard.js');

/** Its own words, not locales/*.json: the post has already gone, and the UI module may be out of reach too. */
const NOT_CHECKED = {
  en: { title: 'Your post went through', body: "We couldn't check this post, so it went through as normal.", close: 'OK' },
  cy: { title: "Mae eich neges wedi'i phostio", body: "Doedd dim modd i ni wirio'r neges hon, felly cafodd ei phostio yn ôl yr arfer.", close: 'Iawn' },
};

/** The post went out unchecked (the guard could not load): say so. No guard runs, so only trusted clicks act. */
function showNotChecked(): void {
  const words = isWelsh() ? NOT_CHECKED.cy : NOT_CHECKED.en;
  showPlainNotice({
    title: words.title,
    body: words.body,
    buttons: [{ label: words.close, onClick: (notice, event) => event.isTrusted && notice.remove() }],
  });
}
