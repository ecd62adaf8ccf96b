// The site adapters for this page: a supported site's by its address; on a site a person or their trust
// added, the Mastodon adapter if its markup calls for it (Mastodon on any server) and the generic one.
// Used by the guard module (entrypoints/content-guard.ts) and the self-test (entrypoints/self-test.ts).
import type { SiteAdapter } from '../sites/types';
import { adaptersByMarkup, GENERIC_SITE, SITES } from '../sites';
import { adaptersFor } from './hosts';

export function pageAdapters(): SiteAdapter[] {
  const adapters = adaptersFor(location.href, SITES, __TBYP_PRACTICE__);
  return adapters.length > 0 ? adapters : [...adaptersByMarkup(document), GENERIC_SITE];
}
