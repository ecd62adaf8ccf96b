// Issue 14, item 9: the site removes the compose box while the nudge is open. "Post anyway" has nothing
// to post from: nothing is sent, and the person is told and given their text to copy (never lost).
import { describe, expect, it } from 'vitest';
import { RISKY, dialog, openNudge, posted } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

describe('the compose box removed while the nudge is open', () => {

  for (const choice of ['Post anyway', 'Edit post']) {
    it(`"${choice}": nothing is sent, and the draft is offered to copy`, async () => {
      const { page } = h;
      await openNudge(h, RISKY);
      await page.evaluate(() => document.querySelector('[data-practice="generic"]')?.remove());
      await dialog(page).getByRole('button', { name: choice }).click();
      const notice = page.locator('[data-tbyp-root="nudge"] [role="alertdialog"]');
      await notice.waitFor();
      expect(await notice.locator('h2').innerText()).toBe('Your post was not sent');
      expect(await notice.locator('textarea').inputValue()).toBe(RISKY);
      await page.waitForTimeout(300);
      expect(await posted(page)).toEqual([]);
      // "Copy text" copies it (the clipboard, read back in the page with permission).
      await h.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: h.server.url });
      await notice.getByRole('button', { name: 'Copy text' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(RISKY);
      await notice.getByRole('button', { name: 'Close' }).click();
      expect(await notice.count()).toBe(0);
    });
  }
});
