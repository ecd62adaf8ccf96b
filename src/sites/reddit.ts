// Reddit (new). The Lit custom element <shreddit-composer> inside a <form>; its light-DOM children
// include button[type=submit][slot=submit-button] (text localised; found by type and slot).
// - Rich text mode: a Lexical editor, a light-DOM child of shreddit-composer.
// - Markdown mode: a textarea inside <faceplate-textarea-input>'s open shadow root, inside
//   shreddit-composer: looked for through shadow roots within the composer.
import { defineSite } from './types';

export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['*://www.reddit.com/*', '*://reddit.com/*', '*://sh.reddit.com/*', '*://new.reddit.com/*'],
  composers: [
    {
      editor: 'shreddit-composer [contenteditable="true"][role="textbox"]',
      container: 'shreddit-composer',
      submit: 'button[type="submit"]',
      kind: 'comment',
    },
    {
      editor: 'textarea',
      container: 'shreddit-composer',
      shadow: true,
      submit: 'button[type="submit"]',
      kind: 'comment',
    },
  ],
});
