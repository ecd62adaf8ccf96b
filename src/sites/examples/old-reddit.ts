// old.reddit: markup the adapter in ../old-reddit.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const oldReddit: SiteExamples = {
  match: [
    `<form action="#" class="usertext cloneable warn-on-unload" method="post"><input type="hidden" name="thing_id" value="t3_x">
      <div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div>
      <div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button>
      <button type="button" class="cancel">cancel</button></div></div></div></form>`,
  ],
  noMatch: [
    `<form action="/search" id="search"><input type="text" name="q" placeholder="search"></form>`,
    `<form class="usertext"><div class="md"><p>A comment someone else wrote</p></div></form>`,
  ],
};
