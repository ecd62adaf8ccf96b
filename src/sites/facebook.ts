// Facebook. Lexical editors ([data-lexical-editor="true"]); aria-labels and button texts are localised,
// so structure comes first and English labels are only a second signal.
// - Comment and reply boxes: the editor sits in form[role=presentation] with its send button in
//   #focused-state-composer-submit (rendered while the box is focused). Enter sends, Shift+Enter is
//   a new line. A box outside such a form is left to the structural fallback (src/content/fallback.ts):
//   it used to be known by its English aria-label alone ("Comment as…"), which no adapter may rely on.
// - "Create post" dialog: Lexical rich text in [role=dialog]; the send button is the last role=button
//   after the editor (the "add to your post" icons come before it), "Post" only a hint.
// - Messages (facebook.com/messages): a Lexical [role=textbox] at the foot of the conversation
//   ([role=main] holding the messages' [role=grid]; the news feed's main holds none), in no form, post or dialog. Enter sends, Shift+Enter is a new line. The send button is
//   an icon div[role=button] after the field (a "like" while the box is empty, the send arrow once typing),
//   after the emoji button that sits inside the field: the last role=button after the editor in the
//   conversation, never the first. Chat windows over other pages (not in [role=main]) go to the fallback.
// m.facebook.com is not covered (a different app; no current markup seen): see docs/sites.md.
import { defineSite } from './types';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"]';
const COMMENT_FORM = 'form[role="presentation"]';
const COMMENT_SEND = '#focused-state-composer-submit [role="button"], div[role="button"][aria-label="Comment"], div[role="button"][aria-label="Reply"]';

/** A conversation: the main region holding the message list (a grid); the news feed's has none. */
const CONVERSATION = '[role="main"]:has([role="grid"])';

export const facebook = defineSite({
  id: 'facebook',
  name: 'Facebook',
  hosts: ['*://www.facebook.com/*', '*://facebook.com/*', '*://web.facebook.com/*'],
  composers: [
    { editor: `${COMMENT_FORM} ${LEXICAL}`, container: COMMENT_FORM, submit: COMMENT_SEND, kind: 'comment', sendsOnEnter: true },
    {
      editor: `${CONVERSATION} ${LEXICAL}[role="textbox"]:not(form *, [role="dialog"] *, [role="article"] *)`,
      container: CONVERSATION,
      submit: 'div[role="button"]',
      kind: 'message',
      sendsOnEnter: true,
    },
    {
      editor: `[role="dialog"] ${LEXICAL}[role="textbox"]`,
      container: '[role="dialog"]',
      submit: 'div[role="button"]',
      submitHint: ['Post'],
      kind: 'post',
    },
  ],
});
