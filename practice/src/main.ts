// Practice page entry: builds one labelled section per site composer, the posted log,
// and window.__practice (used by the tests, handy in the console too).
import './styles.css';
import { LANG } from './lang';
import { clearPosted, onPosted, rerender, type PostedEntry } from './record';
import { h, type PracticeSite } from './site';
import { x } from './sites/x';
import { xDm } from './sites/x-dm';
import { facebookPost } from './sites/facebook-post';
import { facebookComment } from './sites/facebook-comment';
import { facebookMessages } from './sites/facebook-messages';
import { threads } from './sites/threads';
import { threadsReply } from './sites/threads-reply';
import { reddit } from './sites/reddit';
import { redditMarkdown } from './sites/reddit-markdown';
import { redditSubmit } from './sites/reddit-submit';
import { oldReddit } from './sites/old-reddit';
import { linkedinClassic } from './sites/linkedin-classic';
import { linkedinNew } from './sites/linkedin-new';
import { linkedinMessaging } from './sites/linkedin-messaging';
import { bluesky } from './sites/bluesky';
import { mastodon } from './sites/mastodon';
import { instagram } from './sites/instagram';
import { instagramDm } from './sites/instagram-dm';
import { instagramPost } from './sites/instagram-post';
import { youtube } from './sites/youtube';
import { generic } from './sites/generic';
import { unknown, unknownChat, unknownNoSend } from './unknown';

const SITES: PracticeSite[] = [
  x,
  xDm,
  facebookPost,
  facebookComment,
  facebookMessages,
  threads,
  threadsReply,
  reddit,
  redditMarkdown,
  redditSubmit,
  oldReddit,
  linkedinClassic,
  linkedinNew,
  linkedinMessaging,
  bluesky,
  mastodon,
  instagram,
  instagramDm,
  instagramPost,
  youtube,
  generic,
  unknown,
  unknownChat,
  unknownNoSend,
];

document.documentElement.lang = LANG;
const grid = document.getElementById('composers')!;
const statusBySite = new Map<string, HTMLElement>();

for (const site of SITES) {
  const headingId = `heading-${site.id}`;
  const body = h('div', { class: 'card-body' });
  const status = h('p', { class: 'card-status', role: 'status', 'aria-live': 'polite' });
  statusBySite.set(site.id, status);
  grid.append(
    h(
      'section',
      { class: `card site-${site.id}`, 'data-practice': site.id, 'aria-labelledby': headingId },
      h(
        'header',
        { class: 'card-head' },
        h('h2', { id: headingId }, site.title),
        h('p', { class: 'card-meta' }, h('span', { class: 'card-editor' }, site.editor), ' · ', site.howToPost),
      ),
      body,
      status,
    ),
  );
  try {
    site.mount(body);
  } catch (error) {
    console.error(`[practice] ${site.id} failed to mount`, error);
    body.append(h('p', { class: 'card-error', role: 'alert' }, `This composer failed to load: ${String(error)}`));
  }
}

// The posted log (kept in this tab only).
const list = document.getElementById('posted-list')!;
const empty = document.getElementById('posted-empty')!;
const titleOf = new Map(SITES.map((s) => [s.id, s.title]));

function renderEntry(entry: PostedEntry): HTMLElement {
  const media = entry.media?.length ? h('span', { class: 'posted-media' }, ` + ${entry.media.join(', ')}`) : '';
  return h('li', {}, h('span', { class: 'posted-site' }, titleOf.get(entry.site) ?? entry.site), h('q', {}, entry.text), media);
}

onPosted((entry) => {
  if (entry === null) {
    list.replaceChildren();
    for (const status of statusBySite.values()) status.textContent = '';
  } else {
    list.append(renderEntry(entry));
    const status = statusBySite.get(entry.site);
    if (status) status.textContent = `Posted (on this page only): “${entry.text}”`;
  }
  empty.hidden = window.__posted.length > 0;
});
document.getElementById('posted-clear')!.addEventListener('click', clearPosted);

window.__practice = {
  posted: window.__posted,
  clear: clearPosted,
  rerender,
  ids: SITES.map((s) => s.id),
  ready: true,
};
document.documentElement.dataset.practiceReady = 'true';
