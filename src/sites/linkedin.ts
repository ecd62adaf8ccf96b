// LinkedIn.
// - Classic share box: Quill (.ql-editor) in the OPEN shadow root of div#interop-outlet, send
//   button.share-actions__primary-action in the same root.
// - Comments (2026 UI): TipTap/ProseMirror inside [componentkey^="commentBox-"], hashed class names,
//   no <form>; send button[data-view-name="comment-post" | "comment-reply-post"].
// - Legacy Quill comment boxes (W): .comments-comment-box__submit-button.
// - New share box (TipTap) in a dialog: the send button is the text-only "Post" button.
import type { SiteAdapter } from './types';

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  hosts: ['*://www.linkedin.com/*', '*://linkedin.com/*'],
  composers: [
    {
      editor: '[componentkey^="commentBox-"] [contenteditable="true"][role="textbox"]',
      container: '[componentkey^="commentBox-"]',
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
      submit: 'button',
      submitText: ['Post'],
      kind: 'post',
    },
  ],
  examples: {
    match: [
      `<div role="dialog" class="artdeco-modal share-box-v2__modal"><div class="share-creation-state__text-editor">
        <div class="ql-container"><div class="ql-editor ql-blank" contenteditable="true" role="textbox" data-gramm="false"><p><br></p></div></div></div>
        <div class="share-box_actions"><button class="share-actions__primary-action artdeco-button" disabled>Post</button></div></div>`,
      `<div componentkey="commentBox-urn:li:activity:1" class="_3a9d"><div class="_51be"><div class="tiptap ProseMirror" contenteditable="true"
        role="textbox" aria-label="Text editor for creating comment"><p></p></div>
        <button type="button" data-view-name="comment-post" class="_7f3a"><span>Comment</span></button></div></div>`,
      `<form class="comments-comment-box__form"><div class="comments-comment-box"><div class="comments-comment-texteditor">
        <div class="ql-editor" contenteditable="true" role="textbox"><p>Hi</p></div></div>
        <button class="comments-comment-box__submit-button artdeco-button">Post</button></div></form>`,
    ],
    noMatch: [
      `<div class="share-box-feed-entry__top-bar"><button class="share-box-feed-entry__trigger">Start a post</button></div>`,
      `<input class="search-global-typeahead__input" role="combobox" placeholder="Search">`,
      `<div componentkey="commentBox-urn:li:activity:1"><button data-view-name="comment-post">Comment</button></div>`,
    ],
  },
};
