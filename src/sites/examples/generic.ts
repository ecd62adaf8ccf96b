// Other sites: markup the adapter in ../generic.ts is tested against in Chromium (test/browser/adapters.test.ts).
// Test data only, kept out of the adapter so the content script doesn't ship it to every page.
import type { SiteExamples } from '../types';

export const generic: SiteExamples = {
  match: [
    `<div><label for="m">Message</label><textarea id="m" name="message"></textarea><div><button type="button">Send</button></div></div>`,
    `<form><div contenteditable="true" role="textbox"></div><input type="submit" value="Post"><button>Preview</button></form>`,
  ],
  noMatch: [
    `<form role="search"><input type="search" name="q"><button>Search</button></form>`,
    `<div><textarea readonly>Terms and conditions</textarea></div>`,
  ],
};
