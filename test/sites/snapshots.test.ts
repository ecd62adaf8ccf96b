// @vitest-environment happy-dom
// Each site adapter against its dated snapshot of the real markup (test/fixtures/sites/<id>/): it must
// claim every editor the snapshot marks and find that composer's own send button. Fails when a site
// changes and the snapshot is renewed, or when an adapter change loses a composer.
import { describe, expect, it } from 'vitest';
import { GENERIC_SITE, SITES } from '../../src/sites';
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
    });
  }
});
