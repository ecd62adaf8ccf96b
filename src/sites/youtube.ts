// YouTube comments. <ytd-commentbox> (Polymer, light DOM): contenteditable #contenteditable-root, send
// #submit-button button. The editor only appears after clicking #simplebox-placeholder.
import { defineSite } from './types';

export const youtube = defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['*://www.youtube.com/*', '*://youtube.com/*', '*://m.youtube.com/*'],
  composers: [
    {
      editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"]',
      container: 'ytd-commentbox',
      submit: '#submit-button button',
      kind: 'comment',
    },
  ],
});
