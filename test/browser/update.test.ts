// Issue 14, item 6: after the extension is updated or reloaded, a tab that was already open is still
// protected. Chromium neither unloads the old content script nor injects the new one: the background
// injects it (src/background/reinject.ts) and the old one gives way. If the extension is gone and no
// new script comes, the old one says once that the page needs reloading (src/content/orphan.ts).
import { describe, expect, it } from 'vitest';
import { RISKY, composer, findingsDialog, posted, typeInto } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

type ExtensionWorld = { chrome: { runtime: { reload(): void } } };

describe('an open tab after the extension is updated or reloaded', () => {

  // Chromium started with --load-extension does not bring the extension back after runtime.reload(): the
  // old content script is cut off and no new one comes, the case this test needs. (The injection of the
  // new script into open tabs is tested in test/background/reinject.test.ts.)
  it('the cut-off script says once, before the post, that the page is not being checked', async () => {
    const { page } = h;
    const c = composer('generic');
    await typeInto(page, c, 'Hello ward'); // the old script is in play, its UI loaded
    await h.serviceWorker.evaluate(() => (globalThis as unknown as ExtensionWorld).chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1_000);
    await page.locator(c.editor).fill('');
    await typeInto(page, c, RISKY);
    const note = page.locator('[data-tbyp-root="nudge"] [role="alert"]');
    await note.waitFor({ timeout: 5_000 });
    expect(await note.innerText()).toContain('Posts on this page are not being checked. Reload the page to have them checked again.');
    expect(await posted(page)).toEqual([]); // shown while typing, before any post
    // Once: another compose box and a post add no second note, and the page keeps working.
    await typeInto(page, composer('x'), 'more');
    await c.submit(page).click();
    await page.waitForFunction(() => (window as unknown as { __posted: unknown[] }).__posted.length > 0);
    expect(await note.count()).toBe(1);
    expect(await findingsDialog(page).count()).toBe(0);
    expect(h.pageErrors).toEqual([]);
  });
});
