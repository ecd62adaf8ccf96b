// The local self-test ("Check this page" in the popup): which compose boxes and send buttons the site
// adapters and the structural fallback find on the page, and a markup snippet of a composer's
// surroundings for a bug report, with the draft and every other text left out (tag names and a few
// structural attributes only). Runs in the page only when asked (entrypoints/self-test.ts); nothing
// here is in the content script every page loads, and nothing leaves the browser unless the person
// copies it.
import type { ComposerKind, SiteAdapter } from '../sites/types';
import { composerOfEditor, composerScope, fallbackComposer, type Composer } from './composers';
import { deepActiveElement, isVisible, readText, safeQueryAll } from './dom';
import { FALLBACK_SPEC } from './fallback';

export interface FoundComposer {
  /** The adapter's name ("Facebook"), or the page's site when found by structure. */
  site: string;
  kind: ComposerKind;
  /** An adapter's selectors claimed it, or the structural fallback did. */
  by: 'adapter' | 'fallback';
  /** A send button was found (posts from its button are checked). */
  send: boolean;
  /** Keys checked as sending: "Ctrl+Enter", "Enter". */
  keys: string[];
}

export interface SelfTestReport {
  /** False: the coach does not run on this page (nothing below). */
  running: boolean;
  composers: FoundComposer[];
  /** The surroundings of the focused (else the first) composer, without any text. */
  snippet: string;
}

/** Every compose box on the page: the adapters' first, then editors only the fallback would take. */
export function findComposers(root: ParentNode, adapters: readonly SiteAdapter[]): Composer[] {
  const found: Composer[] = [];
  const claimed = new Set<Element>();
  for (const adapter of adapters) {
    for (const spec of adapter.composers) {
      for (const el of safeQueryAll(root, spec.editor)) {
        if (claimed.has(el)) continue;
        const composer = composerOfEditor(el, adapters);
        if (!composer) continue;
        for (const editor of composer.editors) claimed.add(editor);
        found.push(composer);
      }
    }
  }
  for (const el of safeQueryAll(root, FALLBACK_SPEC.editor)) {
    if (claimed.has(el) || [...claimed].some((c) => c.contains(el))) continue;
    const composer = fallbackComposer(el, adapters);
    if (!composer || claimed.has(composer.editor)) continue;
    claimed.add(composer.editor);
    found.push(composer);
  }
  return found;
}

export function describeComposer(composer: Composer): FoundComposer {
  const { spec } = composer;
  const keys = [...(spec.ctrlEnter ? ['Ctrl+Enter'] : []), ...(spec.sendsOnEnter ? ['Enter'] : [])];
  return { site: composer.adapter.name, kind: spec.kind, by: composer.fallback ? 'fallback' : 'adapter', send: !!composer.submit, keys };
}

/** Attributes that say what an element is (never what it says): kept, with their values. */
const KEPT = /^(role|aria-[a-z-]+|class|id|type|name|slot|contenteditable|disabled|hidden|componentkey|data-testid|data-e2e|data-view-name|data-lexical-editor|data-[a-z-]*(test|view)[a-z-]*)$/;
/** Of those, ones that can hold words of the page: the attribute is kept, its value is not. */
const NO_VALUE = new Set(['aria-valuetext', 'aria-description', 'aria-placeholder', 'aria-roledescription', 'aria-describedby', 'aria-labelledby']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT']);
const MAX_ELEMENTS = 300;
const MAX_DEPTH = 14;

const escapeAttr = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The markup of `root` with no text: tag names and the KEPT attributes; open shadow roots as
 * <template shadowrootmode="open">. An attribute value holding any of `drafts` (or held in one) is
 * blanked, so a site that mirrors the draft into an attribute can't leak it into the snippet.
 */
export function markupSnippet(root: Element, drafts: readonly string[] = []): string {
  const words = drafts.map((d) => d.trim().toLowerCase()).filter((d) => d.length > 0);
  const leaks = (value: string) => {
    const v = value.trim().toLowerCase();
    return v.length >= 3 && words.some((d) => d.includes(v) || v.includes(d));
  };
  const lines: string[] = [];
  let count = 0;
  const visit = (el: Element, depth: number) => {
    if (SKIPPED.has(el.tagName)) return;
    if (++count > MAX_ELEMENTS) {
      if (count === MAX_ELEMENTS + 1) lines.push(`${'  '.repeat(depth)}<!-- more left out -->`);
      return;
    }
    const tag = el.tagName.toLowerCase();
    const attrs = el
      .getAttributeNames()
      .filter((name) => KEPT.test(name))
      .map((name) => {
        const value = el.getAttribute(name) ?? '';
        if (NO_VALUE.has(name) || leaks(value)) return `${name}="…"`;
        return value === '' ? name : `${name}="${escapeAttr(value)}"`;
      });
    const open = `${'  '.repeat(depth)}<${[tag, ...attrs].join(' ')}>`;
    const children = Array.from(el.children);
    const shadow = el.shadowRoot;
    if ((children.length === 0 && !shadow) || depth >= MAX_DEPTH) {
      lines.push(`${open}</${tag}>`);
      return;
    }
    lines.push(open);
    if (shadow) {
      lines.push(`${'  '.repeat(depth + 1)}<template shadowrootmode="open">`);
      for (const child of Array.from(shadow.children)) visit(child, depth + 2);
      lines.push(`${'  '.repeat(depth + 1)}</template>`);
    }
    for (const child of children) visit(child, depth + 1);
    lines.push(`${'  '.repeat(depth)}</${tag}>`);
  };
  visit(root, 0);
  return lines.join('\n');
}

/** Where a composer's snippet starts: its container or the box holding editor and button, else a few levels up. */
function snippetRoot(composer: Composer): Element {
  const scope = composerScope(composer);
  const el = scope instanceof ShadowRoot ? scope.host : scope;
  if (el instanceof Element && el !== document.body && el !== document.documentElement) return el;
  let up: Element = composer.editor;
  for (let i = 0; i < 3 && up.parentElement && up.parentElement !== document.body; i++) up = up.parentElement;
  return up;
}

/** The whole self-test, for a page whose adapters are `adapters` (null: the coach doesn't run here). */
export function selfTest(adapters: readonly SiteAdapter[] | null, doc: Document = document, visible: (el: Element) => boolean = isVisible): { report: SelfTestReport; composers: Composer[] } {
  if (!adapters) return { report: { running: false, composers: [], snippet: '' }, composers: [] };
  const composers = findComposers(doc, adapters).filter((c) => visible(c.editor));
  const active = deepActiveElement(doc);
  const main = composers.find((c) => active && c.editor.contains(active)) ?? composers[0];
  const drafts = composers.flatMap((c) => c.editors.map((e) => readText(e)));
  return {
    report: { running: true, composers: composers.map(describeComposer), snippet: main ? markupSnippet(snippetRoot(main), drafts) : '' },
    composers,
  };
}
