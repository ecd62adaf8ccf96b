// Any other page (forums, intranets): a visible textarea or a contenteditable textbox with a send-like
// button near it. Switched on per site (the practice page; sites people add later), never everywhere.
import { defineSite } from './types';

export const generic = defineSite({
  id: 'generic',
  name: 'Other sites',
  hosts: [],
  composers: [
    {
      editor:
        'textarea:not([readonly]):not([disabled]):not([role="combobox"]), [contenteditable="true"][role="textbox"]:not([role="combobox"])',
      submit: 'button:not([disabled]), input[type="submit"], [role="button"]',
      // English and Welsh (the product's two languages); other pages are the structural fallback's.
      submitText: ['Send', 'Post', 'Reply', 'Comment', 'Submit', 'Publish', 'Share', 'Save', 'Anfon', 'Postio', 'Ateb', 'Sylw', 'Cyflwyno', 'Cyhoeddi', 'Rhannu', 'Cadw'],
      kind: 'post',
    },
  ],
});
