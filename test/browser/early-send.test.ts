// The guard is a module the content script imports when a compose box is first in play
// (src/content/start-guard.ts). A send pressed before it has loaded is held, then checked once it has:
// never lost, never sent twice, never sent unchecked. Here focus, typing and the send come in one task of
// a freshly loaded page, so the import (a fetch) cannot have finished: the send is always early.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CLEAN, RISKY, dialog, posted, reload, settledPosts } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/** On the X direct-message composer (a textarea in a shadow root, Send shown once there is a draft). */
function sendEarly(page: Page, text: string, how: 'click' | 'Enter'): Promise<void> {
  return page.evaluate(
    async ({ text, how }) => {
      const textarea = document.querySelector('[data-practice="x-dm"] dm-composer-input')!.shadowRoot!.querySelector('textarea')!;
      textarea.focus();
      document.execCommand('insertText', false, text);
      await Promise.resolve(); // microtasks only: no task runs, so the guard's import is still under way
      if (how === 'click') document.querySelector<HTMLElement>('[data-testid="dm-composer-send-button"]')!.click();
      else textarea.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, bubbles: true, cancelable: true, composed: true }));
    },
    { text, how },
  );
}

describe('a send before the guard has loaded', () => {
  beforeEach(async () => {
    await reload(h.page);
  });

  for (const how of ['click', 'Enter'] as const) {
    it(`${how}: a risky draft is held, then the nudge shows; Post anyway posts it once`, async () => {
      const { page } = h;
      await sendEarly(page, RISKY, how);
      await dialog(page).waitFor();
      expect(await posted(page)).toEqual([]);
      await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
      expect(await settledPosts(page)).toEqual([{ site: 'x-dm', text: RISKY }]);
    });

    it(`${how}: a clean draft is held, checked and posted once, with no nudge`, async () => {
      const { page } = h;
      await sendEarly(page, CLEAN, how);
      expect(await settledPosts(page)).toEqual([{ site: 'x-dm', text: CLEAN }]);
      expect(await dialog(page).count()).toBe(0);
    });
  }

  it('a second press while the first is held is not a second post', async () => {
    const { page } = h;
    await page.evaluate(async (text) => {
      const textarea = document.querySelector('[data-practice="x-dm"] dm-composer-input')!.shadowRoot!.querySelector('textarea')!;
      textarea.focus();
      document.execCommand('insertText', false, text);
      await Promise.resolve();
      const send = document.querySelector<HTMLElement>('[data-testid="dm-composer-send-button"]')!;
      send.click();
      send.click();
    }, CLEAN);
    expect(await settledPosts(page)).toEqual([{ site: 'x-dm', text: CLEAN }]);
  });
});
