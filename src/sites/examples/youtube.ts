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
  ],
  noMatch: [
    `<ytd-comment-simplebox-renderer><div id="simplebox-placeholder" tabindex="0">Add a comment…</div></ytd-comment-simplebox-renderer>`,
    `<input id="search" name="search_query" role="combobox" placeholder="Search">`,
  ],
};
