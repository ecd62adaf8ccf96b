// Paused from the popup: on the page, the badge says the coach is paused and a risky post goes straight
// out, the site's own click untouched (not stopped and replayed). Resumed: the same post is stopped again.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { RISKY, badge, composer, dialog, findingsDialog, openExtensionPage, posted, reload, settledPosts, typeInto } from './harness';
import { useHarness } from './use-harness';

const PAUSED = 'The coach is paused here: posts are not checked';

const h = useHarness();

/** From now, each click inside `selector` that reaches the page's own listeners: whether the browser made it (isTrusted). */
async function recordClicks(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel) => {
    const w = window as unknown as { __sendClicks: boolean[] };
    w.__sendClicks = [];
    // document, capture: after our window listener, before the site's own handlers.
    document.addEventListener('click', (e) => {
      if (e.composedPath().some((t) => t instanceof Element && t.matches(sel))) w.__sendClicks.push(e.isTrusted);
    }, true);
  }, selector);
}
const sendClicks = (page: Page) => page.evaluate(() => (window as unknown as { __sendClicks: boolean[] }).__sendClicks.slice());

async function popupButton(name: string, status: RegExp): Promise<void> {
  const popup = await openExtensionPage(h, 'popup.html');
  await popup.getByRole('button', { name }).click();
  await expect.poll(() => popup.getByTestId('popup-status').textContent()).toMatch(status);
  await popup.close();
  await h.page.bringToFront(); // a tab behind another has its timers slowed down
}

describe('paused from the popup', () => {

  it('the badge says paused and a risky post goes straight out; after resuming it is stopped again', async () => {
    const { page } = h;
    await popupButton('Pause for an hour', /^Checking is paused until/);

    for (const id of ['generic', 'x']) {
      const c = composer(id);
      await reload(page);
      await typeInto(page, c, RISKY);
      await expect.poll(() => badge(page).getAttribute('aria-label')).toBe(PAUSED);
      await recordClicks(page, `[data-practice="${id}"]`);
      await c.submit(page).click();
      expect(await settledPosts(page)).toEqual([{ site: id, text: RISKY }]);
      expect(await sendClicks(page), `${id}: one click, the person's own`).toEqual([true]);
      expect(await dialog(page).count()).toBe(0);
    }

    await popupButton('Resume checking', /^(Checking your posts|Nothing to check)/);
    for (const id of ['generic', 'x']) {
      const c = composer(id);
      await reload(page);
      await typeInto(page, c, RISKY);
      await expect.poll(() => badge(page).getAttribute('aria-label')).not.toBe(PAUSED);
      await c.submit(page).click();
      await findingsDialog(page).waitFor();
      expect(await posted(page), id).toEqual([]);
      await dialog(page).getByRole('button', { name: 'Edit post' }).click();
    }
  });
});
