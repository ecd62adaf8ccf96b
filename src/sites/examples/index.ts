// Every site adapter's example markup, keyed by adapter id. Imported by the tests only: the content
// script never loads it.
import type { SiteExamples } from '../types';
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { oldReddit } from './old-reddit';
import { reddit } from './reddit';
import { threads } from './threads';
import { x } from './x';
import { youtube } from './youtube';

export type { SiteExamples } from '../types';

export const EXAMPLES: Record<string, SiteExamples> = {
  x,
  facebook,
  reddit,
  'old-reddit': oldReddit,
  linkedin,
  instagram,
  youtube,
  bluesky,
  mastodon,
  threads,
  generic,
};

/** The examples of one adapter (a test fails if an adapter has none). */
export function examplesOf(siteId: string): SiteExamples {
  const found = EXAMPLES[siteId];
  if (!found) throw new Error(`no examples for site adapter "${siteId}" (add src/sites/examples/${siteId}.ts)`);
  return found;
}
