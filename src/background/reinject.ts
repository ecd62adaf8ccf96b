// After an install or update, Chromium leaves open tabs with no content script, or with the old one cut
// off from the extension (Firefox injects into open tabs itself). So the content scripts go into every
// open tab they match: those in the manifest and those registered for added sites. The old script, if
// any, gives way to the new (src/content/orphan.ts); the new one starts only once per tab.
import { browser } from 'wxt/browser';

interface ScriptSpec {
  matches?: string[];
  js?: string[];
}

/** Injects each content script into the open tabs it matches. Never throws: a tab that refuses is skipped. */
export async function injectIntoOpenTabs(): Promise<number> {
  const scripts: ScriptSpec[] = [...(browser.runtime.getManifest().content_scripts ?? [])];
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  scripts.push(...registered);
  let injected = 0;
  for (const { matches, js } of scripts) {
    if (!matches?.length || !js?.length) continue;
    const tabs = await browser.tabs.query({ url: matches }).catch(() => []);
    for (const tab of tabs) {
      if (tab.id === undefined || tab.discarded) continue;
      // `js`: paths the manifest or the registration itself names.
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: js as never[] }).then(
        () => injected++,
        () => undefined,
      );
    }
  }
  return injected;
}
