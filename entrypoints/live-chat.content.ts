// Content script for YouTube's live chat only: the chat is its own page (/live_chat) inside the watch
// page's <iframe id="chatframe">, where the main content script (top frame only, to keep it out of every
// ad and embed frame) never runs. This entry runs in frames, but only on the live chat's address, and
// wires the same guard with the YouTube adapter. In a pop-out chat (the top frame) the main content
// script is already there, so this one steps aside.
import { adaptersFor } from '../src/content/hosts';
import { createGuard } from '../src/content/guard';
import { startGuard } from '../src/content/start-guard';
import { SITES } from '../src/sites';

export default defineContentScript({
  matches: ['*://www.youtube.com/live_chat*', '*://youtube.com/live_chat*'],
  runAt: 'document_start',
  allFrames: true,
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window.top === window) return;
    // The chat frame is small and rare: the guard is bundled in, not imported lazily as in the main script.
    startGuard(ctx, async () => ({ start: (options) => createGuard(adaptersFor(location.href, SITES, false), options) }));
  },
});
