// The dated markup snapshots of the real sites (test/fixtures/sites/<id>/<YYYY-MM-DD>.html): loading one
// into a DOM (happy-dom in unit tests), what it says the adapter must find, and a translation of its
// interface text, to prove no adapter depends on English labels.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { composerOfEditor } from '../../src/content/composers';
import { queryAllDeep } from '../../src/content/dom';
import type { ComposerSpec, SiteAdapter } from '../../src/sites/types';

export const SNAPSHOT_DIR = fileURLToPath(new NodeURL('../fixtures/sites/', import.meta.url));

/** The newest snapshot of a site, or null. */
export function latestSnapshot(siteId: string): { file: string; html: string } | null {
  let files: string[];
  try {
    files = readdirSync(join(SNAPSHOT_DIR, siteId)).filter((f) => /^\d{4}-\d{2}-\d{2}\b.*\.html$/.test(f));
  } catch {
    return null;
  }
  const file = files.sort().at(-1);
  return file ? { file: join(siteId, file), html: readFileSync(join(SNAPSHOT_DIR, siteId, file), 'utf8') } : null;
}

/** Turns <template shadowrootmode="open"> into real open shadow roots (innerHTML leaves them as templates). */
export function attachDeclarativeShadowRoots(root: ParentNode): void {
  for (const template of Array.from(root.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot || !(template instanceof HTMLTemplateElement)) continue;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
    attachDeclarativeShadowRoots(shadow);
  }
}

/** Puts a snapshot into the document body, shadow roots attached. */
export function loadSnapshot(html: string): void {
  document.body.innerHTML = html;
  attachDeclarativeShadowRoots(document.body);
}

export interface Expectation {
  mark: string;
  editor: HTMLElement;
  /** The element marked send-N, if the composer has one. */
  send: HTMLElement | null;
}

/** The editors and send buttons the snapshot marks with data-tbyp-expect="editor-N" / "send-N". */
export function expectations(root: ParentNode = document.body): Expectation[] {
  const marked = queryAllDeep(root, '[data-tbyp-expect]') as HTMLElement[];
  return marked
    .filter((el) => el.dataset.tbypExpect!.startsWith('editor-'))
    .map((editor) => {
      const mark = editor.dataset.tbypExpect!.slice('editor-'.length);
      return { mark, editor, send: marked.find((el) => el.dataset.tbypExpect === `send-${mark}`) ?? null };
    });
}

/** What the adapter finds for each marked editor: null when it doesn't claim it. */
export function found(adapter: SiteAdapter, expectation: Expectation): { claimed: boolean; sendFound: boolean; kind?: string; spec?: ComposerSpec } {
  const composer = composerOfEditor(expectation.editor, [adapter]);
  if (!composer) return { claimed: false, sendFound: false };
  return { claimed: true, sendFound: !!composer.submit && composer.submit === expectation.send, kind: composer.spec.kind, spec: composer.spec };
}

/** Welsh for the interface words the snapshots use; anything else gets a marker, so no English survives as it was. */
const WELSH: Record<string, string> = {
  post: 'Postio',
  'post all': 'Postio’r cyfan',
  comment: 'Sylw',
  reply: 'Ateb',
  send: 'Anfon',
  cancel: 'Canslo',
  save: 'cadw',
  'publish!': 'Cyhoeddi!',
  publish: 'Cyhoeddi',
  'publish post': 'Cyhoeddi’r neges',
  message: 'Neges',
  'write a comment…': 'Ysgrifennwch sylw…',
  'add a comment…': 'Ychwanegwch sylw…',
  'join the conversation': 'Ymunwch â’r sgwrs',
  'create post': 'Creu neges',
  close: 'Cau',
  emoji: 'Emoji',
};

export function toWelsh(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  const known = WELSH[trimmed.toLowerCase()];
  return text.replace(trimmed, known ?? `⟪cy⟫ ${trimmed}`);
}

const TRANSLATED_ATTRIBUTES = ['aria-label', 'aria-placeholder', 'placeholder', 'title', 'alt', 'value'];

/** Every label, placeholder and text node under `root` (shadow roots too) in Welsh. */
export function translateInterface(root: ParentNode = document.body): void {
  const scopes: ParentNode[] = [root, ...queryAllDeep(root, '*').flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []))];
  for (const scope of scopes) {
    for (const el of Array.from(scope.querySelectorAll('*'))) {
      for (const name of TRANSLATED_ATTRIBUTES) {
        const value = el.getAttribute(name);
        if (value !== null && !(name === 'value' && el.tagName === 'INPUT' && (el as HTMLInputElement).type === 'hidden')) el.setAttribute(name, toWelsh(value));
      }
      for (const node of Array.from(el.childNodes)) {
        if (node.nodeType === Node.TEXT_NODE && node.textContent?.trim()) node.textContent = toWelsh(node.textContent);
      }
    }
  }
}
