// YouTube's live chat, framed as on youtube.com/watch: the practice watch page (practice/watch.html) loads
// the chat as its own page (practice/live_chat/) in <iframe id="chatframe">, where only the frame-only
// content script (entrypoints/live-chat.content.ts) runs. In real Chromium with the built extension, in
// English and Welsh: a risky message is held at the send button and at Enter, a clean one goes at once.
import type { Frame, FrameLocator } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLEAN, RISKY, type PostedEntry } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const EDITOR = 'yt-live-chat-text-input-field-renderer div#input[contenteditable]';
const SEND = 'yt-live-chat-message-input-renderer #send-button button';
const NUDGE = '[data-tbyp-root="nudge"] [role="dialog"]';

const chat = (): FrameLocator => h.page.frameLocator('#chatframe');
const chatFrame = (): Frame => {
  const frame = h.page.frames().find((f) => f.url().includes('/live_chat/'));
  if (!frame) throw new Error('no live chat frame');
  return frame;
};
const postedInChat = () => chatFrame().evaluate(() => (window as unknown as { __posted: PostedEntry[] }).__posted.slice());
const leftInChat = () => chat().locator(EDITOR).evaluate((el) => (el as HTMLElement).innerText.replace(/\u00a0/g, ' ').trim());

async function openWatchPage(lang: 'en' | 'cy'): Promise<void> {
  await h.page.goto(`${h.server.url}watch.html?tbyp-test-ui${lang === 'cy' ? '&lang=cy' : ''}`);
  await h.page.bringToFront();
  await h.page.waitForFunction(() => document.querySelector('#chatframe')?.getAttribute('src')?.startsWith('live_chat/'));
  await chat().locator('html[data-practice-ready="true"]').waitFor();
}

async function typeInChat(text: string): Promise<void> {
  await chat().locator(EDITOR).click();
  await h.page.keyboard.type(text);
}

async function settled(): Promise<PostedEntry[]> {
  await chatFrame().waitForFunction(() => (window as unknown as { __posted: PostedEntry[] }).__posted.length > 0, null, { timeout: 5_000 });
  await h.page.waitForTimeout(200);
  return postedInChat();
}

for (const lang of ['en', 'cy'] as const) {
  describe(`YouTube live chat in its frame (${lang})`, () => {
    beforeEach(async () => {
      await openWatchPage(lang);
    });

    it('the chat is the framed page, in the interface language', async () => {
      expect(chatFrame().parentFrame()).toBe(h.page.mainFrame());
      expect(await chat().locator(EDITOR).getAttribute('aria-label')).toBe(lang === 'cy' ? 'Sgwrsio…' : 'Chat…');
    });

    it('risky + send button -> nudge in the chat; nothing sent; Post anyway sends once', async () => {
      await typeInChat(RISKY);
      await chat().locator(SEND).click();
      const nudge = chat().locator(NUDGE);
      await nudge.waitFor({ timeout: 5_000 });
      expect(await nudge.getAttribute('data-state')).toBe('findings');
      expect(await postedInChat()).toEqual([]);
      await nudge.getByRole('button', { name: 'Post anyway' }).click();
      expect(await settled()).toEqual([{ site: 'youtube-live-chat', text: RISKY }]);
      expect(await leftInChat()).toBe('');
    });

    it('risky + Enter -> nudge; Edit post keeps the draft and nothing is sent', async () => {
      await typeInChat(RISKY);
      await h.page.keyboard.press('Enter');
      const nudge = chat().locator(NUDGE);
      await nudge.waitFor({ timeout: 5_000 });
      await nudge.getByRole('button', { name: 'Edit post' }).click();
      await nudge.waitFor({ state: 'detached' });
      expect(await leftInChat()).toBe(RISKY);
      await h.page.waitForTimeout(300);
      expect(await postedInChat()).toEqual([]);
    });

    it('a clean message goes at once by Enter and by the send button, with no nudge', async () => {
      await typeInChat(CLEAN);
      await h.page.keyboard.press('Enter');
      expect(await settled()).toEqual([{ site: 'youtube-live-chat', text: CLEAN }]);
      await typeInChat(`${CLEAN} again`);
      await chat().locator(SEND).click();
      await chatFrame().waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 1, null, { timeout: 5_000 });
      expect(await postedInChat()).toEqual([
        { site: 'youtube-live-chat', text: CLEAN },
        { site: 'youtube-live-chat', text: `${CLEAN} again` },
      ]);
      expect(await chat().locator(NUDGE).count()).toBe(0);
    });
  });
}

describe('the watch page', () => {
  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
