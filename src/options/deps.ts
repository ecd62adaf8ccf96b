// What the options page and the popup need from the browser, as one small interface, so the
// components stay plain Preact and the browser wiring stays in one place (browser-deps.ts).
import type { SelfTestReport } from '../content/self-test';
import type { LoadedConfig, Settings, WrongWarning } from '../settings';

export interface PageDeps {
  /** The merged config: built-in packs, the trust's policy, the person's settings. */
  load(): Promise<LoadedConfig>;
  /** The config these settings would give, without saving them (to try an imported pack). */
  preview(settings: Settings): Promise<LoadedConfig>;
  /** Change the person's settings (read, change, write). */
  update(change: (settings: Settings) => Settings): Promise<void>;
  /** Back to the defaults. */
  reset(): Promise<void>;
  /** Calls `listener` when settings or the trust's policy change. Returns an unsubscribe. */
  watch(listener: () => void): () => void;
  /** Has the person granted access to this origin's pages? */
  hasAccess(origin: string): Promise<boolean>;
  /** Ask for access. Must be called straight from a click (browsers require a user gesture). */
  requestAccess(origin: string): Promise<boolean>;
  /** Posts reconsidered in the last 7 days. */
  reconsideredThisWeek(): Promise<number>;
  /** "This warning is wrong": the list kept in this browser (rule ids, sites, times). */
  wrongWarnings(): Promise<WrongWarning[]>;
  clearWrongWarnings(): Promise<void>;
  /** Calls `listener` when that list changes. Returns an unsubscribe. */
  watchWrongWarnings(listener: () => void): () => void;
  now(): number;
}

/** The popup also needs the page the person is on and a way to the options page. */
export interface PopupDeps extends PageDeps {
  /** The active tab's address (known while the popup is open, through activeTab). */
  currentUrl(): Promise<string | undefined>;
  openOptions(): void;
  /** Give up access to an origin (the site was removed). */
  removeAccess(origin: string): Promise<boolean>;
  /** Start the coach in the current tab now (a site was just added), without reloading it: no draft is lost. */
  startHere(): Promise<void>;
  /** Run the self-test in the current tab: outlines there, and the report (null when it couldn't run). */
  selfTest(): Promise<SelfTestReport | null>;
}
