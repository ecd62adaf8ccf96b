// Bluesky. TipTap/ProseMirror in [data-testid="composePostView"], send [data-testid="composerPublishBtn"].
// Ctrl/Cmd+Enter posts (ProseMirror handleKeyDown).
import { defineSite } from './types';

export const bluesky = defineSite({
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
});
