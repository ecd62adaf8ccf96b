// Threads. Lexical editors ([data-lexical-editor]); labels are localised.
// - New thread: a popover ([role=menu]) or dialog; the send button is the last div[role=button] after
//   the editor ("Post" only a hint).
// - Inline replies, in no dialog, under a post ([data-pressable-container], the post card scrapers select):
//   the send button is an icon (svg with a localised aria-label) after the editor: the last
//   div[role=button] after it in the nearest ancestor holding one. A Lexical box anywhere else is left
//   to the structural fallback, which checks the same keys and finds the button the same way.
// Ctrl/Cmd+Enter posts.
import { defineSite } from './types';

const LEXICAL = '[data-lexical-editor="true"][contenteditable="true"][role="textbox"]';

export const threads = defineSite({
  id: 'threads',
  name: 'Threads',
  hosts: ['*://www.threads.net/*', '*://threads.net/*', '*://www.threads.com/*', '*://threads.com/*'],
  composers: [
    {
      editor: `[role="dialog"] ${LEXICAL}, [role="menu"] ${LEXICAL}`,
      container: '[role="dialog"], [role="menu"]',
      submit: 'div[role="button"]',
      submitHint: ['Post', 'Reply'],
      kind: 'post',
      ctrlEnter: true,
    },
    {
      editor: `[data-pressable-container] ${LEXICAL}`,
      submit: 'div[role="button"]',
      submitHint: ['Post', 'Reply'],
      kind: 'reply',
      ctrlEnter: true,
    },
  ],
});
