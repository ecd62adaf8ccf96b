// Fail open in real Firefox ESR: when the extension's background page can't answer (its thread is
// busy), the post still goes through, once, and the person is told it wasn't checked.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  NUDGE,
  RISKY,
  find,
  isGone,
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
    it(`${id}: a busy engine -> the post goes through once and the 'unavailable' notice shows`, async () => {
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
      expect(await settledPosts(page, 8_000)).toEqual([{ site: id, text }]);
      const notice = await find(page, NUDGE);
      expect(await notice.evaluate((el) => el.getAttribute('data-state'))).toBe('unavailable');
      await busy;
      // The late answer changes nothing: still one post, and the notice closes by itself.
      await isGone(page, NUDGE, 10_000);
      expect(await posted(page)).toEqual([{ site: id, text }]);
    });
  }

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
