// Reddit (new). The Lit custom element <shreddit-composer> inside a <form>; its light-DOM children
// include button[type=submit][slot=submit-button] (text localised; found by type and slot).
// - Rich text mode: a Lexical editor, a light-DOM child of shreddit-composer.
// - Markdown mode: a textarea inside <faceplate-textarea-input>'s open shadow root, inside
//   shreddit-composer: looked for through shadow roots within the composer.
// - The post submission page (/submit, /r/<sub>/submit): <r-post-composer-form> holds the title (a textarea in
//   faceplate-textarea-input's shadow root), the body's <shreddit-composer name="body"> with its Lexical
//   textbox (or, in Markdown mode, a shadow-root textarea), and, after it, <r-post-form-submit-button> whose
//   open shadow root holds button#inner-save-draft-button and button#inner-post-submit-button (Post): found
//   by that id. Title and body go out with the same Post, so they are checked together.
import { defineSite } from './types';

export const reddit = defineSite({
  id: 'reddit',
  name: 'Reddit',
  hosts: ['*://www.reddit.com/*', '*://reddit.com/*', '*://sh.reddit.com/*', '*://new.reddit.com/*'],
  composers: [
    {
      editor: 'r-post-composer-form shreddit-composer [contenteditable="true"][role="textbox"]',
      container: 'r-post-composer-form',
      shadow: true,
      submit: 'button#inner-post-submit-button',
      kind: 'post',
    },
    {
      editor: 'textarea',
      container: 'r-post-composer-form',
      shadow: true,
      submit: 'button#inner-post-submit-button',
      kind: 'post',
    },
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
