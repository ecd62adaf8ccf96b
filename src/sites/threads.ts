// Threads. Lexical editor ([data-lexical-editor]) in a popover/dialog; the send button is a text-only div[role=button]
// "Post" (replies use an arrow icon). Ctrl/Cmd+Enter posts.
import type { SiteAdapter } from './types';

export const threads: SiteAdapter = {
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
  examples: {
    match: [
      `<div role="menu" aria-label="New thread"><div contenteditable="true" role="textbox" data-lexical-editor="true"
        aria-placeholder="What’s new?"><p><br></p></div><div><span>Anyone can reply</span>
        <div role="button" tabindex="0">Post</div></div></div>`,
      `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Hi</p></div>
        <div role="button" aria-label="Attach media"><svg></svg></div><div role="button" tabindex="0"><div>Post</div></div></div>`,
    ],
    noMatch: [
      `<div role="button" tabindex="0"><span>What’s new?</span></div>`,
      `<div role="dialog"><input type="text" role="combobox" aria-label="Search"></div>`,
    ],
  },
};
