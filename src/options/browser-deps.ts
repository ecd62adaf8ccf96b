// PageDeps for the real extension pages.
import { browser } from 'wxt/browser';
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

export const popupDeps: PopupDeps = {
  ...browserDeps,
  currentUrl: async () => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true }).catch(() => []);
    return tab?.url;
  },
  openOptions: () => {
    void browser.runtime.openOptionsPage();
    window.close();
  },
};
