// Instagram. Labels are localised: forms, Lexical and button order find the composers.
// - Comments: a React textarea inside a <form method="POST">; send = the form's last role=button (the
//   emoji button comes first). Enter posts the comment.
// - Direct messages: Lexical outside any dialog (the new-post caption is Lexical in a dialog, where
//   Enter is a new line). The text "Send" button takes the place of the voice/photo/like icons once the
//   draft is non-empty, after the editor: the last role=button after it. Enter sends.
import { defineSite } from './types';

export const instagram = defineSite({
  id: 'instagram',
  name: 'Instagram',
  hosts: ['*://www.instagram.com/*', '*://instagram.com/*'],
  composers: [
    {
      editor: 'form textarea[aria-label="Add a comment…"], form[method="POST" i] textarea[autocomplete="off"]',
      container: 'form',
      submit: 'div[role="button"], button[type="submit"]',
      kind: 'comment',
      sendsOnEnter: true,
    },
    {
      editor: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"]:not([role="dialog"] *)',
      submit: 'div[role="button"]',
      submitHint: ['Send'],
      kind: 'message',
      sendsOnEnter: true,
    },
  ],
});
