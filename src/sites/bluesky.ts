// Bluesky. TipTap/ProseMirror in [data-testid="composePostView"], send [data-testid="composerPublishBtn"].
// Ctrl/Cmd+Enter posts (ProseMirror handleKeyDown).
import type { SiteAdapter } from './types';

export const bluesky: SiteAdapter = {
  id: 'bluesky',
  name: 'Bluesky',
  hosts: ['*://bsky.app/*', '*://*.bsky.app/*'],
  composers: [
    {
      editor: '[data-testid="composePostView"] [contenteditable="true"]',
      container: '[data-testid="composePostView"]',
      submit: '[data-testid="composerPublishBtn"]',
      kind: 'post',
      ctrlEnter: true,
    },
  ],
  examples: {
    match: [
      `<div data-testid="composePostView" role="group"><div><button data-testid="composerDiscardButton">Cancel</button>
        <button data-testid="composerPublishBtn" aria-label="Publish post" role="button">Post</button></div>
        <div class="ProseMirror" contenteditable="true" role="textbox" data-testid="composerTextInput"><p></p></div></div>`,
    ],
    noMatch: [
      `<div data-testid="composePostView"><img alt="" src="data:,"></div>`,
      `<input data-testid="searchTextInput" role="search" placeholder="Search">`,
    ],
  },
};
