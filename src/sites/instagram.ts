// Instagram. Labels are localised: forms, Lexical and button order find the composers.
// - Comments: a React textarea inside a <form method="POST">; send = the form's last role=button (the
//   emoji button comes first). Enter posts the comment.
// - Direct messages: Lexical outside any dialog (the new-post caption is Lexical in a dialog, where
//   Enter is a new line). The text "Send" button takes the place of the voice/photo/like icons once the
//   draft is non-empty, after the editor: the last role=button after it. Enter sends.
// - New post caption (the "Create new post" dialog's last step): Lexical [role=textbox] in a
//   [role=dialog]; Enter is a new line. Its Share button is in the dialog's header, BEFORE the editor,
//   and the only text button there: the Back arrow, the emoji button, and the collaborators, location,
//   accessibility and advanced-settings rows after the editor all carry an icon (svg). So the send button
//   is the last div[role=button] with no icon in the dialog ("Share" only a hint).
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
      editor: '[role="dialog"] [role="textbox"][contenteditable="true"][data-lexical-editor="true"]',
      container: '[role="dialog"]',
      submit: 'div[role="button"]:not(:has(svg, img))',
      submitHint: ['Share'],
      kind: 'post',
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
