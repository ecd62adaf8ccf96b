// Keyboard focus helpers that also work inside shadow roots (where document.activeElement is the host).

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable=""]',
  '[contenteditable="true"]',
].join(',');

/** The focused element as seen from `container`'s own root (document or shadow root). */
export function activeElementFor(container: Node): Element | null {
  const root = container.getRootNode() as Document | ShadowRoot;
  return (root && 'activeElement' in root ? root.activeElement : null) ?? null;
}

function isVisible(el: HTMLElement): boolean {
  if (el.hidden || el.closest('[hidden],[inert]')) return false;
  // getClientRects is empty for display:none (and for elements inside it).
  return el.getClientRects().length > 0;
}

/** Tabbable elements inside `container`, in DOM order (positive tabindex is not used by this UI). */
export function focusableElements(container: ParentNode): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && isVisible(el),
  );
}

/**
 * Keep Tab and Shift+Tab inside `container`. Call it from a keydown handler; it does nothing for other keys.
 * Wraps from the last tabbable element to the first (and back), and pulls focus back in if it has escaped.
 */
export function trapFocus(container: HTMLElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.altKey || event.ctrlKey || event.metaKey) return;
  const items = focusableElements(container);
  const active = activeElementFor(container);
  if (items.length === 0) {
    event.preventDefault();
    container.focus();
    return;
  }
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const inside = !!active && container.contains(active);
  if (event.shiftKey) {
    if (!inside || active === first || active === container) {
      event.preventDefault();
      last.focus();
    }
  } else if (!inside || active === last) {
    event.preventDefault();
    first.focus();
  }
}
