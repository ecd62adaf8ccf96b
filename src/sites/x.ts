// X (Twitter). Draft.js editor; the contenteditable itself carries data-testid="tweetTextarea_<n>"
// (one per thread item; "tweetTextarea_0_label" is its label, hence [contenteditable]). The mobile web
// composer is a textarea inside the same test id. Send: tweetButton (modal) / tweetButtonInline (home),
// re-rendered when thread items are added. Ctrl/Cmd+Enter posts.
import { defineSite } from './types';

const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';

export const x = defineSite({
  id: 'x',
  name: 'X (Twitter)',
  hosts: ['*://x.com/*', '*://twitter.com/*', '*://mobile.x.com/*', '*://mobile.twitter.com/*'],
  composers: [
    {
      editor: '[data-testid^="tweetTextarea_"][contenteditable="true"]',
      submit: POST_BUTTON,
      kind: 'post',
      ctrlEnter: true,
    },
    { editor: '[data-testid^="tweetTextarea_"] textarea', submit: POST_BUTTON, kind: 'post', ctrlEnter: true },
    // Direct messages (W): Enter sends.
    {
      editor: '[data-testid="dmComposerTextInput"]',
      submit: '[data-testid="dmComposerSendButton"]',
      kind: 'message',
      sendsOnEnter: true,
    },
  ],
});
