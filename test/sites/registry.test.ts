// The site registry's meta-test: walks src/sites/ and fails on an adapter file that is not registered in
// SITES (src/sites/index.ts) or lacks what every adapter needs. A site missing from the registry would
// be treated as an "added site" and silently check nothing, with every other test still passing.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GENERIC_SITE, OWN_SITES, SITE_HOSTS, SITE_IDS, SITES, type SiteAdapter } from '../../src/sites';
import { EXAMPLES } from '../../src/sites/examples';
import { DEFAULT_SETTINGS } from '../../src/settings/schema';
import { COMPOSERS } from '../browser/harness';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SITES_DIR = join(ROOT, 'src/sites');
const PRACTICE_DIR = join(ROOT, 'practice/src/sites');
const SNAPSHOT_DIR = join(ROOT, 'test/fixtures/sites');
/** Files in src/sites/ that are not adapters. */
const NOT_ADAPTERS = new Set(['index.ts', 'types.ts']);

const adapterFiles = readdirSync(SITES_DIR).filter((f) => f.endsWith('.ts') && !NOT_ADAPTERS.has(f));

/** Practice composers ("facebook-post") of a site: practice/src/sites/<id>.ts(x) or <id>-<variant>.ts(x). */
function practiceIdsOf(siteId: string): string[] {
  return readdirSync(PRACTICE_DIR)
    .map((f) => f.replace(/\.tsx?$/, ''))
    .filter((name) => name === siteId || name.startsWith(`${siteId}-`));
}

/** A saved copy of the real site's markup, named with the day it was taken: test/fixtures/sites/<id>/2026-12-01.html. */
function hasDatedSnapshot(siteId: string, root = SNAPSHOT_DIR): boolean {
  const dir = join(root, siteId);
  return existsSync(dir) && readdirSync(dir).some((f) => /^\d{4}-\d{2}-\d{2}\b.*\.html$/.test(f));
}

interface Requirement {
  what: string;
  met(siteId: string): boolean;
}

/** What every adapter file must have. Add a line here to require more of every site. */
const REQUIREMENTS: Requirement[] = [
  { what: 'a line in SITES (src/sites/index.ts)', met: (id) => SITES.some((s) => s.id === id) },
  { what: 'a practice reproduction (practice/src/sites/<id>.ts or <id>-<variant>.ts)', met: (id) => practiceIdsOf(id).length > 0 },
  { what: 'markup examples (src/sites/examples/<id>.ts) that must and must not match', met: (id) => !!EXAMPLES[id]?.match.length && !!EXAMPLES[id]?.noMatch.length },
  { what: 'a dated snapshot (test/fixtures/sites/<id>/<YYYY-MM-DD>.html)', met: (id) => id === GENERIC_SITE.id || hasDatedSnapshot(id) },
];

async function adapterIn(file: string): Promise<SiteAdapter> {
  const module = (await import(join(SITES_DIR, file))) as Record<string, unknown>;
  const adapters = Object.values(module).filter((v): v is SiteAdapter => !!v && typeof v === 'object' && 'composers' in v && 'hosts' in v);
  expect(adapters, `${file} exports one site adapter`).toHaveLength(1);
  return adapters[0]!;
}

describe('site registry', () => {
  it('finds the adapter files', () => {
    expect(adapterFiles.length).toBeGreaterThan(1);
  });

  for (const file of adapterFiles) {
    describe(`src/sites/${file}`, () => {
      it('is the adapter SITES holds, with the id of its file name', async () => {
        const adapter = await adapterIn(file);
        expect(adapter.id).toBe(file.replace(/\.ts$/, ''));
        expect(SITES.find((s) => s.id === adapter.id), 'registered in src/sites/index.ts').toBe(adapter);
      });

      for (const requirement of REQUIREMENTS) {
        it(`has ${requirement.what}`, () => {
          expect(requirement.met(file.replace(/\.ts$/, ''))).toBe(true);
        });
      }
    });
  }

  it('registers nothing but the files here, each once, the generic adapter last', () => {
    expect(SITES.map((s) => `${s.id}.ts`).sort()).toEqual([...adapterFiles].sort());
    expect(new Set(SITES.map((s) => s.id)).size).toBe(SITES.length);
    expect(SITES[SITES.length - 1]).toBe(GENERIC_SITE);
  });

  it('has examples only for registered adapters', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(SITES.map((s) => s.id).sort());
  });

  it('gives every site with hosts a settings switch, on by default', () => {
    expect(SITE_IDS).toEqual(SITES.filter((s) => s.hosts.length > 0).map((s) => s.id));
    expect(OWN_SITES.map((s) => s.id)).toEqual(SITE_IDS);
    expect(Object.keys(DEFAULT_SETTINGS.sites.enabled).sort()).toEqual([...SITE_IDS].sort());
    expect(SITE_HOSTS).toEqual([...new Set(SITES.flatMap((s) => s.hosts))]);
  });

  it('has a browser-test case for every practice composer of every site', () => {
    const practiceIds = SITES.flatMap((s) => practiceIdsOf(s.id)).sort();
    expect(COMPOSERS.map((c) => c.id).sort()).toEqual(practiceIds);
  });

  it('recognises a dated snapshot (for the snapshot requirement above)', () => {
    const root = mkdtempSync(join(tmpdir(), 'tbyp-snapshots-'));
    try {
      mkdirSync(join(root, 'x'));
      writeFileSync(join(root, 'x', 'notes.html'), '<div></div>');
      expect(hasDatedSnapshot('x', root)).toBe(false);
      writeFileSync(join(root, 'x', '2026-12-01-cy.html'), '<div></div>');
      expect(hasDatedSnapshot('x', root)).toBe(true);
      expect(hasDatedSnapshot('bluesky', root)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
