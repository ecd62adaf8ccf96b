// Facebook. Lexical editors ([data-lexical-editor="true"]).
// - Comment and reply boxes: Enter sends, Shift+Enter is a new line. Nothing but the (English)
//   aria-label tells them apart; the round send button may only exist while the box is focused.
// - "Create post" dialog: Lexical rich text in [role=dialog]; the send button is a text-only
//   div[role=button] "Post" (no test id), hence the text filter, used only inside the dialog.
import { defineSite } from './types';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';
const COMMENT_LABELS = ['Comment as', 'Reply to', 'Write a comment', 'Write a public comment', 'Write a reply', 'Answer as'];

export const facebook = defineSite({
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
});
