// Shared bookkeeping for the practice page: the log of "posted" items, the
// per-site re-render hooks and the little API the tests use (window.__practice).
// Nothing here talks to the network: posting only appends to an in-page array.

export interface PostedEntry {
  site: string;
  text: string;
  /** File names attached to the post (only the X composer has an attach input). */
  media?: string[];
}

export interface PracticeApi {
  posted: PostedEntry[];
  /** Empty the posted log (in place, so `posted` stays the same array). */
  clear(): void;
  /** Re-render a composer's submit button (a fresh element replaces the old one). */
  rerender(site: string): boolean;
  ids: string[];
  ready: boolean;
}

declare global {
  interface Window {
    __posted: PostedEntry[];
    __practice: PracticeApi;
  }
}

if (!Array.isArray(window.__posted)) window.__posted = [];

type Listener = (entry: PostedEntry | null) => void;
const listeners = new Set<Listener>();
const rerenderers = new Map<string, () => void>();

/** What a site's own post handler calls: record the post as the site would send it. */
export function record(site: string, text: string, extra?: { media?: string[] }): void {
  const entry: PostedEntry = { site, text };
  if (extra?.media && extra.media.length > 0) entry.media = [...extra.media];
  window.__posted.push(entry);
  for (const l of listeners) l(entry);
}

export function onPosted(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function clearPosted(): void {
  window.__posted.length = 0;
  for (const l of listeners) l(null);
}

/** A composer registers how to replace its submit button with a fresh element. */
export function registerRerender(site: string, fn: () => void): () => void {
  rerenderers.set(site, fn);
  return () => {
    if (rerenderers.get(site) === fn) rerenderers.delete(site);
  };
}

export function rerender(site: string): boolean {
  const fn = rerenderers.get(site);
  if (!fn) return false;
  fn();
  return true;
}

/** Normalise what an editor model returns: drop zero-width characters, map NBSP, trim. */
export function tidy(text: string): string {
  return text.replace(/[\u200b\ufeff]/g, '').replace(/\u00a0/g, ' ').trim();
}
