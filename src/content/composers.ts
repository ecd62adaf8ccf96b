// From a DOM event to "which compose box, which send button": the site adapters' selectors applied to
// the composed path. No extension APIs (bundled on its own by the browser tests).
import type { ComposerSpec, SiteAdapter } from '../sites/types';
import { closestComposed, containsComposed, parentComposed, queryAllDeep, readText, safeMatches, safeQueryAll } from './dom';
import { fallbackEditor, fallbackSpecOf, findFallbackSubmit, isFallbackSpec, noteEmptyState } from './fallback';

export interface Composer {
  adapter: SiteAdapter;
  spec: ComposerSpec;
  /** The editor the person is in (or the first one). */
  editor: HTMLElement;
  /** Every editor that goes out with the same send button (X threads have several). */
  editors: HTMLElement[];
  /** The send button, when there is one. */
  submit: HTMLElement | null;
  /** No adapter claims the editor: the structural fallback found it (src/content/fallback.ts). */
  fallback?: true;
}

function buttonText(el: Element): string {
  const text = el instanceof HTMLInputElement ? el.value : el.textContent ?? '';
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

function textMatches(el: Element, spec: ComposerSpec): boolean {
  if (!spec.submitText || spec.submitText.length === 0) return true;
  const text = buttonText(el);
  return spec.submitText.some((t) => t.toLowerCase() === text);
}

function hinted(el: Element, hints: readonly string[]): boolean {
  const text = buttonText(el);
  const label = (el.getAttribute('aria-label') ?? '').trim().toLowerCase();
  return hints.some((h) => h.toLowerCase() === text || h.toLowerCase() === label);
}

/** Whether `el` comes after `editor` in document order (the editor's shadow host stands in for it). */
function follows(editor: Node, el: Node): boolean {
  const root = el.getRootNode();
  let node: Node | null = editor;
  while (node && node.getRootNode() !== root) {
    const r = node.getRootNode();
    node = r instanceof ShadowRoot ? r.host : null;
  }
  if (!node || node === el) return false;
  const position = node.compareDocumentPosition(el);
  return (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0 && (position & Node.DOCUMENT_POSITION_CONTAINED_BY) === 0;
}

/**
 * The send button among the matches in `scope`: after the editor if any is, then one the (English)
 * hint names if any does, then the last. `following` says whether it came after the editor.
 */
function pickSubmit(scope: ParentNode, spec: ComposerSpec, editor: Element): { el: HTMLElement; following: boolean } | null {
  const query = spec.shadow ? queryAllDeep : safeQueryAll;
  const all = query(scope, spec.submit).filter((el): el is HTMLElement => el instanceof HTMLElement && textMatches(el, spec));
  if (all.length === 0) return null;
  const after = all.filter((el) => follows(editor, el));
  let pool = after.length > 0 ? after : all;
  if (spec.submitHint && spec.submitHint.length > 0) {
    const named = pool.filter((el) => hinted(el, spec.submitHint!));
    if (named.length > 0) pool = named;
  }
  return { el: pool[pool.length - 1]!, following: after.length > 0 };
}

/** Ancestors of `start` as query scopes: each parent element, and a shadow root before its host. Stops before <body>. */
function* scopesAbove(start: Node): Generator<ParentNode> {
  let node: Node | null = start.parentNode;
  while (node) {
    if (node === document || node === document.body || node === document.documentElement) return;
    yield node as ParentNode;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
}

/**
 * The send button belonging to `editor`: inside its container, or in the nearest ancestor holding one
 * after the editor (else the nearest holding one at all, as on X's mobile page with "Post" at the top).
 */
export function findSubmit(editor: Element, spec: ComposerSpec): HTMLElement | null {
  if (isFallbackSpec(spec)) return editor instanceof HTMLElement ? findFallbackSubmit(editor) : null;
  if (spec.container) {
    const container = closestComposed(editor, spec.container);
    return container ? (pickSubmit(container, spec, editor)?.el ?? null) : null;
  }
  let nearest: HTMLElement | null = null;
  for (const scope of scopesAbove(editor)) {
    const found = pickSubmit(scope, spec, editor);
    if (!found) continue;
    if (found.following) return found.el;
    nearest ??= found.el;
  }
  return nearest;
}

/** The composer's outer element: its container, or the smallest ancestor holding both editor and button. */
export function composerScope(composer: Composer): ParentNode | null {
  const { editor, spec, submit } = composer;
  if (spec.container) return closestComposed(editor, spec.container);
  if (!submit) return parentComposed(editor);
  for (const scope of scopesAbove(editor)) {
    if (scope.contains(submit)) return scope;
  }
  return null;
}

/**
 * Practice builds only (compiled out of releases): the practice page holds every site's composers at once,
 * each in a section data-practice="<site id>[-<variant>]". There the section's own adapter is tried first,
 * as on the real site, where it is the only one: look-alike composers (Facebook's, Instagram's and
 * Threads' Lexical boxes) go to their own site's adapter, not to whichever comes first in the registry.
 */
function practiceOrder(el: Element, adapters: readonly SiteAdapter[]): readonly SiteAdapter[] {
  if (typeof __TBYP_PRACTICE__ === 'undefined' || !__TBYP_PRACTICE__) return adapters;
  const section = closestComposed(el, '[data-practice]')?.getAttribute('data-practice');
  if (!section) return adapters;
  const own = adapters.filter((a) => section === a.id || section.startsWith(`${a.id}-`));
  return own.length > 0 ? [...own, ...adapters.filter((a) => !own.includes(a))] : adapters;
}

function specFor(el: Element, adapters: readonly SiteAdapter[]): { adapter: SiteAdapter; spec: ComposerSpec } | null {
  for (const adapter of practiceOrder(el, adapters)) {
    for (const spec of adapter.composers) {
      if (safeMatches(el, spec.editor) && (!spec.container || closestComposed(el, spec.container))) return { adapter, spec };
    }
  }
  return null;
}

/**
 * All editors that go out with `submit`, in page order: a thread's posts (X), a post's title and body
 * (Reddit). Any of the adapter's composers may claim them, so each is checked as part of one post.
 */
function editorsSharing(editor: HTMLElement, adapter: SiteAdapter, submit: HTMLElement | null, adapters: readonly SiteAdapter[]): HTMLElement[] {
  if (!submit) return [editor];
  let scope: ParentNode | null = null;
  for (const s of scopesAbove(submit)) {
    if (containsComposed(s, editor)) {
      scope = s;
      break;
    }
  }
  if (!scope) return [editor];
  // Through shadow roots, each element is matched on its own: selectors don't reach across a shadow boundary.
  const deep = adapter.composers.some((spec) => spec.shadow) ? queryAllDeep(scope, '*') : [];
  const editors = new Set<HTMLElement>();
  for (const spec of adapter.composers) {
    const candidates = spec.shadow ? deep.filter((el) => safeMatches(el, spec.editor)) : safeQueryAll(scope, spec.editor);
    for (const el of candidates) {
      if (el instanceof HTMLElement && specFor(el, adapters)?.spec === spec && findSubmit(el, spec) === submit) editors.add(el);
    }
  }
  if (!editors.has(editor)) return [editor];
  return [...editors].sort((a, b) => (follows(a, b) ? -1 : follows(b, a) ? 1 : 0));
}

/** The composer an editor belongs to, or null when no adapter claims it. */
export function composerOfEditor(el: Element, adapters: readonly SiteAdapter[]): Composer | null {
  if (!(el instanceof HTMLElement)) return null;
  const found = specFor(el, adapters);
  if (!found) return null;
  const submit = findSubmit(el, found.spec);
  return { ...found, editor: el, submit, editors: editorsSharing(el, found.adapter, submit, adapters) };
}

/**
 * An editor no adapter claims, as a composer of the page's site found by structure. The adapter is the
 * page's own (its switch and pause apply, rules see its id); on a page with none, `other`.
 */
export function fallbackComposer(el: Element, adapters: readonly SiteAdapter[]): Composer | null {
  const editor = fallbackEditor(el);
  const adapter = adapters[0];
  if (!editor || !adapter) return null;
  noteEmptyState(editor, !readText(editor).trim());
  return { adapter, spec: fallbackSpecOf(editor), editor, editors: [editor], submit: findFallbackSubmit(editor), fallback: true };
}

/** The first editor on an event's path (the focused or clicked compose box): an adapter's, else the fallback's. */
export function composerFromPath(path: readonly Element[], adapters: readonly SiteAdapter[]): Composer | null {
  const end = path.findIndex((el) => el === document.body || el === document.documentElement);
  const before = end < 0 ? path : path.slice(0, end);
  for (const el of before) {
    const composer = composerOfEditor(el, adapters);
    if (composer) return composer;
  }
  for (const el of before) {
    const composer = fallbackComposer(el, adapters);
    if (composer) return composer;
  }
  return null;
}

/** The fallback composer last in use, when an event's path holds its send button (found again now). */
export function fallbackFromSubmitPath(path: readonly Element[], last: Composer | null, depth = 12): Composer | null {
  if (!last?.fallback || !last.editor.isConnected) return null;
  const submit = findFallbackSubmit(last.editor);
  return submit && path.slice(0, depth).includes(submit) ? { ...last, submit } : null;
}

/** A send button on an event's path, with the editor(s) it sends. Only buttons an editor leads back to count. */
export function composerFromSubmitPath(path: readonly Element[], adapters: readonly SiteAdapter[], depth = 12): Composer | null {
  for (const el of path.slice(0, depth)) {
    if (el === document.body || el === document.documentElement) break;
    for (const adapter of adapters) {
      for (const spec of adapter.composers) {
        if (!safeMatches(el, spec.submit) || !textMatches(el, spec)) continue;
        if (spec.shadow && spec.container) {
          // The editor may sit in a shadow root inside the container: look through them there only.
          const container = closestComposed(el, spec.container);
          for (const candidate of container ? queryAllDeep(container, spec.editor) : []) {
            const composer = composerOfEditor(candidate, adapters);
            if (composer && composer.spec === spec && composer.submit === el) return composer;
          }
          continue;
        }
        for (const scope of scopesAbove(el)) {
          const candidates = safeQueryAll(scope, spec.editor);
          if (candidates.length === 0) continue;
          for (const candidate of candidates) {
            const composer = composerOfEditor(candidate, adapters);
            if (composer && composer.spec === spec && composer.submit === el) return composer;
          }
          break;
        }
      }
    }
  }
  return null;
}

/** The draft that goes out with this composer's send button: each non-empty editor, a blank line between. */
export function draftText(composer: Composer): string {
  const texts = composer.editors.map((e) => readText(e)).filter((t) => t.trim() !== '');
  return texts.length <= 1 ? (texts[0] ?? '') : texts.join('\n\n');
}

/** For the adapters' examples: every composer found in `root`. */
export function composersIn(root: ParentNode, adapter: SiteAdapter): Composer[] {
  const out: Composer[] = [];
  for (const spec of adapter.composers) {
    for (const el of queryAllDeep(root, spec.editor)) {
      const composer = composerOfEditor(el, [adapter]);
      if (composer && composer.spec === spec) out.push(composer);
    }
  }
  return out;
}
