// YouTube comments. <ytd-commentbox> (Polymer, light DOM): contenteditable #contenteditable-root, send
// #submit-button button: ids, no labels. The editor only appears after clicking #simplebox-placeholder;
// it may be contenteditable="plaintext-only". m.youtube.com is a different app, not covered (docs/sites.md).
// Live chat: its own page (/live_chat) in a same-origin <iframe id="chatframe"> on the watch page, or a
// pop-out window. In yt-live-chat-message-input-renderer: yt-live-chat-text-input-field-renderer with a
// contenteditable div#input, and the send button in #send-button (a yt-button-renderer). Enter sends.
// The content script reaches the frame through its own small entry (entrypoints/live-chat.content.ts).
import { defineSite } from './types';

export const youtube = defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['*://www.youtube.com/*', '*://youtube.com/*'],
  composers: [
    {
      editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"], ytd-commentbox #contenteditable-root[contenteditable="plaintext-only"]',
      container: 'ytd-commentbox',
      submit: '#submit-button button',
      kind: 'comment',
    },
    {
      editor: 'yt-live-chat-text-input-field-renderer div#input[contenteditable]:not([contenteditable="false"])',
      container: 'yt-live-chat-message-input-renderer',
      submit: '#send-button button',
      kind: 'message',
      sendsOnEnter: true,
    },
  ],
});
