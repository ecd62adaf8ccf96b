// Content script for YouTube's live chat only: the chat is its own page (/live_chat) inside the watch
// page's <iframe id="chatframe">, where the main content script (top frame only, to keep it out of every
// ad and embed frame) never runs. This entry runs in frames, but only on the live chat's address, and
// starts the same listeners as the main script; the guard they load picks the YouTube adapter by address.
// In a pop-out chat (the top frame) the main content script is already there, so this one steps aside.
import { startGuard } from '../src/content/start-guard';

export default defineContentScript({
  matches: ['*://www.youtube.com/live_chat*', '*://youtube.com/live_chat*'],
  runAt: 'document_start',
  allFrames: true,
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top === window) return;
    startGuard(ctx);
  },
});
