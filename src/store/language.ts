// The person's language choice (options page), under its own storage.local key: apart from index.ts so
// the nudge's UI module can read it without loading the settings and packs code.
import { browser } from '@wxt-dev/browser';

export const LANGUAGE_KEY = 'language';

export async function readLanguage(): Promise<unknown> {
  return (await browser.storage.local.get(LANGUAGE_KEY))?.[LANGUAGE_KEY];
}

export async function writeLanguage(choice: string): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: choice });
}

/** Calls `listener` with the new choice when it changes (in another page or tab). */
export function watchLanguage(listener: (choice: unknown) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_KEY in changes) listener(changes[LANGUAGE_KEY]!.newValue);
  });
}
