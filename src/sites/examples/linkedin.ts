// LinkedIn: markup the adapter in ../linkedin.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const linkedin: SiteExamples = {
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
      // The comment button rendered outside the commentBox element.
    `<div><div componentkey="commentBox-urn:li:activity:2"><div class="tiptap ProseMirror" contenteditable="true" role="textbox"
      aria-label="Golygydd testun"><p></p></div></div><div><button type="button" data-view-name="comment-post">Sylw</button></div></div>`,
    // Messaging, "Click Send" mode, in French.
    `<form class="msg-form"><div class="msg-form__msg-content-container"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"
      aria-label="Écrivez un message…"><p>Bonjour</p></div></div><footer><button class="msg-form__send-button artdeco-button" type="submit">Envoyer</button>
      <button class="msg-form__send-toggle" type="button" aria-label="Ouvrir les options d’envoi"><svg></svg></button></footer></form>`,
    // Messaging, "Press Enter to Send" mode: no send button, Enter sends (a keyboard-only composer).
    `<form class="msg-form"><div class="msg-form__contenteditable" contenteditable="true" role="textbox"><p>Hi</p></div>
      <button class="msg-form__send-toggle" type="button"><svg></svg></button></form>`,
  ],
  noMatch: [
    `<div class="share-box-feed-entry__top-bar"><button class="share-box-feed-entry__trigger">Start a post</button></div>`,
    `<input class="search-global-typeahead__input" role="combobox" placeholder="Search">`,
    `<div componentkey="commentBox-urn:li:activity:1"><button data-view-name="comment-post">Comment</button></div>`,
    `<form class="msg-form"><input class="msg-form__subject" type="text" placeholder="Subject"></form>`,
  ],
};
