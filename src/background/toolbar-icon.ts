// The toolbar icon says, tab by tab, whether the coach is on there, paused, or not on that site.
// The background sees a tab's address only where the extension has host access: the supported sites
// (wxt.config.ts) and the sites a person or trust added. Anywhere else the coach can't run, so a tab
// whose address it can't see is "not on this site".
import { browser } from 'wxt/browser';
import { adaptersFor } from '../content/hosts';
import { isActiveOn, isPaused, type LoadedConfig } from '../settings';
import { SITES } from '../sites';

export type IconState = 'on' | 'paused' | 'off';

const ICON_PATHS: Record<IconState, Record<number, string>> = {
  on: { 16: '/icon/16.png', 32: '/icon/32.png' },
  paused: { 16: '/icon/paused-16.png', 32: '/icon/paused-32.png' },
  off: { 16: '/icon/off-16.png', 32: '/icon/off-32.png' },
};

export function iconState(url: string | undefined, config: LoadedConfig, now: number, practice = false): IconState {
  if (isPaused(config.settings, config.policy, now)) return 'paused';
  if (!url || !/^https?:/.test(url)) return 'off';
  if (isPaused(config.settings, config.policy, now, new URL(url).hostname)) return 'paused';
  const site = adaptersFor(url, SITES, practice)[0];
  return isActiveOn(new URL(url).hostname, site?.id, config.settings, config.policy, now) ? 'on' : 'off';
}

/** Keeps every tab's icon right as tabs load and settings change. Returns "update all". */
export function watchToolbarIcon(config: () => Promise<LoadedConfig>): () => Promise<void> {
  const action = browser.action ?? browser.browserAction; // Firefox MV2: browserAction
  const set = async (tabId: number, url: string | undefined) => {
    const state = iconState(url, await config(), Date.now(), __TBYP_PRACTICE__);
    await action.setIcon({ tabId, path: ICON_PATHS[state] }).catch(() => undefined); // the tab may have closed
  };
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'loading' || change.url) void set(tabId, tab.url);
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then((tab) => set(tabId, tab.url), () => undefined);
  });
  return async () => {
    const tabs = await browser.tabs.query({}).catch(() => []);
    await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : set(tab.id, tab.url))));
  };
}
