// old.reddit.com. Plain textarea in form.usertext; a real submit event fires (the save button).
import type { SiteAdapter } from './types';

export const oldReddit: SiteAdapter = {
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
  examples: {
    match: [
      `<form action="#" class="usertext cloneable warn-on-unload" method="post"><input type="hidden" name="thing_id" value="t3_x">
        <div class="usertext-edit md-container"><div class="md"><textarea rows="1" cols="1" name="text"></textarea></div>
        <div class="bottom-area"><div class="usertext-buttons"><button type="submit" class="save">save</button>
        <button type="button" class="cancel">cancel</button></div></div></div></form>`,
    ],
    noMatch: [
      `<form action="/search" id="search"><input type="text" name="q" placeholder="search"></form>`,
      `<form class="usertext"><div class="md"><p>A comment someone else wrote</p></div></form>`,
    ],
  },
};
