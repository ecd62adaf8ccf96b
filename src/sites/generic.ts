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
      submitText: ['Send', 'Post', 'Reply', 'Comment', 'Submit', 'Publish', 'Share', 'Save'],
      kind: 'post',
    },
  ],
});
