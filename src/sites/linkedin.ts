// LinkedIn.
// - Classic share box: Quill (.ql-editor) in the OPEN shadow root of div#interop-outlet, send
//   button.share-actions__primary-action in the same root.
// - Comments (2026 UI): TipTap/ProseMirror inside [componentkey^="commentBox-"], hashed class names,
//   no <form>; send button[data-view-name="comment-post" | "comment-reply-post"], which can sit outside
//   the commentBox element: the nearest ancestor holding one after the editor.
// - Legacy Quill comment boxes (W): .comments-comment-box__submit-button.
// - New share box (TipTap) in a dialog: the last button after the editor ("Post" only a hint).
// - Messaging (the /messaging page and the chat bubbles): a plain contenteditable
//   .msg-form__contenteditable[role=textbox] in form.msg-form. Its send-options menu
//   (button.msg-form__send-toggle) switches between "Click Send" (button.msg-form__send-button,
//   type=submit, disabled while empty; Enter is a new line) and "Press Enter to Send", where no send
//   button is rendered at all and Enter sends. Which mode is on is read from the form: a send button or none.
import { defineSite } from './types';

/** The messaging form's send button ("Click Send" mode); never the send-options toggle beside it. */
const MESSAGE_SEND = 'button.msg-form__send-button, button[type="submit"]:not(.msg-form__send-toggle)';

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['*://www.linkedin.com/*', '*://linkedin.com/*'],
  composers: [
    {
      editor: `form.msg-form:has(${MESSAGE_SEND}) [contenteditable="true"]:is([role="textbox"], .msg-form__contenteditable)`,
      container: 'form.msg-form',
      submit: MESSAGE_SEND,
      kind: 'message',
    },
    {
      editor: 'form.msg-form [contenteditable="true"]:is([role="textbox"], .msg-form__contenteditable)',
      container: 'form.msg-form',
      submit: MESSAGE_SEND,
      kind: 'message',
      sendsOnEnter: true,
    },
    {
      editor: '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]',
      submit: 'button[data-view-name="comment-post"], button[data-view-name="comment-reply-post"]',
      kind: 'comment',
    },
    {
      editor: '.comments-comment-box .ql-editor[contenteditable="true"], .comments-comment-texteditor .ql-editor[contenteditable="true"]',
      container: 'form.comments-comment-box__form, .comments-comment-box',
      submit: 'button.comments-comment-box__submit-button, button.comments-comment-box__submit-button--cr',
      kind: 'comment',
    },
    {
      editor: '.ql-editor[contenteditable="true"]',
      submit: 'button.share-actions__primary-action',
      kind: 'post',
    },
    {
      editor: '[role="dialog"] .ProseMirror[contenteditable="true"]',
      container: '[role="dialog"]',
      submit: 'button.share-actions__primary-action, button',
      submitHint: ['Post'],
      kind: 'post',
    },
  ],
});
