// Content script for YouTube's live chat only: the chat is its own page (/live_chat) inside the watch
// page's <iframe id="chatframe">, where the main content script (top frame only, to keep it out of every
// ad and embed frame) never runs. This entry runs in frames, but only on the live chat's address, and
// wires the same guard with the YouTube adapter. In a pop-out chat (the top frame) the main content
// script is already there, so this one steps aside.
import { adaptersFor } from '../src/content/hosts';
import { startGuard } from '../src/content/guard';
import { SITES } from '../src/sites';

export default defineContentScript({
  matches: ['*://www.youtube.com/live_chat*', '*://youtube.com/live_chat*'],
  runAt: 'document_start',
  allFrames: true,
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top === window) return;
    startGuard(ctx, () => adaptersFor(location.href, SITES, false));
  },
});
