// Every site adapter's example markup, keyed by adapter id: each file here is named after its adapter
// (./x.ts holds the examples of ../x.ts) and exports one SiteExamples. Imported by the tests only (vite
// or vitest): the content script never loads it. test/sites/registry.test.ts checks that every
// registered adapter has a file here and every file here has an adapter.
import type { SiteExamples } from '../types';

export type { SiteExamples } from '../types';

const modules = import.meta.glob<Record<string, SiteExamples>>(['./*.ts', '!./index.ts'], { eager: true });

export const EXAMPLES: Record<string, SiteExamples> = Object.fromEntries(
  Object.entries(modules).map(([path, exports]) => {
    const found = Object.values(exports);
    if (found.length !== 1) throw new Error(`${path} must export one SiteExamples`);
    return [path.replace(/^\.\/(.*)\.ts$/, '$1'), found[0]!];
  }),
);

/** The examples of one adapter (a test fails if an adapter has none). */
export function examplesOf(siteId: string): SiteExamples {
  const found = EXAMPLES[siteId];
  if (!found) throw new Error(`no examples for site adapter "${siteId}" (add src/sites/examples/${siteId}.ts)`);
  return found;
}
