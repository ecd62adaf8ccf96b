// Facebook. Lexical editors ([data-lexical-editor="true"]).
// - Comment and reply boxes: Enter sends, Shift+Enter is a new line. Nothing but the (English)
//   aria-label tells them apart; the round send button may only exist while the box is focused.
// - "Create post" dialog: Lexical rich text in [role=dialog]; the send button is a text-only
//   div[role=button] "Post" (no test id), hence the text filter, used only inside the dialog.
import type { SiteAdapter } from './types';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';
const COMMENT_LABELS = ['Comment as', 'Reply to', 'Write a comment', 'Write a public comment', 'Write a reply', 'Answer as'];

export const facebook: SiteAdapter = {
  id: 'facebook',
  name: 'Facebook',
  hosts: ['*://www.facebook.com/*', '*://facebook.com/*', '*://web.facebook.com/*', '*://m.facebook.com/*'],
  composers: [
    {
      editor: COMMENT_LABELS.map((label) => `${LEXICAL}[aria-label^="${label}"]`).join(', '),
      submit: 'div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Reply"], [role="button"][aria-label="Press Enter to post"]',
      kind: 'comment',
      sendsOnEnter: true,
    },
    {
      editor: `[role="dialog"] ${LEXICAL}[role="textbox"]`,
      container: '[role="dialog"]',
      submit: 'div[role="button"][aria-label="Post"], div[role="button"]:not([aria-label])',
      submitText: ['Post'],
      kind: 'post',
    },
  ],
  examples: {
    match: [
      `<div role="dialog" aria-labelledby="t"><h3 id="t">Create post</h3><div class="shell">
        <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Alex?"><p><br></p></div></div>
        <div role="button" tabindex="0" aria-label="Add photo/video"><svg></svg></div>
        <div role="button" tabindex="0"><span>Post</span></div></div>`,
      `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Alex Morgan"><p><br></p></div>
        <div role="button" aria-label="Comment" tabindex="0"></div></div>`,
      // A reply box with no send button rendered yet: Enter still sends.
      `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to Sam Patel"><p><br></p></div></div>`,
    ],
    noMatch: [
      `<div role="button" tabindex="0"><span>What's on your mind, Alex?</span></div>`,
      `<div role="dialog"><input type="search" role="combobox" aria-label="Search Facebook"></div>`,
      `<div contenteditable="true" role="textbox" aria-label="Comment as Alex"></div>`,
    ],
  },
};
