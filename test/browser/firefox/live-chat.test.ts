// YouTube's live chat framed as on youtube.com/watch (practice/watch.html loads practice/live_chat/ in
// <iframe id="chatframe">), in real Firefox ESR with the extension installed: the frame-only content script
// (entrypoints/live-chat.content.ts) holds a risky message at the send button and at Enter, and lets a
// clean one go, in English and Welsh. (Chromium: ../live-chat.test.ts.)
import type { ElementHandle, Frame } from 'puppeteer-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLEAN, FINDINGS, NUDGE, RISKY, nudgeButton, pressKey, sleep, type PostedEntry } from './harness';
import { useFirefoxHarness } from '../use-harness';

const h = useFirefoxHarness();

const EDITOR = 'yt-live-chat-text-input-field-renderer div#input[contenteditable]';
const SEND = 'yt-live-chat-message-input-renderer #send-button button';

function chatFrame(): Frame {
  const frame = h.page.frames().find((f) => f.url().includes('/live_chat/'));
  if (!frame) throw new Error('no live chat frame');
  return frame;
}

/** Poll for `selector` in the chat frame (changes inside our shadow root are missed by waitForSelector). */
async function findInChat(selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const end = Date.now() + timeout;
  for (;;) {
    const found = await chatFrame().$(selector).catch(() => null);
    if (found) return found;
    if (Date.now() > end) throw new Error(`Not found in the chat frame after ${timeout} ms: ${selector}`);
    await sleep(50);
  }
}

async function goneFromChat(selector: string, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (await chatFrame().$(selector)) {
    if (Date.now() > end) throw new Error(`Still in the chat frame after ${timeout} ms: ${selector}`);
    await sleep(50);
  }
}

const postedInChat = () => chatFrame().evaluate(() => (window as unknown as { __posted: PostedEntry[] }).__posted.slice());
const leftInChat = async () => (await findInChat(EDITOR)).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim());

async function settled(count = 1): Promise<PostedEntry[]> {
  await chatFrame().waitForFunction((n) => (window as unknown as { __posted: unknown[] }).__posted.length >= n, { timeout: 5_000 }, count);
  await sleep(200);
  return postedInChat();
}

async function openWatchPage(lang: 'en' | 'cy'): Promise<void> {
  await h.page.bringToFront();
  await h.page.goto(`${h.server.url}watch.html?tbyp-test-ui${lang === 'cy' ? '&lang=cy' : ''}`);
  await findInChat('html[data-practice-ready="true"]', 15_000);
}

async function typeInChat(text: string): Promise<void> {
  const editor = await findInChat(EDITOR);
  await editor.click();
  // Firefox gives focus a moment after the click: keys typed before then are lost.
  await chatFrame().waitForFunction((el) => document.activeElement === el, {}, editor);
  await h.page.keyboard.type(text);
}

for (const lang of ['en', 'cy'] as const) {
  describe(`Firefox: YouTube live chat in its frame (${lang})`, () => {
    beforeEach(async () => {
      await openWatchPage(lang);
    });

    it('the chat is the framed page, in the interface language', async () => {
      expect(chatFrame().parentFrame()).toBe(h.page.mainFrame());
      expect(await (await findInChat(EDITOR)).evaluate((el) => el.getAttribute('aria-label'))).toBe(lang === 'cy' ? 'Sgwrsio…' : 'Chat…');
    });

    it('risky + send button -> nudge in the chat; nothing sent; Post anyway sends once', async () => {
      await typeInChat(RISKY);
      await (await findInChat(SEND)).click();
      await findInChat(FINDINGS);
      expect(await postedInChat()).toEqual([]);
      await (await findInChat(nudgeButton('Post anyway'))).click();
      expect(await settled()).toEqual([{ site: 'youtube-live-chat', text: RISKY }]);
      expect(await leftInChat()).toBe('');
    });

    it('risky + Enter -> nudge; Edit post keeps the draft and nothing is sent', async () => {
      await typeInChat(RISKY);
      await pressKey(h.page, 'Enter');
      await findInChat(FINDINGS);
      await (await findInChat(nudgeButton('Edit post'))).click();
      await goneFromChat(NUDGE);
      expect(await leftInChat()).toBe(RISKY);
      await sleep(300);
      expect(await postedInChat()).toEqual([]);
    });

    it('a clean message goes at once by Enter and by the send button, with no nudge', async () => {
      await typeInChat(CLEAN);
      await pressKey(h.page, 'Enter');
      expect(await settled()).toEqual([{ site: 'youtube-live-chat', text: CLEAN }]);
      await typeInChat(`${CLEAN} again`);
      await (await findInChat(SEND)).click();
      expect(await settled(2)).toEqual([
        { site: 'youtube-live-chat', text: CLEAN },
        { site: 'youtube-live-chat', text: `${CLEAN} again` },
      ]);
      expect(await chatFrame().$(NUDGE)).toBeNull();
    });
  });
}

describe('Firefox: the watch page', () => {
  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
