// A page shaped like a real social feed, for the page-load bench (issue 15): hundreds of posts, each with
// its author, text, links and buttons, a search box, and a start-up script that does what feeds do as
// they load (adds posts in batches, moves focus, fires its own clicks, inputs and keys, as analytics,
// carousels and "load more" code do). Every one of those events reaches our window listeners, so this
// is where cheap listeners matter. No compose box is ever focused: our guard must not load here.
// Served from 127.0.0.1 (a practice build's content script runs there) by a throwaway server.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Posts on the page once it is ready; events the page's own script fires at load. */
export const FEED_POSTS = 400;
export const FEED_SCRIPTED_EVENTS = FEED_POSTS * 3 + (FEED_POSTS / 50) * 10;

const post = (i: string) => `<article class="post" data-id="${i}">
  <header><img alt="" width="40" height="40" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="#u${i}">Person ${i}</a> <time>5 min</time></header>
  <p>Post number ${i}: a few lines of someone's day, with a <a href="#t${i}">#tag</a> and a <a href="#l${i}">link</a>.</p>
  <footer><button type="button">Reply</button><button type="button">Repost</button><button type="button" aria-pressed="false">Like</button><button type="button">Share</button></footer>
</article>`;

/** The page's own start-up: posts in batches of 50 over several tasks, each batch with its own events. */
const STARTUP = `
const feed = document.getElementById('feed');
const search = document.getElementById('search');
const TEMPLATE = ${JSON.stringify(post('__N__'))};
let added = 0;
function batch() {
  let html = '';
  for (let i = 0; i < 50 && added < ${FEED_POSTS}; i++, added++) html += TEMPLATE.replaceAll('__N__', String(added));
  feed.insertAdjacentHTML('beforeend', html);
  for (const article of [...feed.querySelectorAll('article')].slice(-50)) {
    const like = article.querySelector('button[aria-pressed]');
    like.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    like.click();
    article.querySelector('a').dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
  }
  for (let k = 0; k < 5; k++) {
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    search.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (added < ${FEED_POSTS}) setTimeout(batch, 0);
  else { window.scrollTo(0, 2000); window.scrollTo(0, 0); window.__feed = { ready: true, posts: added }; }
}
batch();
`;

export function feedPage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Feed</title>
<style>body{font:15px system-ui;margin:0 auto;max-width:600px}.post{border-bottom:1px solid #ccc;padding:12px}footer button{margin-right:8px}</style>
</head><body>
<header><form role="search" onsubmit="return false"><input id="search" type="search" aria-label="Search"></form></header>
<main id="feed"></main>
<script>${STARTUP}</script>
</body></html>`;
}

/** Serves the feed page at `url` until closed. */
export async function startFeedServer(): Promise<{ url: string; close(): Promise<void> }> {
  const html = feedPage();
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/feed`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
