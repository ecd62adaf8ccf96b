// Fail open in real Firefox ESR: when the extension's background page can't answer (its thread is
// busy), the person is told the post wasn't checked before it goes, and "Post anyway" sends it, once.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NUDGE,
  RISKY,
  find,
  isGone,
  nudgeButton,
  openExtensionPage,
  posted,
  practiceComposer,
  pressKey,
  reload,
  sendOf,
  settledPosts,
  startFirefoxHarness,
  typeInto,
  type FirefoxHarness,
} from './harness';

let h: FirefoxHarness;
let extensionPage: Page;

/**
 * Keep the extension's thread busy for `ms` (not awaited). Firefox runs every extension page and the
 * background page in one process, on one main thread: a loop in the options page blocks the background.
 */
function busyExtension(ms: number): Promise<unknown> {
  return extensionPage
    .evaluate((duration) => {
      const end = Date.now() + duration;
      while (Date.now() < end) {
        /* busy */
      }
    }, ms)
    .catch(() => undefined);
}

describe('Firefox: engine unavailable', () => {
  beforeAll(async () => {
    h = await startFirefoxHarness();
    extensionPage = await openExtensionPage(h, 'options.html');
  });
  afterAll(async () => {
    await h?.close();
  });

  // A click (x) and a key press (facebook-comment's Enter).
  for (const id of ['x', 'facebook-comment']) {
    it(`${id}: a busy engine -> the person is told before it goes; Post anyway posts once`, async () => {
      const { page } = h;
      const c = practiceComposer(id);
      await reload(page);
      // Busy before typing, so that no check of the draft can come back; long enough for slow typing
      // on a busy machine plus the bound (4 s here: the engine never answered, so it may be starting).
      const busy = busyExtension(12_000);
      const text = `${RISKY} (${id})`;
      await typeInto(page, c, text);
      if (c.keys.includes('Enter')) await pressKey(page, 'Enter');
      else await (await find(page, sendOf(c))).click();
      const notice = await find(page, NUDGE, 8_000); // "checking" first, then past the bound "unavailable"
      await page.waitForFunction((el) => el.getAttribute('data-state') === 'unavailable', { timeout: 8_000 }, notice);
      expect(await posted(page)).toEqual([]); // nothing went before the person chose
      await (await find(page, nudgeButton('Post anyway'))).click();
      expect(await settledPosts(page, 8_000)).toEqual([{ site: id, text }]);
      await busy;
      // The late answer changes nothing: still one post.
      await isGone(page, NUDGE, 10_000);
      expect(await posted(page)).toEqual([{ site: id, text }]);
    });
  }

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
