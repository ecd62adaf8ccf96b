// YouTube live chat: the page YouTube serves at /live_chat, which the watch page loads in its
// <iframe id="chatframe"> (practice/watch.html). YouTube's Polymer elements render into the light DOM:
// yt-live-chat-renderer > yt-live-chat-message-input-renderer#input-panel holds
// yt-live-chat-text-input-field-renderer#input with a plain contenteditable div#input (placeholder
// "Chat…", localised) and, in #buttons > #message-buttons, yt-button-renderer#send-button > button#button
// (an icon, labelled in the interface language). Enter sends; Shift+Enter does nothing else here.
// Evidence and date (2026-12-02), as in test/fixtures/sites/youtube/2026-12-02.html: userscripts reaching
// the chat through `#chatframe`'s contentWindow.document and
// `querySelector('yt-live-chat-text-input-field-renderer').querySelector('#input')` (babochenko/mycss,
// youtube.js), userscripts matching `www.youtube.com/live_chat?v=*` and `live_chat?is_popout=1&v=*`
// (jaw-sh/stream-nexus, js/feed/youtube.js), and chat tools selecting `#send-button button` (code search
// 2026-12). Posting only records { site: 'youtube-live-chat', text } in this frame's window.__posted.
import './styles.css';
import { LANG, t } from './lang';
import { record, tidy } from './record';
import { h } from './site';

document.documentElement.lang = LANG;

const input = h('div', {
  id: 'input',
  contenteditable: '',
  class: 'style-scope yt-live-chat-text-input-field-renderer',
  'aria-label': t('Chat…', 'Sgwrsio…'),
  dir: 'auto',
});
const label = h('div', { id: 'label', class: 'style-scope yt-live-chat-text-input-field-renderer', 'aria-hidden': 'true' }, t('Chat…', 'Sgwrsio…'));
const send = h(
  'button',
  { id: 'button', class: 'style-scope yt-icon-button', 'aria-label': t('Send', 'Anfon'), disabled: true },
  h('span', { 'aria-hidden': 'true' }, '➤'),
);
const emoji = h('button', { 'aria-label': t('Emoji', 'Emoji'), class: 'style-scope yt-live-chat-icon-toggle-button-renderer' }, h('span', { 'aria-hidden': 'true' }, '☺'));
const items = h(
  'div',
  { id: 'items', class: 'style-scope yt-live-chat-item-list-renderer' },
  h('yt-live-chat-text-message-renderer', {}, h('span', { id: 'author-name' }, 'Sam'), ' ', h('span', { id: 'message' }, t('Great talk', 'Sgwrs wych'))),
);

const text = () => tidy(input.innerText);
const sync = () => {
  send.disabled = text() === '';
  label.hidden = text() !== '';
  // A contenteditable keeps a stray <br> after deleting everything.
  if (text() === '' && input.textContent === '') input.replaceChildren();
};
const post = () => {
  const message = text();
  if (!message) return;
  record('youtube-live-chat', message);
  items.append(h('yt-live-chat-text-message-renderer', {}, h('span', { id: 'author-name' }, t('You', 'Chi')), ' ', h('span', { id: 'message' }, message)));
  input.replaceChildren();
  sync();
};
input.addEventListener('input', sync);
input.addEventListener('keydown', (e) => {
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
  e.preventDefault();
  post();
});
send.addEventListener('click', post);

document.body.append(
  h(
    'yt-live-chat-app',
    { 'data-practice': 'youtube-live-chat' },
    h(
      'yt-live-chat-renderer',
      { class: 'style-scope yt-live-chat-app' },
      h('div', { id: 'contents' }, h('yt-live-chat-item-list-renderer', {}, items)),
      h(
        'yt-live-chat-message-input-renderer',
        { id: 'input-panel', class: 'style-scope yt-live-chat-renderer' },
        h(
          'div',
          { id: 'container', class: 'style-scope yt-live-chat-message-input-renderer' },
          h(
            'div',
            { id: 'top', class: 'style-scope yt-live-chat-message-input-renderer' },
            h(
              'div',
              { id: 'input-container', class: 'style-scope yt-live-chat-message-input-renderer' },
              h('yt-live-chat-text-input-field-renderer', { id: 'input', class: 'style-scope yt-live-chat-message-input-renderer' }, label, input),
            ),
          ),
          h(
            'div',
            { id: 'buttons', class: 'style-scope yt-live-chat-message-input-renderer' },
            h('div', { id: 'picker-buttons' }, h('yt-live-chat-icon-toggle-button-renderer', { id: 'emoji' }, emoji)),
            h('div', { id: 'message-buttons', class: 'style-scope yt-live-chat-message-input-renderer' }, h('yt-button-renderer', { id: 'send-button', class: 'style-scope yt-live-chat-message-input-renderer' }, send)),
          ),
        ),
      ),
    ),
  ),
);
document.documentElement.dataset.practiceReady = 'true';
