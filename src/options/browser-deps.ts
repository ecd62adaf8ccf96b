// PageDeps for the real extension pages.
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE } from '../background/added-sites';
import type { SelfTestReport } from '../content/self-test';
import { originMatch } from '../settings';
import { clearWrongWarnings, loadStoredConfig, readWrongWarnings, reconsideredThisWeek, resetSettings, updateSettings, watchConfig, watchWrongWarnings } from '../store';
import type { PageDeps, PopupDeps } from './deps';

export const browserDeps: PageDeps = {
  load: () => loadStoredConfig(),
  preview: (settings) => loadStoredConfig(settings),
  update: async (change) => {
    await updateSettings(change);
  },
  reset: resetSettings,
  watch: watchConfig,
  hasAccess: (origin) => browser.permissions.contains({ origins: [originMatch(origin)] }).catch(() => false),
  requestAccess: (origin) => browser.permissions.request({ origins: [originMatch(origin)] }).catch(() => false),
  reconsideredThisWeek: () => reconsideredThisWeek(),
  wrongWarnings: readWrongWarnings,
  clearWrongWarnings,
  watchWrongWarnings,
  now: () => Date.now(),
};

/**
 * The tab the popup is about: the active one, or the one named by ?tab=<id> (the popup opened in a tab
 * of its own, as the browser tests do). A tab's address shows only where the extension has access or
 * through activeTab, which only a click on the toolbar icon grants; a popup opened by address can be
 * given it (&url=), which only ever leads to the browser's own prompt for that site.
 */
async function currentTab(): Promise<{ id?: number; url?: string } | undefined> {
  const params = new URLSearchParams(location.search);
  const named = Number(params.get('tab'));
  if (Number.isInteger(named) && named > 0) {
    const tab = await browser.tabs.get(named).catch(() => undefined);
    return tab && { id: tab.id, url: tab.url ?? params.get('url') ?? undefined };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
  return tab;
}

/** Run one of our scripts in the current tab (the content script's isolated world); its result. */
async function runInTab(file: string): Promise<unknown> {
  const tab = await currentTab();
  if (tab?.id === undefined) throw new Error('no tab');
  const [first] = await browser.scripting.executeScript({ target: { tabId: tab.id }, files: [file as never] }); // paths of our own build
  return first?.result;
}

export const popupDeps: PopupDeps = {
  ...browserDeps,
  currentUrl: async () => (await currentTab())?.url,
  removeAccess: (origin) => browser.permissions.remove({ origins: [originMatch(origin)] }).catch(() => false),
  startHere: async () => {
    await runInTab(`/${CONTENT_SCRIPT_FILE}`);
  },
  selfTest: async () => {
    const report = (await runInTab('/self-test.js').catch(() => null)) as SelfTestReport | null;
    return report && typeof report === 'object' && Array.isArray(report.composers) ? report : null;
  },
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
