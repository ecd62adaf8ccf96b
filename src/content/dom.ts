// DOM helpers that see through OPEN shadow roots. No extension APIs here (the browser tests bundle
// this file on its own to check the site adapters' examples, src/sites/examples).

/** The parent element, stepping out of a shadow root to its host. */
export function parentComposed(node: Node): Element | null {
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent instanceof ShadowRoot) return parent.host;
  return parent instanceof Element ? parent : null;
}

/** Element.closest() that continues past shadow roots into the host's tree. */
export function closestComposed(start: Element, selector: string): Element | null {
  let el: Element | null = start;
  while (el) {
    const found = safeClosest(el, selector);
    if (found) return found;
    const root = el.getRootNode();
    el = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

export function safeMatches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

function safeClosest(el: Element, selector: string): Element | null {
  try {
    return el.closest(selector);
  } catch {
    return null;
  }
}

export function safeQueryAll(scope: ParentNode, selector: string): Element[] {
  try {
    return Array.from(scope.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/** querySelectorAll that also looks inside the open shadow roots under `scope` (only for small scopes: it visits every element). */
export function queryAllDeep(scope: ParentNode, selector: string): Element[] {
  const out = safeQueryAll(scope, selector);
  for (const el of safeQueryAll(scope, '*')) {
    if (el.shadowRoot) out.push(...queryAllDeep(el.shadowRoot, selector));
  }
  return out;
}

/** Whether `inner` is `outer` or inside it, also across shadow roots. */
export function containsComposed(outer: Node, inner: Node | null): boolean {
  let node: Node | null = inner;
  while (node) {
    if (node === outer) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/** The focused element, following shadowRoot.activeElement down through open shadow roots. */
export function deepActiveElement(doc: Document = document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

export function isVisible(el: Element): boolean {
  return el.getClientRects().length > 0;
}

/** Elements of an event's composed path (closed shadow roots stay opaque), innermost first. */
export function pathElements(event: Event, limit = 40): Element[] {
  const out: Element[] = [];
  for (const target of event.composedPath()) {
    if (target instanceof Element) out.push(target);
    if (out.length >= limit) break;
  }
  return out;
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TBODY', 'TR', 'SECTION', 'ARTICLE',
]);

function blockText(el: HTMLElement): string {
  const children = Array.from(el.children);
  // A block made only of blocks: read each one (innerText would put blank lines around <p>s, as Quill,
  // Lexical and ProseMirror use them). Anything inline inside: read it as a whole.
  const onlyBlocks =
    children.length > 0 &&
    children.every((c) => BLOCK_TAGS.has(c.tagName)) &&
    Array.from(el.childNodes).every((n) => n.nodeType !== Node.TEXT_NODE || !n.textContent?.trim());
  if (onlyBlocks) return children.map((c) => blockText(c as HTMLElement)).join('\n');
  return (el.innerText ?? el.textContent ?? '').replace(/\n$/, '');
}

/**
 * The last text read from each rich editor, with its markup at the time. Reading innerText forces the page
 * to lay itself out; the markup does not. A Post click reads the draft the typing check has just read, and
 * on a busy page that layout (over again, after the button's pressed style) would delay the nudge.
 */
const lastRead = new WeakMap<HTMLElement, { markup: string; text: string }>();

/** A rich editor's text block by block, or the same as last time when its markup has not changed. */
function editorText(editor: HTMLElement): string {
  const markup = editor.innerHTML;
  const last = lastRead.get(editor);
  if (last?.markup === markup) return last.text;
  const text = blockText(editor);
  lastRead.set(editor, { markup, text });
  return text;
}

/** The draft as the person sees it: textarea/input value, or a contenteditable's text block by block. */
export function readText(editor: Element): string {
  let raw: string;
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) raw = editor.value;
  else if (editor instanceof HTMLElement) raw = editorText(editor);
  else raw = editor.textContent ?? '';
  return raw.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ');
}

export type SavedSelection =
  | { kind: 'field'; start: number | null; end: number | null; direction: 'forward' | 'backward' | 'none' | null }
  /** Character offsets into the editor's text nodes: editors re-render their nodes, offsets survive that. */
  | { kind: 'text'; start: number; end: number }
  | { kind: 'none' };

function textNodes(editor: Element): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** (container, offset) as a character offset among the editor's text nodes. */
function toOffset(editor: Element, nodes: Text[], container: Node, offset: number): number | null {
  if (!containsComposed(editor, container)) return null;
  let count = 0;
  if (container.nodeType === Node.TEXT_NODE) {
    for (const n of nodes) {
      if (n === container) return count + offset;
      count += n.data.length;
    }
    return null;
  }
  // A point between element children: count the text before child[offset].
  const boundary = container.childNodes[offset] ?? null;
  for (const n of nodes) {
    if (boundary && (boundary === n || boundary.contains(n))) return count;
    if (!boundary && !container.contains(n) && container.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING) return count;
    count += n.data.length;
  }
  return count;
}

function fromOffset(nodes: Text[], offset: number): { node: Text; offset: number } | null {
  let count = 0;
  for (const n of nodes) {
    if (offset <= count + n.data.length) return { node: n, offset: offset - count };
    count += n.data.length;
  }
  const last = nodes[nodes.length - 1];
  return last ? { node: last, offset: last.data.length } : null;
}

/** The selection (caret) inside `editor`, to put it back after the nudge closes. */
export function saveSelection(editor: Element): SavedSelection {
  if (editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) {
    try {
      return { kind: 'field', start: editor.selectionStart, end: editor.selectionEnd, direction: editor.selectionDirection };
    } catch {
      return { kind: 'field', start: null, end: null, direction: null };
    }
  }
  const selection = selectionFor(editor);
  if (!selection || selection.rangeCount === 0) return { kind: 'none' };
  const range = selection.getRangeAt(0);
  const nodes = textNodes(editor);
  const start = toOffset(editor, nodes, range.startContainer, range.startOffset);
  const end = toOffset(editor, nodes, range.endContainer, range.endOffset);
  return start === null || end === null ? { kind: 'none' } : { kind: 'text', start, end };
}

export function restoreSelection(editor: Element, saved: SavedSelection | undefined): void {
  if (!saved || saved.kind === 'none') return;
  if (saved.kind === 'field') {
    if ((editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) && saved.start !== null && saved.end !== null) {
      try {
        editor.setSelectionRange(saved.start, saved.end, saved.direction ?? undefined);
      } catch {
        /* some input types have no selection */
      }
    }
    return;
  }
  const selection = selectionFor(editor);
  if (!selection) return;
  const nodes = textNodes(editor);
  const start = fromOffset(nodes, saved.start);
  const end = fromOffset(nodes, saved.end);
  if (!start || !end) return;
  const current = selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  if (
    current &&
    current.startContainer === start.node &&
    current.startOffset === start.offset &&
    current.endContainer === end.node &&
    current.endOffset === end.offset
  ) {
    return; // already there: don't make the editor re-read its selection
  }
  selection.setBaseAndExtent(start.node, start.offset, end.node, end.offset);
}

function selectionFor(editor: Element): Selection | null {
  const root = editor.getRootNode() as (ShadowRoot & { getSelection?: () => Selection | null }) | Document;
  if (root instanceof ShadowRoot && typeof root.getSelection === 'function') return root.getSelection();
  return document.getSelection();
}
