// @vitest-environment happy-dom
// Each site adapter against its dated snapshot of the real markup (test/fixtures/sites/<id>/): it must
// claim every editor the snapshot marks and find that composer's own send button. Fails when a site
// changes and the snapshot is renewed, or when an adapter change loses a composer.
import { describe, expect, it } from 'vitest';
import { composerOfEditor, draftText } from '../../src/content/composers';
import { GENERIC_SITE, SITES } from '../../src/sites';
import { reddit } from '../../src/sites/reddit';
import { expectations, found, latestSnapshot, loadSnapshot } from './snapshots';

describe('site adapters against their dated snapshots', () => {
  for (const site of SITES.filter((s) => s !== GENERIC_SITE)) {
    it(`${site.id}: finds every composer and its send button`, () => {
      const snapshot = latestSnapshot(site.id);
      expect(snapshot, `test/fixtures/sites/${site.id}/<YYYY-MM-DD>.html`).not.toBeNull();
      expect(snapshot!.html, 'a header comment naming the source').toMatch(/^<!--[\s\S]*?(source|from|evidence)[\s\S]*?-->/i);
      loadSnapshot(snapshot!.html);
      const marked = expectations();
      expect(marked.length, `${snapshot!.file} marks at least one editor`).toBeGreaterThan(0);
      for (const expectation of marked) {
        const result = found(site, expectation);
        expect(result.claimed, `${snapshot!.file}: editor-${expectation.mark} claimed`).toBe(true);
        if (expectation.send) expect(result.sendFound, `${snapshot!.file}: send-${expectation.mark} found`).toBe(true);
        else {
          const spec = result.spec;
          expect(!!(spec?.sendsOnEnter || spec?.ctrlEnter), `${snapshot!.file}: editor-${expectation.mark} has a keyboard path`).toBe(true);
        }
      }
      // Editors marked with the same N go out with one send button (a post's title and body): from any of
      // them, the composer holds them all, so they are checked as one post.
      for (const mark of new Set(marked.map((e) => e.mark))) {
        const together = marked.filter((e) => e.mark === mark).map((e) => e.editor);
        if (together.length < 2) continue;
        for (const editor of together) expect(new Set(composerOfEditor(editor, [site])?.editors), `${snapshot!.file}: editor-${mark} group`).toEqual(new Set(together));
      }
    });
  }

  it('reddit: a new post is checked as its title, then its body, from either box', () => {
    loadSnapshot(latestSnapshot('reddit')!.html);
    const post = expectations().filter((e) => e.mark === '5');
    const title = post.find((e) => e.editor.tagName === 'TEXTAREA')?.editor;
    const body = post.find((e) => e.editor.isContentEditable || e.editor.getAttribute('contenteditable') === 'true')?.editor;
    for (const editor of [title!, body!]) expect(draftText(composerOfEditor(editor, [reddit])!)).toBe('Night shift tips\n\nWhat keeps you going at 4am?');
  });
});
