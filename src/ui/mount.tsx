// Mounting helpers for the content script: render a component into an element or shadow root, with the
// stylesheet attached, and get back update() / unmount().
import { render } from 'preact';
import type { ComponentType } from 'preact';
import { Badge } from './Badge';
import { Nudge } from './Nudge';
import { PhotoReminder } from './PhotoReminder';
import { Toast } from './Toast';
import { UI_CSS } from './styles';
import type { Finding } from '../engine/types';
import type { BadgeProps, NudgeProps, PhotoReminderProps, ToastProps } from './types';

export interface Mounted<P> {
  update(props: P): void;
  unmount(): void;
}

const STYLE_ATTR = 'data-tbyp-styles';
const sheets = new WeakMap<object, CSSStyleSheet>();

/**
 * Make sure UI_CSS applies inside `container`'s root (a shadow root, or the document when mounted in light DOM).
 * Prefers a constructed stylesheet (not subject to the page's style-src CSP); falls back to a <style> element.
 */
export function ensureStyles(container: Element | ShadowRoot): void {
  const root = container.getRootNode() as Document | ShadowRoot;
  const doc = container.ownerDocument ?? document;
  const view = doc.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
      let sheet = sheets.get(view);
      if (!sheet) {
        sheet = new view.CSSStyleSheet();
        sheet.replaceSync(UI_CSS);
        sheets.set(view, sheet);
      }
      if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
      return;
    }
  } catch {
    // Some browsers refuse adopted sheets across worlds (e.g. Firefox content scripts): use <style>.
  }
  const styleParent: ParentNode = root.nodeType === 9 ? ((root as Document).head ?? (root as Document).documentElement) : root;
  if (styleParent.querySelector(`style[${STYLE_ATTR}]`)) return;
  const style = doc.createElement('style');
  style.setAttribute(STYLE_ATTR, '');
  style.textContent = UI_CSS;
  styleParent.insertBefore(style, styleParent.firstChild);
}

function mount<P extends object>(Component: ComponentType<P>, container: Element | ShadowRoot, props: P): Mounted<P> {
  ensureStyles(container);
  const doc = container.ownerDocument ?? document;
  // Our own wrapper: preact must not touch anything else the caller keeps in the container.
  const host = doc.createElement('div');
  host.className = 'tbyp-mount';
  container.appendChild(host);
  let mounted = true;
  render(<Component {...props} />, host);
  return {
    update(next: P) {
      if (mounted) render(<Component {...next} />, host);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      render(null, host);
      host.remove();
    },
  };
}

export function mountNudge(container: Element | ShadowRoot, props: NudgeProps): Mounted<NudgeProps> {
  return mount(Nudge, container, props);
}

/** Keeps the warm-up nudge out of sight and out of reach: hidden elements can't take focus or clicks. */
const HIDDEN_CSS = '.tbyp-root { visibility: hidden !important; }';
/** A finding with no words and nothing seen: the warm-up draws the shape of one, nothing of a draft. */
const BLANK: Finding = { ruleId: '', category: 'patient-details', severity: 'info', message: '', why: '', spans: [], confidence: 0 };

/**
 * Draw a blank nudge once, hidden, into `root` (a closed, inert, aria-hidden shadow root the caller removes
 * straight after), so the Post click's nudge is not the page's first: the stylesheet is parsed and its
 * rules compiled, the components' code compiled, the fonts shaped (issue 15: one frame). No draft text and
 * no real finding: one blank finding with no words. Only where constructed stylesheets can be adopted
 * (the hiding rule must apply; elsewhere it is skipped, and the first nudge is drawn cold as before).
 */
export function warmUp(root: ShadowRoot): void {
  const view = root.ownerDocument.defaultView;
  if (!view || !('adoptedStyleSheets' in root)) return;
  let hide: CSSStyleSheet;
  try {
    hide = new view.CSSStyleSheet();
    hide.replaceSync(HIDDEN_CSS);
    root.adoptedStyleSheets = [hide];
  } catch {
    return; // can't hide it this way: no warm-up
  }
  ensureStyles(root);
  if (!root.adoptedStyleSheets.includes(hide) || root.adoptedStyleSheets.length < 2) return;
  const none = () => undefined;
  const nudge = mountNudge(root, {
    text: '',
    state: { kind: 'findings', findings: [BLANK] },
    locked: new Map(),
    onEdit: none,
    onPostAnyway: none,
    onDismissForDraft: none,
    onSwitchOff: none,
    onReportWrong: none,
  });
  // Style and layout now, as the real nudge's focus() will need them.
  (root.host as HTMLElement).getBoundingClientRect();
  nudge.unmount();
}

export function mountBadge(container: Element | ShadowRoot, props: BadgeProps): Mounted<BadgeProps> {
  return mount(Badge, container, props);
}

export function mountPhotoReminder(
  container: Element | ShadowRoot,
  props: PhotoReminderProps,
): Mounted<PhotoReminderProps> {
  return mount(PhotoReminder, container, props);
}

export function mountToast(container: Element | ShadowRoot, props: ToastProps): Mounted<ToastProps> {
  return mount(Toast, container, props);
}

/** What the content script loads lazily (entrypoints/content-ui.ts). */
export interface UiModule {
  mountNudge: typeof mountNudge;
  warmUp: typeof warmUp;
  mountBadge: typeof mountBadge;
  mountPhotoReminder: typeof mountPhotoReminder;
  mountToast: typeof mountToast;
}
