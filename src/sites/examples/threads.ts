// Threads: markup the adapter in ../threads.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const threads: SiteExamples = {
  match: [
    `<div role="menu" aria-label="New thread"><div contenteditable="true" role="textbox" data-lexical-editor="true"
      aria-placeholder="What’s new?"><p><br></p></div><div><span>Anyone can reply</span>
      <div role="button" tabindex="0">Post</div></div></div>`,
    `<div role="dialog"><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Hi</p></div>
      <div role="button" aria-label="Attach media"><svg></svg></div><div role="button" tabindex="0"><div>Post</div></div></div>`,
      // An inline reply in Welsh: the send is the icon button after the editor, not the post's reply icon before it.
    `<div data-pressable-container="true"><div role="button" tabindex="0"><svg aria-label="Ateb"></svg></div><div class="row"><div contenteditable="true" role="textbox"
      data-lexical-editor="true" aria-placeholder="Ateb sam.patel…"><p>Hi</p></div><div role="button" tabindex="0"><span><svg aria-label="Ateb"></svg></span></div></div></div>`,
  ],
  noMatch: [
    `<div role="button" tabindex="0"><span>What’s new?</span></div>`,
    `<div role="dialog"><input type="text" role="combobox" aria-label="Search"></div>`,
    // A Lexical box outside a post card, a dialog or a menu (Instagram's chat shape): not Threads', the fallback's.
    `<div><div contenteditable="true" role="textbox" data-lexical-editor="true"><p>Hi</p></div><div role="button" tabindex="0">Send</div></div>`,
  ],
};
