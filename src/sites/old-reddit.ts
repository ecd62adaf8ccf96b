// Old-style Reddit: old.reddit.com, and the same markup served on www.reddit.com to people who chose
// the old design (both adapters run there; their selectors don't overlap). Plain textarea in
// form.usertext; a real submit event fires (the save button). No keyboard path of its own.
import { defineSite } from './types';

export const oldReddit = defineSite({
  id: 'old-reddit',
  name: 'old.reddit',
  hosts: ['*://old.reddit.com/*', '*://www.reddit.com/*'],
  composers: [
    {
      editor: 'form.usertext textarea[name="text"]',
      container: 'form.usertext',
      submit: '.usertext-buttons button[type="submit"]',
      kind: 'comment',
    },
  ],
});
