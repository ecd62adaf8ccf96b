// X (Twitter). Draft.js editor; the contenteditable itself carries data-testid="tweetTextarea_<n>"
// (one per thread item; "tweetTextarea_0_label" is its label, hence [contenteditable]). The mobile web
// composer is a textarea inside the same test id. Send: tweetButton (modal) / tweetButtonInline (home),
// re-rendered when thread items are added. Ctrl/Cmd+Enter posts.
import type { SiteAdapter } from './types';

const POST_BUTTON = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';

export const x: SiteAdapter = {
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
  examples: {
    match: [
      `<div class="x-composer"><div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"
        role="textbox" data-testid="tweetTextarea_0"><div data-contents="true"><div data-block="true"><span>Hi</span></div></div></div></div>
        <div><button type="button" role="button" data-testid="tweetButtonInline">Post</button></div></div>`,
      `<div role="dialog"><div><label data-testid="tweetTextarea_1_label">Post text</label>
        <div contenteditable="true" role="textbox" data-testid="tweetTextarea_1"></div></div>
        <div><div role="button" data-testid="tweetButton">Post all</div></div></div>`,
      `<form><div data-testid="tweetTextarea_0"><textarea></textarea></div><button data-testid="tweetButton">Post</button></form>`,
    ],
    noMatch: [
      `<div><label data-testid="tweetTextarea_0_label">Post text</label><button data-testid="tweetButtonInline">Post</button></div>`,
      `<form role="search"><input data-testid="SearchBox_Search_Input" type="text" role="combobox"></form>`,
      `<div data-testid="tweetText"><span>A post someone else wrote</span></div>`,
    ],
  },
};
