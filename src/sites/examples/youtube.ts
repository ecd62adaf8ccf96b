// YouTube: markup the adapter in ../youtube.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const youtube: SiteExamples = {
  match: [
    `<ytd-commentbox class="style-scope ytd-comment-simplebox-renderer"><div id="main"><div id="creation-box">
      <div id="contenteditable-textarea"><div id="contenteditable-root" contenteditable="true" role="textbox"
      aria-label="Add a comment…"></div></div><div id="footer"><div id="buttons">
      <ytd-button-renderer id="cancel-button"><button aria-label="Cancel">Cancel</button></ytd-button-renderer>
      <ytd-button-renderer id="submit-button"><button aria-label="Comment" disabled>Comment</button></ytd-button-renderer>
      </div></div></div></div></ytd-commentbox>`,
    // Live chat (in its /live_chat frame), labels in Welsh.
    `<yt-live-chat-message-input-renderer class="style-scope yt-live-chat-renderer"><div id="container"><div id="top">
      <yt-live-chat-text-input-field-renderer id="input" class="style-scope yt-live-chat-message-input-renderer">
      <div id="input" contenteditable="" class="style-scope yt-live-chat-text-input-field-renderer" aria-label="Sgwrsio..."></div>
      </yt-live-chat-text-input-field-renderer></div><div id="buttons"><div id="message-buttons">
      <yt-button-renderer id="send-button"><button id="button" aria-label="Anfon"><svg></svg></button></yt-button-renderer></div></div></div>
      </yt-live-chat-message-input-renderer>`,
  ],
  noMatch: [
    `<ytd-comment-simplebox-renderer><div id="simplebox-placeholder" tabindex="0">Add a comment…</div></ytd-comment-simplebox-renderer>`,
    `<input id="search" name="search_query" role="combobox" placeholder="Search">`,
  ],
};
