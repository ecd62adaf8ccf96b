// X (Twitter): markup the adapter in ../x.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const x: SiteExamples = {
  match: [
    `<div class="x-composer"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
      role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><span>Hi</span></div></div></div></div>
      <div><button type="button" role="button" data-testid="tweetButtonInline">Post</button></div></div>`,
    `<div role="dialog"><div><label data-testid="tweetTextarea_1_label">Post text</label>
      <div contenteditable="true" role="textbox" data-testid="tweetTextarea_1"></div></div>
      <div><div role="button" data-testid="tweetButton">Post all</div></div></div>`,
    `<form><div data-testid="tweetTextarea_0"><textarea></textarea></div><button data-testid="tweetButton">Post</button></form>`,
    `<form data-testid="dm-composer-form"><textarea data-testid="dm-composer-textarea" placeholder="Dechrau neges newydd"></textarea>
      <button type="button" data-testid="dm-composer-send-button" aria-label="Anfon"></button></form>`,
  ],
  noMatch: [
    `<div><label data-testid="tweetTextarea_0_label">Post text</label><button data-testid="tweetButtonInline">Post</button></div>`,
    `<form role="search"><input data-testid="SearchBox_Search_Input" type="text" role="combobox"></form>`,
    `<div data-testid="tweetText"><span>A post someone else wrote</span></div>`,
  ],
};
