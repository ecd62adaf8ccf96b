// The site registry: every site adapter, in the order they are tried. Everything else that names sites
// is derived from this list: the manifest's content-script matches (SITE_HOSTS), the settings' site ids
// and the options page's switches (SITE_IDS), and the tests' tables. test/sites/registry.test.ts fails on
// an adapter file in this folder that is not listed here, or that has no practice reproduction or examples.
//
// Adding a site: one adapter file here, one examples file in ./examples, one practice reproduction in
// practice/src/sites/, and one line below.
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
// first adapter that claims it. Instagram's messages (Lexical out of a dialog) and the generic selectors
// are the broadest. The options page lists the sites in this order too.
export const SITES = [x, facebook, reddit, oldReddit, linkedin, threads, instagram, youtube, bluesky, mastodon, generic] as const satisfies readonly SiteAdapter[];

/** The adapter for pages no adapter of their own covers: only where the person or their trust added the site. */
export const GENERIC_SITE: SiteAdapter = generic;

/** A site with an adapter of its own (a switch in the options page). */
export type SiteId = Exclude<(typeof SITES)[number]['id'], typeof generic.id>;

/** The sites with an adapter of their own (each has a switch in the options page), in registry order. */
export const OWN_SITES: readonly (SiteAdapter & { id: SiteId })[] = SITES.filter((site): site is (typeof SITES)[number] & { id: SiteId } => site.id !== generic.id);

export const SITE_IDS: readonly SiteId[] = OWN_SITES.map((site) => site.id);

/** Every host the content script runs on (the manifest's content_scripts.matches). */
export const SITE_HOSTS: string[] = [...new Set(SITES.flatMap((site) => site.hosts))];

/**
 * Sites recognised by their pages' markup on any host, for the sites a person or their trust adds
 * (a Mastodon server of their own choosing): the web app mounts in #mastodon, its composer is
 * form.compose-form (Mastodon-compatible servers such as Glitch and Hometown keep both).
 */
export const RECOGNISED_BY_MARKUP: ReadonlyArray<{ site: SiteAdapter; selector: string }> = [{ site: mastodon, selector: '#mastodon, form.compose-form' }];

/** The adapters a page's markup calls for (an added site), before the generic one. */
export function adaptersByMarkup(doc: ParentNode): SiteAdapter[] {
  return RECOGNISED_BY_MARKUP.filter(({ selector }) => {
    try {
      return doc.querySelector(selector) !== null;
    } catch {
      return false;
    }
  }).map(({ site }) => site);
}
