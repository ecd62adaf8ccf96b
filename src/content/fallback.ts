// The structural fallback: a focused editable that no site adapter claims (a new composer, a site's
// redesign, an interface language the adapter's labels don't know) is still a compose box. Its send
// button is found by structure, never by words: in the editor's form or dialog (else the nearest
// ancestor holding one, up to the post or region it sits in), after the editor in document order, a button, role=button or submit; the one
// that was disabled while the draft was empty and is enabled once typed in wins. Ctrl/Cmd+Enter is
// checked too, and a bare Enter where the box is a chat line (fallbackSpecOf). Reads the DOM only (it
// never writes to the draft), and a miss just means "not found".
import type { ComposerSpec } from '../sites/types';
import { closestComposed, safeMatches, safeQueryAll } from './dom';

/** Editors: textareas and editing hosts of every kind (contenteditable="plaintext-only" too), role=textbox. */
const EDITOR =
  'textarea:not([readonly]):not([disabled]), [contenteditable]:not([contenteditable="false"]), [role="textbox"]:not(input)';
const NOT_EDITOR = '[role="combobox"], [aria-readonly="true"], [aria-disabled="true"]';
/** Things that can send: native buttons, submit inputs, ARIA buttons. Menus and resets never do. */
const BUTTON = 'button, input[type="submit"], [role="button"]';
const NOT_SEND = '[aria-haspopup]:not([aria-haspopup="false"]), [type="reset"], [hidden], [aria-hidden="true"]';
/** Where a composer ends: its form or dialog. */
const COMPOSER_BOX = 'form, dialog, [role="dialog"], [aria-modal="true"]';
/** Without a form or dialog, how far up to look for a send button... */
const MAX_LEVELS = 6;
/** ...and never past a post, a list item or a page region: below, a feed's Like and Share buttons would do. */
const BOUNDARY =
  'article, section, main, aside, nav, header, footer, li, [role="article"], [role="region"], [role="main"], [role="feed"], [role="listitem"], [role="complementary"], [role="log"]';

/** The fallback's spec: Ctrl/Cmd+Enter sends; the send button is found by findFallbackSubmit. */
export const FALLBACK_SPEC: ComposerSpec = { editor: EDITOR, submit: BUTTON, kind: 'post', ctrlEnter: true };
/** A chat line's: a bare Enter sends too (Shift+Enter is a new line). */
export const FALLBACK_ENTER_SPEC: ComposerSpec = { ...FALLBACK_SPEC, kind: 'message', sendsOnEnter: true };

export const isFallbackSpec = (spec: ComposerSpec): boolean => spec === FALLBACK_SPEC || spec === FALLBACK_ENTER_SPEC;

/** Editors seen sending on a bare Enter (the site emptied the draft): Enter is checked there from then on. */
const seenSendingOnEnter = new WeakSet<HTMLElement>();

/**
 * Whether a bare Enter sends from `editor`, by structure, never words: the editor asks for a "send" key
 * (enterkeyhint="send"), it is a single-line textbox (aria-multiline="false": Enter can't be a new line),
 * or a bare Enter was seen sending from it. Otherwise Enter is taken for a new line, as in most boxes.
 */
export function fallbackSpecOf(editor: HTMLElement): ComposerSpec {
  const sends =
    seenSendingOnEnter.has(editor) ||
    (editor.getAttribute('enterkeyhint') ?? '').toLowerCase() === 'send' ||
    editor.getAttribute('aria-multiline') === 'false';
  return sends ? FALLBACK_ENTER_SPEC : FALLBACK_SPEC;
}

/**
 * A bare Enter we let through in a fallback editor with a draft: if the site empties the draft straight
 * after, Enter sent it unchecked. Remember that (so the next Enter is checked) and call `sentUnchecked`
 * so the person is told. Only runs after such a key press, never at page load.
 */
export function watchBareEnter(editor: HTMLElement, draftBefore: string, read: (el: HTMLElement) => string, sentUnchecked: () => void): void {
  if (!draftBefore.trim() || seenSendingOnEnter.has(editor)) return;
  setTimeout(() => {
    try {
      if (!editor.isConnected || read(editor).trim() !== '') return;
      seenSendingOnEnter.add(editor);
      sentUnchecked();
    } catch {
      /* fail open */
    }
  }, 60);
}

/** The editing host `el` belongs to, if it is an editor the fallback takes (the outermost contenteditable). */
export function fallbackEditor(el: Element): HTMLElement | null {
  if (!(el instanceof HTMLElement) || !safeMatches(el, EDITOR) || safeMatches(el, NOT_EDITOR)) return null;
  let host: HTMLElement = el;
  for (let up = el.parentElement; up && up.hasAttribute('contenteditable') && safeMatches(up, EDITOR); up = up.parentElement) host = up;
  return host;
}

export function isDisabled(el: Element | null): boolean {
  return !!el && ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true');
}

/** `node`, or its shadow host (and theirs), in the tree of `root`. */
function inTreeOf(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n.getRootNode() !== root) {
    const r = n.getRootNode();
    n = r instanceof ShadowRoot ? r.host : null;
  }
  return n;
}

/** Whether `other` comes after `editor` in document order (outside it), across open shadow roots. */
function follows(editor: Element, other: Element): boolean {
  const root = editor.getRootNode();
  const a = inTreeOf(other, root);
  if (a) return a !== editor && !editor.contains(a) && !!(editor.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
  // The editor is inside a shadow root the button is not: compare the editor's host instead.
  const host = inTreeOf(editor, other.getRootNode());
  return !!host && !host.contains(other) && !!(host.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
}

/** Buttons in `scope` (and the open shadow roots inside it) after `editor`. */
function buttonsAfter(scope: ParentNode, editor: Element): HTMLElement[] {
  const out: HTMLElement[] = [];
  const visit = (root: ParentNode, depth: number) => {
    for (const el of safeQueryAll(root, '*')) {
      if (el.shadowRoot && depth < 3) visit(el.shadowRoot, depth + 1);
      if (el instanceof HTMLElement && safeMatches(el, BUTTON) && !safeMatches(el, NOT_SEND) && follows(editor, el)) out.push(el);
    }
  };
  visit(scope, 0);
  return out;
}

/** Send buttons seen disabled while an editor's draft was empty (noted at focus): enabled by typing. */
const disabledWhenEmpty = new WeakMap<HTMLElement, HTMLElement[]>();

/** The editor got focus: note which of its buttons are disabled while it is empty. */
export function noteEmptyState(editor: HTMLElement, empty: boolean): void {
  if (!empty || disabledWhenEmpty.has(editor)) return;
  const scope = scopeOf(editor);
  if (scope) disabledWhenEmpty.set(editor, buttonsAfter(scope, editor).filter(isDisabled));
}

/** The form or dialog around the editor, else the nearest ancestor with a button after it. */
function scopeOf(editor: HTMLElement): ParentNode | null {
  const box = closestComposed(editor, COMPOSER_BOX);
  if (box) return box;
  let node: Node | null = editor.parentNode;
  for (let level = 0; node && level < MAX_LEVELS; level++) {
    if (node === document.body || node === document.documentElement || node === document) return null;
    if (buttonsAfter(node as ParentNode, editor).length > 0) return node as ParentNode;
    if (node instanceof Element && safeMatches(node, BOUNDARY)) return null;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

const isSubmitButton = (el: Element) =>
  (el instanceof HTMLButtonElement && el.type === 'submit') || (el instanceof HTMLInputElement && el.type === 'submit');

/** The editor's send button by structure, or null. */
export function findFallbackSubmit(editor: HTMLElement): HTMLElement | null {
  const scope = scopeOf(editor);
  if (!scope) return null;
  const buttons = buttonsAfter(scope, editor);
  const byTyping = (disabledWhenEmpty.get(editor) ?? []).filter((b) => buttons.includes(b));
  const inForm = scope instanceof HTMLFormElement ? buttons.filter(isSubmitButton) : [];
  const pick = byTyping.length ? byTyping : inForm.length ? inForm : buttons;
  return pick[pick.length - 1] ?? null;
}
