// Threads. Lexical editor ([data-lexical-editor]) in a popover/dialog; the send button is a text-only div[role=button]
// "Post" (replies use an arrow icon). Ctrl/Cmd+Enter posts.
import { defineSite } from './types';

export const threads = defineSite({
  id: 'threads',
  name: 'Threads',
  hosts: ['*://www.threads.net/*', '*://threads.net/*', '*://www.threads.com/*', '*://threads.com/*'],
  composers: [
    {
      editor:
        '[role="dialog"] [data-lexical-editor="true"][contenteditable="true"][role="textbox"], [role="menu"] [data-lexical-editor="true"][contenteditable="true"][role="textbox"]',
      container: '[role="dialog"], [role="menu"]',
      submit: 'div[role="button"]:not([aria-label])',
      submitText: ['Post', 'Reply'],
      kind: 'post',
      ctrlEnter: true,
    },
  ],
});
