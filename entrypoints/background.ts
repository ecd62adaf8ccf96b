// Background service worker: thin wiring. The engine lives in src/background/engine-host.ts.
import { browser } from 'wxt/browser';
import { createEngineHost } from '../src/background/engine-host';
import { addDisabledRule, disabledRules, loadEngineSettings } from '../src/background/settings';

export default defineBackground(() => {
  const engine = createEngineHost(loadEngineSettings);
  // Compile once at start, so the first check is quick.
  void engine.warm().catch(() => undefined);
  disabledRules.watch(() => engine.invalidate());

  browser.runtime.onMessage.addListener((message: unknown) => engine.handleMessage(message, addDisabledRule));
});
