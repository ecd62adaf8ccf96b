// Bluesky: markup the adapter in ../bluesky.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const bluesky: SiteExamples = {
  match: [
    `<div data-testid="composePostView" role="group"><div><button data-testid="composerDiscardButton">Cancel</button>
      <button data-testid="composerPublishBtn" aria-label="Publish post" role="button">Post</button></div>
      <div class="ProseMirror" contenteditable="true" role="textbox" data-testid="composerTextInput"><p></p></div></div>`,
  ],
  noMatch: [
    `<div data-testid="composePostView"><img alt="" src="data:,"></div>`,
    `<input data-testid="searchTextInput" role="search" placeholder="Search">`,
  ],
};
