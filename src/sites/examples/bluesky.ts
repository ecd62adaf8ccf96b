// Bluesky: markup the adapter in ../bluesky.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const bluesky: SiteExamples = {
  match: [
    // As social-app Composer.tsx @ e9b53b34 and TextInput.web.tsx @ 337b9222 render it (publish button first).
    `<div data-testid="composePostView"><div aria-modal="true"><div><button aria-label="Cancel">Cancel</button>
      <button data-testid="composerPublishBtn" aria-label="Publish post" role="button">Post</button></div>
      <div class="tiptap ProseMirror" contenteditable="true" translate="no"><p></p></div></div></div>`,
  ],
  noMatch: [
    `<div data-testid="composePostView"><img alt="" src="data:,"></div>`,
    `<input data-testid="searchTextInput" role="search" placeholder="Search">`,
  ],
};
