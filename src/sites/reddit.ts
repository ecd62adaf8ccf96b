// Reddit (new). A Lexical editor inside the Lit custom element <shreddit-composer> (toolbar and slots in
// its open shadow root); the editor and button[type=submit][slot=submit-button] are its light-DOM
// children inside a <form>. On some composers the editor itself sits in a shadow root: the content
// script follows composedPath(), so the same selectors hold there.
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
  ],
});
