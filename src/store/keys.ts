// The storage.local keys, apart from store/index.ts so the content script can name them cheaply.
export const SETTINGS_KEY = 'settings';
export const REFRESH_KEY = 'refresh';
export const RECONSIDERED_KEY = 'reconsidered';
export const MANAGED_COPY_KEY = 'policyCopy';
export const WRONG_WARNINGS_KEY = 'wrongWarnings';

/** Keys whose change alters what the checks find (the reconsidered count does not). */
export const CONFIG_KEYS: readonly string[] = [SETTINGS_KEY, REFRESH_KEY, MANAGED_COPY_KEY];

/** Did this storage.onChanged event change the config? */
export function changesConfig(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && CONFIG_KEYS.some((key) => key in changes));
}

/** Did this storage.onChanged event change the trust's policy (or bring it, late, at start)? */
export function changesPolicy(changes: Record<string, unknown>, area: string): boolean {
  return area === 'managed' || (area === 'local' && MANAGED_COPY_KEY in changes);
}
