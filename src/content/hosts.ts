// Which adapters run on a page. Pure (no DOM): unit-tested in node.
import type { SiteAdapter } from '../sites/types';

/** Where the practice page is served (only in a build made with TBYP_PRACTICE=1). */
export const PRACTICE_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
/** Where the practice page serves its YouTube live chat, in a frame of watch.html (practice builds only). */
export const PRACTICE_LIVE_CHAT_MATCHES = ['http://127.0.0.1/live_chat*', 'http://localhost/live_chat*'];
const PRACTICE_HOSTNAMES = new Set(['127.0.0.1', 'localhost']);

/** Whether a URL matches a match pattern ("*://*.example.com/*"). Ports are ignored, as in Chrome. */
export function matchesPattern(url: URL, pattern: string): boolean {
  if (pattern === '<all_urls>') return /^(https?|file|ftp):$/.test(url.protocol);
  const m = /^(\*|https?|file|ftp):\/\/(\*|(?:\*\.)?[^/*]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = url.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  const hostname = url.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) return false;
  }
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return glob.test(url.pathname + url.search);
}

/**
 * The adapters for a page: those whose hosts match. On the practice page (practice builds only) every
 * adapter, as it holds every site's composer.
 */
export function adaptersFor(href: string, sites: readonly SiteAdapter[], practice: boolean): SiteAdapter[] {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return [];
  }
  if (practice && url.protocol === 'http:' && PRACTICE_HOSTNAMES.has(url.hostname)) return [...sites];
  return sites.filter((site) => site.hosts.some((pattern) => matchesPattern(url, pattern)));
}

/**
 * The content script leaves a mark under this name in its isolated world (never the page's): it runs on
 * this page. The self-test (entrypoints/self-test.ts), injected in the same world when the person asks,
 * reads it.
 */
export const SELF_TEST_HOOK = '__tbypAdapters';
