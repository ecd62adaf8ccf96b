// YouTube comments. <ytd-commentbox> (Polymer, light DOM): contenteditable #contenteditable-root, send
// #submit-button button. The editor only appears after clicking #simplebox-placeholder.
import type { SiteAdapter } from './types';

export const youtube: SiteAdapter = {
  id: 'youtube',
  name: 'YouTube',
  hosts: ['*://www.youtube.com/*', '*://youtube.com/*', '*://m.youtube.com/*'],
  composers: [
    {
      editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
      container: 'ytd-commentbox',
      submit: '#submit-button button',
      kind: 'comment',
    },
  ],
  examples: {
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
  },
};
