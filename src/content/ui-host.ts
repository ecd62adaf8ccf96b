// Our UI lives in shadow roots on hosts appended to <html>, marked data-tbyp-root. The roots are OPEN so
// composedPath() shows which of our elements an event is for (and tests can reach in); the page could
// read them, but they only ever show the page's own draft back to it.
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
// the shadow root (composed: false).

export type UiKind = 'nudge' | 'badge' | 'photo';

// Inline and !important so page CSS can't move or hide the host (UI_CSS resets the rest via :host).
const HOST_STYLE = [
  'position: fixed', 'z-index: 2147483647', 'top: 0', 'left: 0', 'width: 0', 'height: 0', 'margin: 0', 'padding: 0',
  'border: 0', 'overflow: visible', 'display: block', 'visibility: visible', 'opacity: 1', 'transform: none', 'pointer-events: auto',
].map((d) => `${d} !important;`).join(' ');

/** Put a host's top-left corner at viewport coordinates. */
export function placeHost(host: HTMLElement, left: number, top: number): void {
  host.style.setProperty('left', `${Math.round(left)}px`, 'important');
  host.style.setProperty('top', `${Math.round(top)}px`, 'important');
}

const hosts = new Set<HTMLElement>();

export interface UiRoot {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createUiRoot(kind: UiKind): UiRoot {
  const host = document.createElement('tbyp-ui');
  host.setAttribute('data-tbyp-root', kind);
  host.setAttribute('style', HOST_STYLE);
  const root = host.attachShadow({ mode: 'open' });
  document.documentElement.appendChild(host);
  hosts.add(host);
  return {
    host,
    root,
    remove() {
      hosts.delete(host);
      host.remove();
    },
  };
}

/** The host of ours on this event's path, if any. */
export function ourHost(event: Event): HTMLElement | null {
  if (hosts.size === 0) return null;
  for (const target of event.composedPath()) {
    if (target instanceof HTMLElement && hosts.has(target)) return target;
  }
  return null;
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
  const host = ourHost(event);
  if (!host) return false;
  event.stopImmediatePropagation();
  const inner = event.composedPath()[0];
  if (event.type === 'mousedown' && options.keepFocus?.(host)) event.preventDefault();
  if (FORWARDED.has(event.type) && inner instanceof Element && inner !== host) {
    const clone = copy(event);
    if (clone) {
      forwarding.add(clone);
      inner.dispatchEvent(clone);
      if (clone.defaultPrevented) event.preventDefault();
      // A clicked checkbox or label would toggle twice (the copy's click toggles it too).
      if (event.type === 'click' && event.composedPath().some((t) => t instanceof HTMLInputElement || t instanceof HTMLLabelElement)) {
        event.preventDefault();
      }
    }
  }
  return true;
}
