// Reddit: markup the adapter in ../reddit.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const reddit: SiteExamples = {
  match: [
    `<form><shreddit-composer name="comment"><div slot="rte" contenteditable="true" role="textbox" data-lexical-editor="true"
      aria-placeholder="Join the conversation"><p><br></p></div>
      <button type="button" slot="cancel-button">Cancel</button><button type="submit" slot="submit-button">Comment</button>
      </shreddit-composer></form>`,
  ],
  noMatch: [
    `<faceplate-textarea-input name="title"><textarea name="title"></textarea></faceplate-textarea-input>`,
    `<comment-composer-host><faceplate-tracker><button>Join the conversation</button></faceplate-tracker></comment-composer-host>`,
  ],
};
