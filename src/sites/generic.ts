// Any other page (forums, intranets): a visible textarea or a contenteditable textbox with a send-like
// button near it. Switched on per site (the practice page; sites people add later), never everywhere.
import type { SiteAdapter } from './types';

export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Other sites',
  hosts: [],
  composers: [
    {
      editor:
        'textarea:not([readonly]):not([disabled]):not([role="combobox"]), [contenteditable="true"][role="textbox"]:not([role="combobox"])',
      submit: 'button:not([disabled]), input[type="submit"], [role="button"]',
      submitText: ['Send', 'Post', 'Reply', 'Comment', 'Submit', 'Publish', 'Share', 'Save'],
      kind: 'post',
    },
  ],
  examples: {
    match: [
      `<div><label for="m">Message</label><textarea id="m" name="message"></textarea><div><button type="button">Send</button></div></div>`,
      `<form><div contenteditable="true" role="textbox"></div><input type="submit" value="Post"><button>Preview</button></form>`,
    ],
    noMatch: [
      `<form role="search"><input type="search" name="q"><button>Search</button></form>`,
      `<div><textarea readonly>Terms and conditions</textarea></div>`,
    ],
  },
};
