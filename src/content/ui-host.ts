// Our UI lives in CLOSED shadow roots on plain <div> hosts appended to <html>. The page must not reach it:
// it can't read the findings (or a trust's lock reasons), press our buttons, or tell from an element's name
// or attributes that the extension is installed. So: closed roots, a neutral host, and every untrusted
// (synthetic) event on our UI dropped; key presses that arrive too soon after our UI opens are dropped too
// (a double Enter must not land on "Edit post").
//
// Not WXT's createShadowRootUi, which does not fit here: it is async (the nudge is mounted in the same
// task as the click it answers, and the fail-open paths rely on that), it puts the CSS in a <style>
// element (ours is an adopted stylesheet, out of reach of the page's style-src CSP), its event isolation
// runs at the host, after the page's own window and document listeners, and it would add about 9.3 KB
// raw / 4.0 KB gzip (with @webext-core/isolated-element) to what every page gets.
//
// Events inside our UI never reach the site: sites' focus traps (aria-modal dialogs) would pull focus
// back, and their Escape handlers would close their composer. A capture listener on window runs before
// any of the page's listeners, so there we stop the real event and hand our UI a copy that stays inside
// the shadow root (composed: false). Our UI only ever acts on those copies of trusted events.

export type UiKind = 'nudge' | 'badge' | 'photo' | 'outline' | 'toast';

// Inline and !important so page CSS can't move or hide the host (UI_CSS resets the rest via :host).
// One literal, not built at load: every page of the sites evaluates this file.
const HOST_STYLE =
  'position: fixed !important; z-index: 2147483647 !important; top: 0 !important; left: 0 !important; width: 0 !important; ' +
  'height: 0 !important; margin: 0 !important; padding: 0 !important; border: 0 !important; overflow: visible !important; ' +
  'display: block !important; visibility: visible !important; opacity: 1 !important; transform: none !important; pointer-events: auto !important;';

/** The same, out of sight (made when needed, not at load). */
const hiddenHostStyle = () => HOST_STYLE.replace('visibility: visible', 'visibility: hidden');

/** Put a host's top-left corner at viewport coordinates. */
export function placeHost(host: HTMLElement, left: number, top: number): void {
  host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  host.style.setProperty('top', `${Math.round(top)}px`, 'important');
}

/**
 * Practice builds only (TBYP_PRACTICE=1; compiled out of releases): the practice page opened with
 * ?tbyp-test-ui gets open roots marked data-tbyp-root="<kind>", so the browser tests can find our UI.
 * The page-attack test opens the practice page without it, as releases behave everywhere.
 */
let testUi: boolean | undefined;
/** Asked when a root is made, not at load: a first regular expression costs a fresh script world time. */
const isTestUi = () =>
  (testUi ??= typeof __TBYP_PRACTICE__ !== 'undefined' && __TBYP_PRACTICE__ && /[?&]tbyp-test-ui(?:[=&]|$)/.test(location.search));

/** A key press this soon after our UI opens is not meant for it (a double Enter on the send key). */
export const KEY_GRACE_MS = 300;

interface HostState {
  kind: UiKind;
  root: ShadowRoot;
  openedAt: number;
  /** Keys that were down when the UI opened and have not come up since: their presses are not for us. */
  held: Set<string>;
}

const hosts = new Map<HTMLElement, HostState>();
/** Keys down now (trusted keydown not yet followed by its keyup), by code. */
const keysDown = new Set<string>();
const keyId = (event: KeyboardEvent) => event.code || event.key;

export interface UiRoot {
  host: HTMLElement;
  root: ShadowRoot;
  /** Show a root made hidden; nothing for one already shown. */
  reveal(): void;
  remove(): void;
}

/**
 * A host for our UI, appended to <html>. `hidden`: drawn out of sight (visibility: hidden, so it can't be
 * seen, focused, clicked or read by a screen reader) until reveal(), which only flips that one property:
 * the UI inside it has already had its style and layout, so it shows in the next frame.
 */
export function createUiRoot(kind: UiKind, { hidden = false } = {}): UiRoot {
  // A plain <div>: no name or attribute of ours, and no custom element the page could define and upgrade.
  const host = document.createElement('div');
  host.setAttribute('style', hidden ? hiddenHostStyle() : HOST_STYLE);
  const root = host.attachShadow({ mode: isTestUi() ? 'open' : 'closed' });
  const state: HostState = { kind, root, openedAt: performance.now(), held: new Set(keysDown) };
  const shown = () => {
    if (isTestUi()) host.setAttribute('data-tbyp-root', kind);
    state.openedAt = performance.now();
    state.held = new Set(keysDown);
  };
  if (!hidden) shown();
  document.documentElement.appendChild(host);
  hosts.set(host, state);
  return {
    host,
    root,
    reveal() {
      if (!hidden) return;
      hidden = false;
      host.style.setProperty('visibility', 'visible', 'important');
      shown();
    },
    remove() {
      hosts.delete(host);
      host.remove();
    },
  };
}

/**
 * Run `use` with a shadow root the page can neither see nor reach, removed again before this returns (so
 * never painted): closed even in practice builds, unmarked, hidden, inert, aria-hidden, and not one of our
 * UI's hosts. For drawing the nudge once out of sight (UiModule.warmUp).
 */
export function withHiddenRoot(use: (root: ShadowRoot) => void): void {
  const host = document.createElement('div');
  host.setAttribute('style', hiddenHostStyle());
  host.setAttribute('aria-hidden', 'true');
  host.inert = true;
  const root = host.attachShadow({ mode: 'closed' });
  document.documentElement.appendChild(host);
  try {
    use(root);
  } finally {
    host.remove();
  }
}

/** The host of ours on this event's path, if any. */
export function ourHost(event: Event): HTMLElement | null {
  if (hosts.size === 0) return null;
  for (const target of event.composedPath()) {
    if (target instanceof HTMLElement && hosts.has(target)) return target;
  }
  return null;
}

/** What kind of UI a host of ours holds. */
export function uiKind(host: HTMLElement): UiKind | undefined {
  return hosts.get(host)?.kind;
}

/** Follow which keys are down (every trusted keydown and keyup, wherever it lands). */
function trackKeys(event: Event): void {
  if (!(event instanceof KeyboardEvent) || !event.isTrusted) return;
  if (event.type === 'keydown') keysDown.add(keyId(event));
  if (event.type === 'keyup') {
    keysDown.delete(keyId(event));
    for (const state of hosts.values()) state.held.delete(keyId(event));
  }
}

/**
 * A key press on our UI that is not meant for it: auto-repeat, a key held since before it opened (its
 * keyup not seen yet), or a press within KEY_GRACE_MS of it opening, except Escape, which only ever goes
 * back to the draft and is pressed on purpose. (Keyups pass: with its keydown stopped, a keyup presses nothing.)
 */
function strayKey(event: Event, state: HostState): boolean {
  if (!(event instanceof KeyboardEvent) || event.type === 'keyup') return false;
  if (event.repeat || state.held.has(keyId(event))) return true;
  return event.key !== 'Escape' && event.key !== 'Esc' && performance.now() - state.openedAt < KEY_GRACE_MS;
}

export function isOurElement(el: Element | null): boolean {
  let node: Node | null = el;
  while (node) {
    if (node instanceof HTMLElement && hosts.has(node)) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** Events to keep from the site when they happen in our UI. */
export const ISOLATED_EVENTS = [
  'click', 'dblclick', 'auxclick', 'contextmenu',
  'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend',
  'focusin', 'focusout', 'focus', 'blur',
  'keydown', 'keyup', 'keypress', 'beforeinput', 'input',
] as const;

const FORWARDED = new Set(['click', 'mousedown', 'keydown', 'keyup']);

function copy(event: Event): Event | null {
  const base = { bubbles: true, cancelable: true, composed: false };
  if (event instanceof KeyboardEvent) {
    return new KeyboardEvent(event.type, {
      ...base,
      key: event.key,
      code: event.code,
      location: event.location,
      repeat: event.repeat,
      isComposing: event.isComposing,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
    });
  }
  if (event instanceof MouseEvent) {
    return new MouseEvent(event.type, {
      ...base,
      detail: event.detail,
      screenX: event.screenX,
      screenY: event.screenY,
      clientX: event.clientX,
      clientY: event.clientY,
      button: event.button,
      buttons: event.buttons,
      ctrlKey: event.ctrlKey,
      shiftKey: event.shiftKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
    });
  }
  return null;
}

const forwarding = new WeakSet<Event>();

/**
 * Called first for every event in ISOLATED_EVENTS (window, capture). Returns true when the event was in
 * our UI (it has then been stopped, and our UI got a copy where it needs one).
 */
export function isolateOurEvent(event: Event, options: { keepFocus?: (host: HTMLElement) => boolean } = {}): boolean {
  if (forwarding.has(event)) return true;
  trackKeys(event);
  const host = ourHost(event);
  if (!host) return false;
  event.stopImmediatePropagation();
  const state = hosts.get(host)!;
  // A page's synthetic events, and stray key presses, go nowhere (preventDefault: a key must not click a button).
  if (!event.isTrusted || strayKey(event, state)) {
    if (event.type.startsWith('key')) event.preventDefault();
    return true;
  }
  const inner = FORWARDED.has(event.type) ? innerTarget(event, state.root) : null;
  if (event.type === 'mousedown' && options.keepFocus?.(host)) event.preventDefault();
  if (inner) {
    const clone = copy(event);
    if (clone) {
      forwarding.add(clone);
      inner.dispatchEvent(clone);
      if (clone.defaultPrevented) event.preventDefault();
      // A clicked checkbox or label would toggle twice (the copy's click toggles it too).
      if (event.type === 'click' && inner.closest('input, label')) event.preventDefault();
    }
  }
  return true;
}

/**
 * The element of ours an event is for. Out here (a window listener) the closed root hides the event's
 * path, so: where the pointer is, or for keys (and a click made by a key, detail 0), what has focus.
 */
function innerTarget(event: Event, root: ShadowRoot): Element | null {
  const pointed = event instanceof MouseEvent && event.detail > 0 ? root.elementFromPoint(event.clientX, event.clientY) : root.activeElement;
  return pointed && root.contains(pointed) ? pointed : null;
}
