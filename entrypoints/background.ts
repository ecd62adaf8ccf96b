// Background service worker: thin wiring. The engine lives in src/background/engine-host.ts.
import { browser } from 'wxt/browser';
import { syncAddedSites } from '../src/background/added-sites';
import { createEngineHost } from '../src/background/engine-host';
import { injectIntoOpenTabs } from '../src/background/reinject';
import { watchToolbarIcon } from '../src/background/toolbar-icon';
import { fetchText, REFRESH_PERIOD_MINUTES, refreshTrustPack } from '../src/background/refresh';
import { withRuleDisabled } from '../src/settings';
import { changesPolicy } from '../src/store/keys';
import { countReconsidered, loadStoredConfig, readManaged, readRefresh, recheckManagedAfterStart, recordWrongWarning, updateSettings, watchConfig, writeRefresh } from '../src/store';

const REFRESH_ALARM = 'tbyp-refresh-trust-pack';

export default defineBackground(() => {
  const engine = createEngineHost({
    loadConfig: loadStoredConfig,
    dismissRule: async (ruleId) => {
      await updateSettings((s) => withRuleDisabled(s, ruleId));
    },
    restoreRule: async (ruleId) => {
      await updateSettings((s) => withRuleDisabled(s, ruleId, false));
    },
    reportWrong: (ruleId, site) => recordWrongWarning(ruleId, site),
    countReconsidered: () => countReconsidered(),
  });

  // One refresh at a time: the policy's own event and its copy changing come together.
  let refreshing: Promise<unknown> = Promise.resolve();
  const refresh = (periodic = false) =>
    (refreshing = refreshing.then(() => refreshTrustPack({ readManaged, readRefresh, writeRefresh, fetchText }, { periodic }).catch(() => [])));
  // The engine's config: one load serves checking and the added sites.
  const syncSites = () =>
    engine
      .config()
      .then((config) => syncAddedSites(config.settings, config.policy))
      .catch((error: unknown) => console.warn('[tbyp] could not register the added sites', error));

  const updateIcons = watchToolbarIcon(() => engine.config());

  // Compile once at start (syncSites does), so the first check is quick.
  recheckManagedAfterStart();
  void refresh();
  void syncSites();
  void updateIcons();
  watchConfig(() => {
    engine.invalidate();
    void syncSites();
    void updateIcons();
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (changesPolicy(changes, area)) void refresh();
  });
  browser.permissions.onAdded.addListener(() => void syncSites());
  browser.permissions.onRemoved.addListener(() => void syncSites());
  void browser.alarms.create(REFRESH_ALARM, { periodInMinutes: REFRESH_PERIOD_MINUTES });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REFRESH_ALARM) void refresh(true);
  });

  browser.runtime.onMessage.addListener((message: unknown, sender) => engine.handleMessage(message, sender));

  // First run: a short page on what the coach does and the privacy promise (not on updates).
  // Installed or updated: tabs already open get the content script now, not at their next reload.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    if (reason === 'install' || reason === 'update') void injectIntoOpenTabs();
  });
});
