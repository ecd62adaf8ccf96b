// X (Twitter). Everything by test id (labels are localised).
// - Posts: Draft.js editor; the contenteditable itself carries data-testid="tweetTextarea_<n>" (one per
//   thread item; "tweetTextarea_0_label" is its label, hence [contenteditable]). The mobile web composer
//   is a textarea inside the same test id. Send: tweetButton (modal) / tweetButtonInline (home),
//   re-rendered when thread items are added. Ctrl/Cmd+Enter posts.
// - Direct messages (2025 "chat"): textarea[data-testid="dm-composer-textarea"] in
//   [data-testid="dm-composer-form"], parts of it in open shadow roots; the send button
//   dm-composer-send-button exists only while the draft is non-empty (a voice button otherwise).
//   Enter sends. The older dmComposerTextInput / dmComposerSendButton pair is kept.
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
    {
      editor: '[data-testid="dm-composer-textarea"]',
      container: '[data-testid="dm-composer-form"]',
      shadow: true,
      submit: '[data-testid="dm-composer-send-button"]',
      kind: 'message',
      sendsOnEnter: true,
    },
    {
      editor: '[data-testid="dmComposerTextInput"]',
      submit: '[data-testid="dmComposerSendButton"]',
      kind: 'message',
      sendsOnEnter: true,
    },
  ],
});
