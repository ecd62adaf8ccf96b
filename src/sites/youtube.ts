// YouTube comments. <ytd-commentbox> (Polymer, light DOM): contenteditable #contenteditable-root, send
// #submit-button button: ids, no labels. The editor only appears after clicking #simplebox-placeholder;
// it may be contenteditable="plaintext-only". m.youtube.com is a different app, not covered (docs/sites.md).
import { defineSite } from './types';

export const youtube = defineSite({
  id: 'youtube',
  name: 'YouTube',
  hosts: ['*://www.youtube.com/*', '*://youtube.com/*'],
  composers: [
    {
      editor: 'ytd-commentbox #contenteditable-root[contenteditable="true"], ytd-commentbox #contenteditable-root[contenteditable="plaintext-only"]',
      container: 'ytd-commentbox',
      submit: '#submit-button button',
      kind: 'comment',
    },
  ],
});
