// What the background said about drafts on this page, shared by the typing badge and the post gate:
// results by exact text and destination, checks on their way (a badge check and a pressed send button
// share one request), and whether checking is switched off here (paused, or the site switched off).
import type { CheckResponse, StatusResponse } from '../background/messages';
import type { Context } from '../engine/types';
import { ResultCache } from './checker';
import type { Composer } from './composers';

/** How the checks reach the background (src/content/checker.ts; fakes in unit tests). */
export interface CheckerPort {
  check(text: string, context: Context): Promise<CheckResponse>;
  status(site: string): Promise<StatusResponse>;
  now(): number;
}

export interface DraftChecks {
  /** The result for exactly this text in this composer, if it has come back. */
  result(composer: Composer, text: string): CheckResponse | undefined;
  /** The check of `text`: the one already on its way, or a new one. */
  check(composer: Composer, text: string): Promise<CheckResponse>;
  /** Start checking `text` unless it is empty, known or on its way. */
  checkInBackground(composer: Composer, text: string): void;
  /** Checking is known to be off for this composer's site (a pause or the site's switch). */
  isInactive(composer: Composer): boolean;
  /** Ask the background whether checking is on for this composer's site, unless known. */
  learnStatus(composer: Composer): void;
  /** Settings changed: forget results and what we knew about pauses. */
  clear(): void;
  /** Called when a check starts or ends or a status arrives (the badge follows). */
  onChange(listener: () => void): void;
}

/** Results depend on where the draft goes (rules can apply to some sites or kinds only). */
const keyOf = (composer: Composer, text: string): string => `${composer.adapter.id}/${composer.spec.kind}\n${text}`;
const contextOf = (composer: Composer): Context => ({ site: composer.adapter.id, kind: composer.spec.kind });

export function createDraftChecks(port: CheckerPort): DraftChecks {
  const cache = new ResultCache();
  const inFlight = new Map<string, Promise<CheckResponse>>();
  /** Site id -> checking is off until this time (Infinity: until settings change). Missing: on, or not known. */
  const inactiveUntil = new Map<string, number>();
  /** Site id -> known to be on (asked, and the answer was "on"). */
  const active = new Set<string>();
  const asking = new Set<string>();
  const listeners: (() => void)[] = [];
  let generation = 0;

  const changed = () => {
    for (const listener of listeners) listener();
  };

  /** Remember a status answer (from a status request or a check), unless settings changed since it was asked. */
  const learn = (site: string, status: StatusResponse, asked: number) => {
    if (asked !== generation) return;
    if (status.inactive) {
      active.delete(site);
      inactiveUntil.set(site, status.inactiveUntil ?? Infinity);
    } else {
      inactiveUntil.delete(site);
      active.add(site);
    }
  };

  const checks: DraftChecks = {
    result(composer, text) {
      return cache.get(keyOf(composer, text));
    },
    check(composer, text) {
      const key = keyOf(composer, text);
      let pending = inFlight.get(key);
      if (!pending) {
        const asked = generation;
        const request: Promise<CheckResponse> = port.check(text, contextOf(composer)).then((result) => {
          learn(composer.adapter.id, result, asked);
          // An "inactive" answer is about the site, not the text: it is not kept as a clean result.
          if (!result.inactive && asked === generation) cache.set(key, result);
          return result;
        });
        inFlight.set(key, request);
        const settled = () => {
          if (inFlight.get(key) === request) inFlight.delete(key);
          changed();
        };
        request.then(settled, settled);
        pending = request;
      }
      return pending;
    },
    checkInBackground(composer, text) {
      const key = keyOf(composer, text);
      if (!text.trim() || cache.get(key) || inFlight.has(key) || checks.isInactive(composer)) return;
      checks.check(composer, text).catch(() => undefined);
      changed();
    },
    isInactive(composer) {
      const site = composer.adapter.id;
      const until = inactiveUntil.get(site);
      if (until === undefined) return false;
      if (port.now() < until) return true;
      inactiveUntil.delete(site); // the pause has ended: ask again
      return false;
    },
    learnStatus(composer) {
      const site = composer.adapter.id;
      if (active.has(site) || checks.isInactive(composer) || asking.has(site)) return;
      asking.add(site);
      const asked = generation;
      port
        .status(site)
        .then((status) => {
          learn(site, status, asked);
          changed();
        })
        .catch(() => undefined) // unknown: posts are checked as usual
        .finally(() => asking.delete(site));
    },
    clear() {
      generation++;
      cache.clear();
      inFlight.clear();
      inactiveUntil.clear();
      active.clear();
      asking.clear();
    },
    onChange(listener) {
      listeners.push(listener);
    },
  };
  return checks;
}
