// @vitest-environment happy-dom
// No English-only signal: every adapter must find its editors and send buttons with the interface in
// another language. Each dated snapshot is run again with every label, placeholder and text in Welsh.
// Also: site adapters never require a button text (submitText is the generic adapter's alone).
import { describe, expect, it } from 'vitest';
import { GENERIC_SITE, SITES } from '../../src/sites';
import { expectations, found, latestSnapshot, loadSnapshot, toWelsh, translateInterface } from './snapshots';

const OWN = SITES.filter((s) => s !== GENERIC_SITE);

describe('adapters in any interface language', () => {
  it('the translation leaves no English label as it was', () => {
    expect(toWelsh(' Post ')).toBe(' Postio ');
    expect(toWelsh('Comment as Alex')).toBe('⟪cy⟫ Comment as Alex');
    document.body.innerHTML = '<div aria-label="Reply"><span>Send</span><input placeholder="Search"></div>';
    translateInterface();
    expect(document.body.innerHTML).toBe('<div aria-label="Ateb"><span>Anfon</span><input placeholder="⟪cy⟫ Search"></div>');
  });

  for (const site of OWN) {
    it(`${site.id}: never requires a button text`, () => {
      for (const spec of site.composers) expect(spec.submitText, spec.editor).toBeUndefined();
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
