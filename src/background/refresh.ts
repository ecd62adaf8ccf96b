// The trust's pack from its refresh URL: fetched at start, when the policy changes and every few
// hours. Chromium hands the extension its policy only seconds after it starts, so "when the policy
// changes" includes the policy arriving (the copy src/store keeps changing), not only storage.managed's
// own event. A service worker starts many times a day: a start or a policy change fetches again only
// for a new URL or after MIN_REFETCH_MINUTES. The pack is validated before use; when a fetch fails or the pack is invalid, the last good
// one stays in use. This is the only request the extension makes, and only when a trust sets it.
import { loadRegexSafety } from '../packs/regex-safety';
import type { PackProblem } from '../packs/types';
import { applyRefresh, builtinRuleIds, MAX_PACK_JSON_LENGTH, parsePolicy, type RefreshState } from '../settings';

export const REFRESH_PERIOD_MINUTES = 6 * 60;
export const MIN_REFETCH_MINUTES = 5;
const FETCH_TIMEOUT_MS = 30_000;

export interface RefreshDeps {
  readManaged(): Promise<unknown>;
  readRefresh(): Promise<RefreshState | undefined>;
  writeRefresh(state: RefreshState): Promise<void>;
  fetchText(url: string): Promise<{ text?: string; error?: string }>;
  now?: () => Date;
}

/**
 * Fetch the trust's pack once, if the policy names a refresh URL. Returns the problems found. Unless
 * `periodic` (the alarm), nothing is fetched when the same URL was tried less than MIN_REFETCH_MINUTES ago.
 */
export async function refreshTrustPack(deps: RefreshDeps, { periodic = false } = {}): Promise<PackProblem[]> {
  const { policy } = parsePolicy(await deps.readManaged());
  if (!policy.refreshUrl) return [];
  const url = policy.refreshUrl;
  const now = deps.now?.() ?? new Date();
  const last = (await deps.readRefresh())?.lastAttempt;
  const since = last ? now.getTime() - Date.parse(last.at) : Infinity;
  if (!periodic && last?.url === url && since >= 0 && since < MIN_REFETCH_MINUTES * 60_000) return [];
  const attempt = await deps.fetchText(url).catch((error: unknown) => ({ error: String(error), text: undefined }));
  await loadRegexSafety();
  const result = applyRefresh(await deps.readRefresh(), { url, at: now.toISOString(), ...attempt });
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
    const text = await readLimited(response, MAX_PACK_JSON_LENGTH);
    if (text === undefined) {
      controller.abort();
      return { error: `the pack is too big (over ${MAX_PACK_JSON_LENGTH.toLocaleString('en-GB')} characters)` };
    }
    return { text };
  } catch (error) {
    return { error: controller.signal.aborted ? `no answer within ${FETCH_TIMEOUT_MS / 1000} seconds` : 'network error' };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The body as text, read as it streams in and given up as soon as it passes `maxChars` (undefined then):
 * a huge response is never held whole. A declared Content-Length over the limit is refused unread.
 */
export async function readLimited(response: Response, maxChars: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxChars * 4) return undefined; // 4 bytes is the most one character takes
  if (!response.body) {
    const text = await response.text();
    return text.length > maxChars ? undefined : text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    text += decoder.decode(value, { stream: !done });
    if (text.length > maxChars) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    if (done) return text;
  }
}
