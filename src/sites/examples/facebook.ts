// Facebook: markup the adapter in ../facebook.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const facebook: SiteExamples = {
  match: [
    `<div role="dialog" aria-labelledby="t"><h3 id="t">Create post</h3><div class="shell">
      <div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="What's on your mind, Alex?"><p><br></p></div></div>
      <div role="button" tabindex="0" aria-label="Add photo/video"><svg></svg></div>
      <div role="button" tabindex="0"><span>Post</span></div></div>`,
    // A comment box in form[role=presentation], its send in #focused-state-composer-submit (English).
    `<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Comment as Alex Morgan"><p><br></p></div>
      <div id="focused-state-composer-submit"><span><div role="button" tabindex="0" aria-label="Comment"></div></span></div></form>`,
    // Welsh interface: a comment box in form[role=presentation], its send in #focused-state-composer-submit.
    `<form role="presentation"><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Ysgrifennwch sylw…"><p><br></p></div>
      <div id="focused-state-composer-submit"><span><div role="button" tabindex="0" aria-label="Sylw"></div></span></div></form>`,
    // Messages in Welsh: the conversation ([role=main] with the message grid), the emoji button in the field, the send arrow last.
    `<div role="main"><div role="grid" aria-label="Negeseuon"><div role="row">Helo</div></div><div><div><div contenteditable="true" role="textbox"
      data-lexical-editor="true" aria-label="Neges"><p>Hi</p></div><div role="button" tabindex="0" aria-label="Dewis emoji"><svg></svg></div></div>
      <span><div role="button" tabindex="0" aria-label="Gwasgwch Enter i anfon"><svg></svg></div></span></div></div>`,
  ],
  noMatch: [
    `<div role="button" tabindex="0"><span>What's on your mind, Alex?</span></div>`,
    `<div role="dialog"><input type="search" role="combobox" aria-label="Search Facebook"></div>`,
    `<div contenteditable="true" role="textbox" aria-label="Comment as Alex"></div>`,
    // Outside a comment form, known only by an English label: left to the structural fallback.
    `<div><div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="Reply to Sam Patel"><p><br></p></div></div>`,
    // The news feed's main region holds no message grid: a stray Lexical box there is not a conversation.
    `<div role="main"><div role="feed"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p><br></p></div></div></div>`,
  ],
};
