// The trust's pack from its refresh URL: fetched at start, when the policy changes and every few
// hours. The pack is validated before use; when a fetch fails or the pack is invalid, the last good
// one stays in use. This is the only request the extension makes, and only when a trust sets it.
import { loadRegexSafety } from '../packs/regex-safety';
import type { PackProblem } from '../packs/types';
import { applyRefresh, builtinRuleIds, parsePolicy, type RefreshState } from '../settings';

export const REFRESH_PERIOD_MINUTES = 6 * 60;
const FETCH_TIMEOUT_MS = 30_000;

export interface RefreshDeps {
  readManaged(): Promise<unknown>;
  readRefresh(): Promise<RefreshState | undefined>;
  writeRefresh(state: RefreshState): Promise<void>;
  fetchText(url: string): Promise<{ text?: string; error?: string }>;
  now?: () => Date;
}

/** Fetch the trust's pack once, if the policy names a refresh URL. Returns the problems found. */
export async function refreshTrustPack(deps: RefreshDeps): Promise<PackProblem[]> {
  const { policy } = parsePolicy(await deps.readManaged());
  if (!policy.refreshUrl) return [];
  const url = policy.refreshUrl;
  const attempt = await deps.fetchText(url).catch((error: unknown) => ({ error: String(error), text: undefined }));
  await loadRegexSafety();
  const result = applyRefresh(await deps.readRefresh(), { url, at: (deps.now?.() ?? new Date()).toISOString(), ...attempt });
  await deps.writeRefresh(result.state);
  return result.problems;
}

/** fetch() with a timeout and no cookies; `error` says what went wrong. */
export async function fetchText(url: string): Promise<{ text?: string; error?: string }> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), FETCH_TIMEOUT_MS);
  try {
    const response = await fetch(url, { credentials: 'omit', cache: 'no-cache', redirect: 'error', signal: controller.signal });
    if (!response.ok) return { error: `HTTP ${response.status}` };
    return { text: await response.text() };
  } catch (error) {
    return { error: controller.signal.aborted ? `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds` : 'network error' };
  } finally {
    clearTimeout(timer);
  }
}
