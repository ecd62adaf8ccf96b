// Instagram.
// - Comments: a React textarea inside a <form method="POST">, send = text-only div[role=button] "Post"
//   (the last button of the form; the emoji button comes first). aria-label is localised, so the
//   form + autocomplete="off" shape is tried as well.
// - Direct messages: Lexical (spellcheck=false), Enter sends (W).
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
    },
    {
      editor: '[role="textbox"][contenteditable="true"][data-lexical-editor="true"][aria-label="Message"]',
      submit: 'div[role="button"]',
      submitText: ['Send'],
      kind: 'message',
      sendsOnEnter: true,
    },
  ],
});
