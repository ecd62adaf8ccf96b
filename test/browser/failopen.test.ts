// Fail open, never silently: when the engine can't answer in time (the service worker is busy), the
// person is told the post wasn't checked before it goes, and "Post anyway" sends it, once.
import { beforeEach, describe, expect, it } from 'vitest';
import { RISKY, composer, dialog, posted, reload, settledPosts } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** Block the service worker's thread for `ms` (not awaited: the worker can't answer meanwhile). */
function busyServiceWorker(ms: number): Promise<unknown> {
  return h.serviceWorker
    .evaluate((duration) => {
      const end = Date.now() + duration;
      while (Date.now() < end) {
        /* busy */
      }
    }, ms)
    .catch(() => undefined);
}

describe('engine unavailable', () => {
  beforeEach(async () => {
    await reload(h.page);
  });

  for (const id of ['x', 'mastodon', 'facebook-comment']) {
    it(`${id}: a busy engine -> past the 1.5 s bound the person is told before it goes; Post anyway posts once`, async () => {
      const { page } = h;
      const c = composer(id);
      const editor = page.locator(c.editor);
      await editor.click();
      await page.waitForTimeout(500); // the engine answers the focus's status check: it is running (warm), then busy
      const busy = busyServiceWorker(4_000);
      await page.waitForTimeout(100);
      const text = `${RISKY} (${id})`;
      await page.keyboard.insertText(text);
      if (c.keys.includes('Enter')) await page.keyboard.press('Enter');
      else await c.submit(page).click();
      const notice = dialog(page).and(page.locator('[data-state="unavailable"]'));
      await notice.waitFor({ timeout: 3_500 });
      expect(await posted(page)).toEqual([]); // nothing went before the person chose
      await notice.getByRole('button', { name: 'Post anyway' }).click();
      expect(await settledPosts(page, 4_000)).toEqual([{ site: id, text }]);
      await notice.waitFor({ state: 'detached' });
      await busy;
      // The late answer changes nothing: still one post.
      await page.waitForTimeout(500);
      expect(await posted(page)).toEqual([{ site: id, text }]);
    });
  }

  it('a slow engine: the nudge says "checking" from 150 ms, well before the 1.5 s bound', async () => {
    const { page } = h;
    const c = composer('x');
    await page.locator(c.editor).click();
    await page.waitForTimeout(500); // warm first: a cold engine gets the longer bound (src/content/engine-warmth.ts)
    const busy = busyServiceWorker(2_500);
    await page.waitForTimeout(100);
    await page.keyboard.insertText(`${RISKY} (slow)`);
    const started = Date.now();
    await c.submit(page).click();
    await dialog(page).and(page.locator('[data-state="checking"]')).waitFor({ timeout: 1_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(await posted(page)).toEqual([]);
    await busy;
    // Then the real answer replaces it (or, past the bound, the notice says it couldn't be checked).
    await dialog(page).and(page.locator(':not([data-state="checking"])')).waitFor({ timeout: 4_000 });
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
