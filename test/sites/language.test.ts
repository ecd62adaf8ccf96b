// @vitest-environment happy-dom
// No English-only signal: every adapter must find its editors and send buttons with the interface in
// another language. Each dated snapshot is run again with every label, placeholder and text in Welsh.
// Also, by reading the adapters themselves: site adapters never require a button text (submitText is the
// generic adapter's alone), and no selector finds an editor, container or send button by a label alone
// (each has an alternative that names no aria-label, placeholder, title or alt), and every composer an
// adapter describes is exercised by its snapshot, so the Welsh run above covers them all.
import { describe, expect, it } from 'vitest';
import { composerOfEditor } from '../../src/content/composers';
import { GENERIC_SITE, SITES } from '../../src/sites';
import { expectations, found, latestSnapshot, loadSnapshot, toWelsh, translateInterface } from './snapshots';

const OWN = SITES.filter((s) => s !== GENERIC_SITE);

/** A selector list's alternatives (top-level commas only: not those inside [..], (..) or quotes). */
function alternatives(selector: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let current = '';
  for (const ch of selector) {
    if (quote) {
      if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '[' || ch === '(') depth++;
    else if (ch === ']' || ch === ')') depth--;
    else if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
      continue;
    }
    current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Attributes whose values are interface words, translated with the interface. */
const WORDY = /\[\s*(aria-label|aria-placeholder|aria-description|placeholder|title|alt|value)\s*[~|^$*]?=/i;
/** Whether a selector alternative finds things by an interface word (an attribute value or a text match). */
const byWords = (alternative: string) => WORDY.test(alternative) || /:(contains|has-text|text)\(/i.test(alternative);

/** The selectors of a composer that must not depend on words. */
const KINDS_OF_SELECTOR = ['editor', 'submit', 'container'] as const;

describe('adapters in any interface language', () => {
  it('the translation leaves no English label as it was', () => {
    expect(toWelsh(' Post ')).toBe(' Postio ');
    expect(toWelsh('Comment as Alex')).toBe('⟪cy⟫ Comment as Alex');
    document.body.innerHTML = '<div aria-label="Reply"><span>Send</span><input placeholder="Search"></div>';
    translateInterface();
    expect(document.body.innerHTML).toBe('<div aria-label="Ateb"><span>Anfon</span><input placeholder="⟪cy⟫ Search"></div>');
  });

  it('the walk below tells a selector that needs a label from one that does not', () => {
    expect(alternatives('a[aria-label="x, y"], b:not(c, d), e')).toEqual(['a[aria-label="x, y"]', 'b:not(c, d)', 'e']);
    expect(byWords('[data-lexical-editor="true"][aria-label^="Comment as"]')).toBe(true);
    expect(byWords('div[role="button"][title="Post"]')).toBe(true);
    expect(byWords('textarea[placeholder*="comment"]')).toBe(true);
    expect(byWords('[data-testid="tweetButton"]')).toBe(false);
    expect(byWords('form[role="presentation"] [contenteditable="true"]')).toBe(false);
  });

  for (const site of OWN) {
    it(`${site.id}: never requires a button text`, () => {
      for (const spec of site.composers) expect(spec.submitText, spec.editor).toBeUndefined();
    });

    it(`${site.id}: no editor, container or send button is found by an English label alone`, () => {
      for (const spec of site.composers) {
        for (const part of KINDS_OF_SELECTOR) {
          const selector = spec[part];
          if (selector === undefined) continue;
          const structural = alternatives(selector).filter((a) => !byWords(a));
          expect(structural, `${site.id} ${part}: ${selector} needs an alternative that names no label`).not.toEqual([]);
        }
        for (const hint of spec.submitHint ?? []) expect(typeof hint).toBe('string'); // a hint prefers, never requires
      }
    });

    it(`${site.id}: every composer it describes is in its snapshot, so the Welsh run covers each`, () => {
      const snapshot = latestSnapshot(site.id);
      loadSnapshot(snapshot!.html);
      translateInterface();
      const claimedBy = new Set(expectations().map((e) => composerOfEditor(e.editor, [site])?.spec));
      const missing = site.composers.filter((spec) => !claimedBy.has(spec)).map((spec) => spec.editor);
      expect(missing, `${snapshot!.file}: composers with no marked editor`).toEqual([]);
    });

    it(`${site.id}: finds every composer and its send button in its snapshot in Welsh`, () => {
      const snapshot = latestSnapshot(site.id);
      expect(snapshot).not.toBeNull();
      loadSnapshot(snapshot!.html);
      translateInterface();
      const marked = expectations();
      expect(marked.length).toBeGreaterThan(0);
      for (const expectation of marked) {
        const result = found(site, expectation);
        expect(result.claimed, `${snapshot!.file} (cy): editor-${expectation.mark} claimed`).toBe(true);
        if (expectation.send) expect(result.sendFound, `${snapshot!.file} (cy): send-${expectation.mark} found`).toBe(true);
      }
    });
  }
});
