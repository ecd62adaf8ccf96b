// LinkedIn.
// - Classic share box: Quill (.ql-editor) in the OPEN shadow root of div#interop-outlet, send
//   button.share-actions__primary-action in the same root.
// - Comments (2026 UI): TipTap/ProseMirror inside [componentkey^="commentBox-"], hashed class names,
//   no <form>; send button[data-view-name="comment-post" | "comment-reply-post"], which can sit outside
//   the commentBox element: the nearest ancestor holding one after the editor.
// - Legacy Quill comment boxes (W): .comments-comment-box__submit-button.
// - New share box (TipTap) in a dialog: the last button after the editor ("Post" only a hint).
import { defineSite } from './types';

export const linkedin = defineSite({
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['*://www.linkedin.com/*', '*://linkedin.com/*'],
  composers: [
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
