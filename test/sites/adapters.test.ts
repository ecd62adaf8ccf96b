// The site adapters as data (no DOM here: the selectors and examples run in Chromium in
// test/browser/adapters.test.ts). Which adapters exist is registry.test.ts's business.
import { describe, expect, it } from 'vitest';
import { SITE_HOSTS, SITES } from '../../src/sites';
import { examplesOf } from '../../src/sites/examples';
import { matchesPattern } from '../../src/content/hosts';

const KINDS = ['post', 'reply', 'comment', 'message'];
const MATCH_PATTERN = /^(\*|https?):\/\/(\*|(\*\.)?[a-z0-9.-]+)\/.*$/;

describe('site adapters', () => {
  for (const site of SITES) {
    describe(site.id, () => {
      it('has a name, valid match patterns and composers', () => {
        expect(site.name.trim()).not.toBe('');
        for (const host of site.hosts) expect(host, host).toMatch(MATCH_PATTERN);
        if (site.id !== 'generic') expect(site.hosts.length).toBeGreaterThan(0);
        else expect(site.hosts).toEqual([]); // switched on per site, never everywhere
        expect(site.composers.length).toBeGreaterThan(0);
      });

      it('has composers with selectors, a kind and at most one keyboard path each', () => {
        for (const c of site.composers) {
          expect(c.editor.trim()).not.toBe('');
          expect(c.submit.trim()).not.toBe('');
          expect(KINDS).toContain(c.kind);
          expect(!!c.sendsOnEnter && !!c.ctrlEnter).toBe(false);
          if (c.submitText) expect(c.submitText.length).toBeGreaterThan(0);
          // Balanced brackets and quotes: a typo would silently match nothing.
          for (const sel of [c.editor, c.submit, c.container ?? '']) {
            expect(sel.split('[').length, sel).toBe(sel.split(']').length);
            expect(sel.split('"').length % 2, sel).toBe(1);
          }
        }
      });

      it('has examples that must and must not match', () => {
        const examples = examplesOf(site.id);
        expect(examples.match.length).toBeGreaterThan(0);
        expect(examples.noMatch.length).toBeGreaterThan(0);
        for (const html of [...examples.match, ...examples.noMatch]) expect(html).toMatch(/^\s*</);
      });
    });
  }

  it('lists every host once for the manifest', () => {
    expect(SITE_HOSTS).toEqual([...new Set(SITES.flatMap((s) => s.hosts))]);
    for (const url of ['https://x.com/home', 'https://www.facebook.com/', 'https://old.reddit.com/r/nhs', 'https://bsky.app/', 'https://www.threads.com/']) {
      expect(SITE_HOSTS.some((p) => matchesPattern(new URL(url), p)), url).toBe(true);
    }
  });
});
