// Every practice reproduction says where its markup comes from and when (issue 10): the sites with open
// source (Mastodon, Bluesky) name the file and the commit they were rebuilt from; the others their
// evidence and its date; the generic page says it is made up.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const DIR = fileURLToPath(new NodeURL('../../practice/src/sites/', import.meta.url));
const header = (file: string) => (readFileSync(DIR + file, 'utf8').match(/^(?:\/\*\*[^\n]*\n)?((?:\/\/[^\n]*\n)+)/)?.[1] ?? '');

describe('practice reproductions cite their sources', () => {
  const files = readdirSync(DIR).filter((f) => /\.tsx?$/.test(f));

  it('there are reproductions to check', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  for (const file of files) {
    it(`${file}: its header names its evidence and date (or says it is made up)`, () => {
      const text = header(file);
      if (file.startsWith('generic')) expect(text).toMatch(/made up/i);
      else {
        expect(text, file).toMatch(/\b20\d\d-\d\d-\d\d\b/);
        expect(text, file).toMatch(/evidence|source|read/i);
      }
    });
  }

  for (const [file, repo, paths] of [
    ['mastodon.tsx', 'mastodon/mastodon', ['features/compose/components/compose_form.jsx', 'components/autosuggest_textarea.jsx']],
    ['bluesky.ts', 'bluesky-social/social-app', ['src/view/com/composer/Composer.tsx', 'text-input/TextInput.web.tsx']],
  ] as const) {
    it(`${file}: rebuilt from ${repo}, each file with its commit`, () => {
      const text = header(file).replace(/\n\/\/\s*/g, ' ');
      expect(text).toContain(repo);
      for (const path of paths) expect(text, path).toMatch(new RegExp(`${path.replace(/[.*/]/g, '\\$&')}\\s+@\\s+[0-9a-f]{40}\\b`));
    });
  }
});
