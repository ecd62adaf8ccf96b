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
};
