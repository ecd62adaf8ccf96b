// Every site adapter, in the order they are tried. The generic one is last and only switched on where a
// page has no adapter of its own (the practice page, sites people add).
import { bluesky } from './bluesky';
import { facebook } from './facebook';
import { generic } from './generic';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import { mastodon } from './mastodon';
import { oldReddit } from './old-reddit';
import { reddit } from './reddit';
import { threads } from './threads';
import type { SiteAdapter } from './types';
import { x } from './x';
import { youtube } from './youtube';

export type { ComposerKind, ComposerSpec, SiteAdapter } from './types';

// The most specific selectors first: on the practice page (every adapter at once) an editor goes to the
// first adapter that claims it. Threads' and the generic selectors are the broadest.
export const SITES: SiteAdapter[] = [x, facebook, reddit, oldReddit, linkedin, instagram, youtube, bluesky, mastodon, threads, generic];

/** Every host the content script runs on (the manifest's content_scripts.matches). */
export const SITE_HOSTS: string[] = [...new Set(SITES.flatMap((site) => site.hosts))];
