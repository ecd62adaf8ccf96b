// old.reddit.com. Plain textarea in form.usertext; a real submit event fires (the save button).
import { defineSite } from './types';

export const oldReddit = defineSite({
  id: 'old-reddit',
  name: 'old.reddit',
  hosts: ['*://old.reddit.com/*'],
  composers: [
    {
      editor: 'form.usertext textarea[name="text"]',
      container: 'form.usertext',
      submit: '.usertext-buttons button[type="submit"].save, .usertext-buttons button[type="submit"]',
      kind: 'comment',
    },
  ],
});
