// Sites a person or their trust added (forums, intranets, a Mastodon server): the content script is
// registered on those the person has granted access to, with the generic adapter. Access is asked for
// in the options page, at the moment a site is added (optional host permissions only).
import { browser } from 'wxt/browser';
import { addedOriginMatches, type Settings, type TrustPolicy } from '../settings';

export const ADDED_SITES_SCRIPT_ID = 'tbyp-added-sites';
/** The content script's file in the build (WXT names it after entrypoints/content/). */
export const CONTENT_SCRIPT_FILE = 'content-scripts/content.js';

/** Register (or update, or remove) the content script on the added sites that have access. */
export async function syncAddedSites(settings: Settings, policy: TrustPolicy): Promise<string[]> {
  const granted: string[] = [];
  for (const match of addedOriginMatches(settings, policy)) {
    if (await browser.permissions.contains({ origins: [match] }).catch(() => false)) granted.push(match);
  }
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] }).catch(() => []);
  if (granted.length === 0) {
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [ADDED_SITES_SCRIPT_ID] });
    return granted;
  }
  const script = { id: ADDED_SITES_SCRIPT_ID, matches: granted, js: [CONTENT_SCRIPT_FILE], runAt: 'document_start' as const, allFrames: false };
  if (existing.length) await browser.scripting.updateContentScripts([script]);
  else await browser.scripting.registerContentScripts([script]);
  return granted;
}
