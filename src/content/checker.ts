// Talks to the background engine. Results are kept in memory only, keyed by the exact text (and where
// it goes), so a post whose text was already checked clean goes out with zero delay.
import { browser } from 'wxt/browser';
import type { CheckRequest, CheckResponse, DismissRuleRequest, ReconsideredRequest, ReportWrongRequest, RestoreRuleRequest, StatusRequest, StatusResponse, WarmRequest } from '../background/messages';
import type { Context } from '../engine/types';
import { changesConfig } from '../store/keys';

const CACHE_SIZE = 24;

export class ResultCache {
  private readonly map = new Map<string, CheckResponse>();

  get(text: string): CheckResponse | undefined {
    const hit = this.map.get(text);
    if (hit) {
      // Most recently used last.
      this.map.delete(text);
      this.map.set(text, hit);
    }
    return hit;
  }

  set(text: string, result: CheckResponse): void {
    this.map.delete(text);
    this.map.set(text, result);
    while (this.map.size > CACHE_SIZE) this.map.delete(this.map.keys().next().value as string);
  }

  clear(): void {
    this.map.clear();
  }
}

export class CheckTimeout extends Error {}

function isCheckResponse(value: unknown): value is CheckResponse {
  return !!value && typeof value === 'object' && Array.isArray((value as CheckResponse).findings);
}

/** Ask the background to check `text`; rejects on error, a malformed reply or after `timeoutMs`. */
export function requestCheck(text: string, context: Context, timeoutMs: number): Promise<CheckResponse> {
  const message: CheckRequest = { type: 'tbyp/check', text, context };
  // async: if sendMessage throws (the extension was reloaded), the promise rejects.
  const ask = async (): Promise<CheckResponse> => {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!isCheckResponse(reply)) throw new Error('bad reply');
    const { lockedBy, titles, categories, help } = reply;
    return {
      findings: reply.findings,
      locked: reply.locked ?? {},
      ...(lockedBy ? { lockedBy } : {}),
      ...(titles ? { titles } : {}),
      ...(categories ? { categories } : {}),
      ...(help ? { help } : {}),
      ...(reply.account ? { account: reply.account } : {}),
      ...statusFrom(reply),
    };
  };
  return within(ask(), timeoutMs);
}

/** Only the status fields, and only well-formed ones. */
function statusFrom(reply: StatusResponse): StatusResponse {
  if (reply.inactive !== true) return {};
  return typeof reply.inactiveUntil === 'number' ? { inactive: true, inactiveUntil: reply.inactiveUntil } : { inactive: true };
}

/** Ask the background whether checking is on for `site` on this page; rejects on error or after `timeoutMs`. */
export function requestStatus(site: string, timeoutMs: number): Promise<StatusResponse> {
  const message: StatusRequest = { type: 'tbyp/status', site };
  const ask = async (): Promise<StatusResponse> => {
    const reply: unknown = await browser.runtime.sendMessage(message);
    if (!reply || typeof reply !== 'object') throw new Error('bad reply');
    return statusFrom(reply as StatusResponse);
  };
  return within(ask(), timeoutMs);
}

/** `promise`, or a CheckTimeout after `timeoutMs` (a shared check can have a shorter wait than its own). */
export function within<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new CheckTimeout('check timed out')), timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

let lastWarm = 0;

/** Wake the service worker (at most every 20 s). Errors don't matter. */
export function warm(): void {
  const now = Date.now();
  if (now - lastWarm < 20_000) return;
  lastWarm = now;
  const message: WarmRequest = { type: 'tbyp/warm' };
  try {
    (browser.runtime.sendMessage(message) as Promise<unknown>).catch(() => undefined);
  } catch {
    /* extension reloaded: nothing to wake */
  }
}

export function dismissRule(ruleId: string): Promise<unknown> {
  const message: DismissRuleRequest = { type: 'tbyp/dismiss-rule', ruleId };
  return send(message);
}

/** Undo of a switch-off from the nudge. */
export function restoreRule(ruleId: string): Promise<unknown> {
  const message: RestoreRuleRequest = { type: 'tbyp/restore-rule', ruleId };
  return send(message);
}

/** "This warning is wrong": the rule id only (the background adds the site). */
export function reportWrong(ruleId: string): Promise<unknown> {
  const message: ReportWrongRequest = { type: 'tbyp/report-wrong', ruleId };
  return send(message);
}

/** The person went back to edit after a nudge (counted for the popup; no text is sent). */
export function reconsidered(): Promise<unknown> {
  const message: ReconsideredRequest = { type: 'tbyp/reconsidered' };
  return send(message);
}

/**
 * Settings or the trust's policy changed: results checked under the old ones are stale.
 * Not WXT's storage.watch: it watches one key at a time (not the managed area as a whole), and bundling
 * wxt/utils/storage would add about 9.4 KB raw / 3.7 KB gzip to what every page gets, for three lines.
 */
export function onSettingsChanged(listener: () => void): void {
  try {
    browser.storage.onChanged.addListener((changes, area) => {
      if (changesConfig(changes, area)) listener();
    });
  } catch {
    /* no storage events: results just live until the page is reloaded */
  }
}

function send(message: DismissRuleRequest | RestoreRuleRequest | ReportWrongRequest | ReconsideredRequest): Promise<unknown> {
  try {
    return (browser.runtime.sendMessage(message) as Promise<unknown>).catch(() => undefined);
  } catch {
    return Promise.resolve();
  }
}
