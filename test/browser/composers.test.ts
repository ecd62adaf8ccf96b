// Every composer on the practice page, in real Chromium with the extension loaded:
// risky draft -> nudge; Edit -> back in the draft, untouched, nothing posted; Post anyway -> posted once;
// clean draft -> posted with no nudge; the keyboard paths; IME; a re-rendered button; the badge; photos.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { CLEAN, COMPOSERS, RISKY, badge, composer, dialog, emptyComposer, focusIsIn, leftIn, posted, reload, rerender, settledPosts, typeInto, type ComposerCase } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

/**
 * Counts nudges ever shown on the page (to prove a clean post never showed one): hosts added marked as a
 * nudge, and hosts drawn out of sight (unmarked) that are marked when shown.
 */
async function watchNudges(): Promise<void> {
  await h.page.evaluate(() => {
    const w = window as unknown as { __nudges: number; __nudgeObserver?: MutationObserver };
    w.__nudges = 0;
    w.__nudgeObserver?.disconnect();
    const isNudge = (n: Node) => n instanceof Element && n.getAttribute('data-tbyp-root') === 'nudge';
    w.__nudgeObserver = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.oldValue === null && isNudge(r.target)) w.__nudges++;
        for (const n of r.addedNodes) if (isNudge(n)) w.__nudges++;
      }
    });
    w.__nudgeObserver.observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeOldValue: true, attributeFilter: ['data-tbyp-root'] });
  });
}
const nudgesShown = () => h.page.evaluate(() => (window as unknown as { __nudges: number }).__nudges);

async function press(c: ComposerCase, via: string): Promise<void> {
  if (via === 'button') await c.submit(h.page).click();
  else await h.page.keyboard.press(via);
}

/**
 * Fire keydowns at `editor` in the page: for each, whether the page's first listener (document, capture)
 * saw it, which it does only if the guard (window, capture) let it through. That listener then keeps it
 * from the composer, so nothing is posted either way.
 */
function keydownsReachPage(editor: Locator, inits: Array<{ key: string; code: string; ctrlKey?: boolean; isComposing?: boolean; keyCode?: number }>): Promise<boolean[]> {
  return editor.evaluate(
    (el, all) =>
      all.map((init) => {
        let seen = false;
        const listener = (e: Event) => {
          seen = true;
          e.stopImmediatePropagation();
          e.preventDefault();
        };
        document.addEventListener('keydown', listener, true);
        const event = new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true });
        if (init.keyCode !== undefined && event.keyCode !== init.keyCode) Object.defineProperty(event, 'keyCode', { value: init.keyCode });
        el.dispatchEvent(event);
        document.removeEventListener('keydown', listener, true);
        return seen;
      }),
    inits,
  );
}

describe('every composer on the practice page', () => {
  beforeEach(async () => {
    await reload(h.page);
    await watchNudges();
  });

  for (const c of COMPOSERS) {
    it(`${c.id}: risky + Post -> nudge; Edit keeps the draft and the caret; Post anyway posts once`, async () => {
      const { page } = h;
      const editor = await typeInto(page, c, RISKY);
      await c.submit(page).click();
      await dialog(page).waitFor({ timeout: 5_000 });
      expect(await dialog(page).getAttribute('data-state')).toBe('findings');
      expect(await posted(page)).toEqual([]);

      await dialog(page).getByRole('button', { name: 'Edit post' }).click();
      await dialog(page).waitFor({ state: 'detached' });
      expect(await focusIsIn(editor)).toBe(true);
      expect(await leftIn(editor)).toBe(RISKY);
      // The caret is back where it was (the end): typing carries on the draft.
      await page.keyboard.type(' ok');
      expect(await leftIn(editor)).toBe(`${RISKY} ok`);
      await page.waitForTimeout(300);
      expect(await posted(page)).toEqual([]);

      await c.submit(page).click();
      await dialog(page).waitFor({ timeout: 5_000 });
      await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
      expect(await settledPosts(page)).toEqual([{ site: c.id, text: `${RISKY} ok` }]);
      await dialog(page).waitFor({ state: 'detached' });
      expect(await leftIn(editor)).toBe('');
    });

    it(`${c.id}: a clean draft posts at once, with no nudge`, async () => {
      const { page } = h;
      const editor = await typeInto(page, c, CLEAN);
      await c.submit(page).click();
      expect(await settledPosts(page)).toEqual([{ site: c.id, text: CLEAN }]);
      expect(await nudgesShown()).toBe(0);
      expect(await leftIn(editor)).toBe('');
    });

    for (const key of c.keys) {
      it(`${c.id}: ${key} with a risky draft -> nudge; Post anyway posts once`, async () => {
        const { page } = h;
        const editor = await typeInto(page, c, `${RISKY} via keys`);
        await page.keyboard.press(key);
        await dialog(page).waitFor({ timeout: 5_000 });
        await page.waitForTimeout(100);
        expect(await posted(page)).toEqual([]);
        expect(await leftIn(editor)).toBe(`${RISKY} via keys`);
        await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: `${RISKY} via keys` }]);
      });

      it(`${c.id}: ${key} with a risky draft, then Escape -> back to the draft, nothing posted`, async () => {
        const { page } = h;
        const editor = await typeInto(page, c, RISKY);
        await page.keyboard.press(key);
        await dialog(page).waitFor({ timeout: 5_000 });
        await page.keyboard.press('Escape');
        await dialog(page).waitFor({ state: 'detached' });
        expect(await focusIsIn(editor)).toBe(true);
        expect(await leftIn(editor)).toBe(RISKY);
        expect(await posted(page)).toEqual([]);
        await emptyComposer(page, c);
        expect(await leftIn(editor)).toBe('');
      });

      it(`${c.id}: ${key} with a clean draft posts with no nudge`, async () => {
        const { page } = h;
        await typeInto(page, c, CLEAN);
        await press(c, key);
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: CLEAN }]);
        expect(await nudgesShown()).toBe(0);
      });
    }
  }

  it('a clean draft posted before the check came back (no cached result) goes out after the check', async () => {
    const { page } = h;
    const c = composer('linkedin-new');
    // Typing then posting at once: the debounce has not fired, so the click is held for one check.
    await page.locator(c.editor).click();
    await page.keyboard.insertText('Quick clean note about lunch');
    await c.submit(page).click();
    expect(await settledPosts(page)).toEqual([{ site: c.id, text: 'Quick clean note about lunch' }]);
    expect(await nudgesShown()).toBe(0);
  });

  it('IME composition is never intercepted (isComposing, keyCode 229)', async () => {
    const { page } = h;
    for (const id of ['facebook-comment', 'x', 'mastodon', 'threads']) {
      const c = composer(id);
      const editor = await typeInto(page, c, RISKY);
      await page.waitForTimeout(600); // checked: a risky result is cached, so a real Enter would be stopped
      const reached = await keydownsReachPage(editor, [
        { key: 'Enter', code: 'Enter', isComposing: true },
        { key: 'Enter', code: 'Enter', isComposing: true, ctrlKey: true },
        { key: 'Enter', code: 'Enter', keyCode: 229 },
        { key: 'Enter', code: 'Enter', keyCode: 229, ctrlKey: true },
      ]);
      expect(reached).toEqual([true, true, true, true]);
      await page.waitForTimeout(200);
      expect(await dialog(page).count()).toBe(0);
      expect(await posted(page)).toEqual([]);
      expect(await leftIn(editor)).toBe(RISKY);
      // The same key without composition is stopped (the guard is on for this composer).
      const [seen] = await keydownsReachPage(editor, [{ key: 'Enter', code: 'Enter', ctrlKey: id !== 'facebook-comment' }]);
      const stopped = !seen;
      expect(stopped).toBe(true);
      await dialog(page).waitFor();
      await page.keyboard.press('Escape');
      await dialog(page).waitFor({ state: 'detached' });
      await emptyComposer(page, c);
    }
    expect(await nudgesShown()).toBe(4);
  });

  it('a mention/suggestion list open: Enter and Ctrl+Enter pick from it, they are not intercepted', async () => {
    const { page } = h;
    for (const [id, how] of [
      ['facebook-comment', 'listbox'],
      ['mastodon', 'expanded'],
      ['x', 'activedescendant'],
    ] as const) {
      const c = composer(id);
      const editor = await typeInto(page, c, RISKY);
      await page.waitForTimeout(600);
      await editor.evaluate((el, mode) => {
        if (mode === 'listbox') {
          // A visible suggestion list inside the composer.
          const list = document.createElement('ul');
          list.setAttribute('role', 'listbox');
          list.setAttribute('data-test-suggestions', '');
          list.innerHTML = '<li role="option">@Alex Morgan</li>';
          el.closest('.fb-comment-bubble')!.append(list);
        } else if (mode === 'expanded') el.setAttribute('aria-expanded', 'true');
        else el.setAttribute('aria-activedescendant', 'typeaheadDropdown-0');
      }, how);
      const [reached] = await keydownsReachPage(editor, [{ key: 'Enter', code: 'Enter', ctrlKey: how !== 'listbox' }]);
      await editor.evaluate((el) => {
        document.querySelector('[data-test-suggestions]')?.remove();
        el.removeAttribute('aria-expanded');
        el.removeAttribute('aria-activedescendant');
      });
      expect(reached, id).toBe(true);
      expect(await dialog(page).count()).toBe(0);
      await emptyComposer(page, c);
    }
    expect(await nudgesShown()).toBe(0);
  });

  it('keyboard users: Enter or Space on a div[role=button] Post is intercepted too, and Post anyway posts once', async () => {
    const { page } = h;
    for (const [id, key] of [
      ['facebook-post', 'Enter'],
      ['threads', ' '],
    ] as const) {
      const c = composer(id);
      // (A text posted anyway is not stopped again on the page: each composer gets its own.)
      const text = `${RISKY} (${id})`;
      await typeInto(page, c, text);
      await c.submit(page).focus();
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      await dialog(page).waitFor();
      await page.waitForTimeout(100);
      expect(await posted(page)).toEqual([]);
      await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
      expect(await settledPosts(page)).toEqual([{ site: id, text }]);
      await page.evaluate(() => (window as unknown as { __practice: { clear(): void } }).__practice.clear());
    }
  });

  it('old-reddit: a form submitted by script (no click) is held too, and Post anyway resubmits it once', async () => {
    const { page } = h;
    const c = composer('old-reddit');
    await typeInto(page, c, RISKY);
    await page.evaluate(() => document.querySelector<HTMLFormElement>('form.usertext')!.requestSubmit());
    await dialog(page).waitFor();
    expect(await posted(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'old-reddit', text: RISKY }]);
  });

  it('facebook-comment: Shift+Enter is a new line, not a post or a nudge', async () => {
    const { page } = h;
    const c = composer('facebook-comment');
    const editor = await typeInto(page, c, RISKY);
    await page.waitForTimeout(600);
    await page.keyboard.press('Shift+Enter');
    await page.keyboard.type('second line');
    await page.waitForTimeout(200);
    expect(await nudgesShown()).toBe(0);
    expect(await leftIn(editor)).toBe(`${RISKY}\nsecond line`);
    await emptyComposer(page, c);
  });

  it('x: the Post button re-rendered while the nudge is open -> Post anyway still posts once', async () => {
    const { page } = h;
    const c = composer('x');
    await typeInto(page, c, RISKY);
    const before = await c.submit(page).elementHandle();
    await c.submit(page).click();
    await dialog(page).waitFor();
    expect(await rerender(page, 'x')).toBe(true);
    expect(await before!.evaluate((el) => el.isConnected)).toBe(false);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'x', text: RISKY }]);
  });

  it('mastodon: the button re-rendered while the nudge is open (keyboard post) -> posts once', async () => {
    const { page } = h;
    const c = composer('mastodon');
    await typeInto(page, c, RISKY);
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor();
    expect(await rerender(page, 'mastodon')).toBe(true);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'mastodon', text: RISKY }]);
  });

  it('a double click on Post shows one nudge, and Post anyway posts once', async () => {
    const { page } = h;
    const c = composer('generic');
    await typeInto(page, c, RISKY);
    await c.submit(page).dblclick();
    await dialog(page).waitFor();
    expect(await page.locator('[data-tbyp-root="nudge"]').count()).toBe(1);
    const anyway = dialog(page).getByRole('button', { name: 'Post anyway' });
    await anyway.click();
    expect(await settledPosts(page)).toEqual([{ site: 'generic', text: RISKY }]);
    expect(await nudgesShown()).toBe(1);
  });

  it('the badge shows the count while typing, opens the explanation, and hides when the composer loses focus', async () => {
    const { page } = h;
    const c = composer('bluesky');
    const editor = await typeInto(page, c, RISKY);
    await expect.poll(() => badge(page).getAttribute('data-count'), { timeout: 5_000 }).toBe('2');
    // Not covering the send button.
    const b = (await badge(page).boundingBox())!;
    const s = (await c.submit(page).boundingBox())!;
    const overlap = b.x < s.x + s.width && b.x + b.width > s.x && b.y < s.y + s.height && b.y + b.height > s.y;
    expect(overlap).toBe(false);
    await badge(page).click();
    await dialog(page).waitFor();
    expect(await posted(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Edit post' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await focusIsIn(editor)).toBe(true);
    await expect.poll(() => badge(page).count()).toBe(1);
    // Focus elsewhere: the badge goes.
    await page.locator('h1, h2').first().click();
    await expect.poll(() => badge(page).count()).toBe(0);
    // Back, and "Post anyway" from the explanation posts once.
    await editor.click();
    await badge(page).click();
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'bluesky', text: RISKY }]);
    await expect.poll(() => badge(page).count()).toBe(0);
  });

  it('a photo attached in a composer shows the photo reminder', async () => {
    const { page } = h;
    await page
      .locator('[data-practice="x"] input[type=file]')
      .setInputFiles({ name: 'ward-round.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
    const reminder = page.locator('[data-tbyp-root="photo"] .tbyp-photo');
    await reminder.waitFor({ timeout: 5_000 });
    await reminder.getByRole('button').click();
    await reminder.waitFor({ state: 'detached' });
    // Clean up: post (clean text) so the attachment goes.
    await typeInto(page, composer('x'), CLEAN);
    await composer('x').submit(page).click();
    await settledPosts(page);
  });

  it('mastodon: its suggestion list open (a portal, no role=listbox): Ctrl+Enter picks the suggestion, not intercepted; the next Ctrl+Enter is checked and Post anyway posts the completed text', async () => {
    const { page } = h;
    const c = composer('mastodon');
    const editor = await typeInto(page, c, `${RISKY} cc @al`);
    await page.locator('.autosuggest-textarea__suggestions').waitFor();
    await page.waitForTimeout(600); // checked: a risky result is cached, so the guard would stop a post
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => leftIn(editor)).toBe(`${RISKY} cc @alex.morgan`);
    expect(await dialog(page).count()).toBe(0);
    expect(await posted(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await dialog(page).waitFor({ timeout: 5_000 });
    expect(await posted(page)).toEqual([]);
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'mastodon', text: `${RISKY} cc @alex.morgan` }]);
    expect(await nudgesShown()).toBe(1);
  });

  it('x-dm: the send button exists only once there is a draft (a voice button before), and is found then', async () => {
    const { page } = h;
    const c = composer('x-dm');
    expect(await c.submit(page).count()).toBe(0);
    await typeInto(page, c, RISKY);
    await c.submit(page).click();
    await dialog(page).waitFor({ timeout: 5_000 });
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'x-dm', text: RISKY }]);
    expect(await c.submit(page).count()).toBe(0);
  });

  it('reddit-submit: a risky title is checked with a clean body: Post shows the nudge, Post anyway posts once', async () => {
    const { page } = h;
    const c = composer('reddit-submit');
    // The title's textarea is in faceplate-textarea-input's open shadow root (Playwright's CSS reaches it).
    const title = page.locator('r-post-composer-form faceplate-textarea-input[name=title] textarea');
    await title.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(RISKY);
    await typeInto(page, c, CLEAN);
    await c.submit(page).click();
    await dialog(page).waitFor({ timeout: 5_000 });
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    // The practice composer records the body it sends.
    expect(await settledPosts(page)).toEqual([{ site: 'reddit-submit', text: CLEAN }]);
  });

  describe('in Welsh (?lang=cy: every label, placeholder and button text of the practice composers in Welsh)', () => {
    beforeAll(async () => {
      await h.page.goto(`${h.server.url}?tbyp-test-ui&lang=cy`);
      await h.page.waitForFunction(() => document.documentElement.lang === 'cy');
    });
    afterAll(async () => {
      await h.page.goto(`${h.server.url}?tbyp-test-ui`);
    });

    for (const c of COMPOSERS) {
      it(`${c.id} (cy): risky + send button -> nudge; Post anyway posts once`, async () => {
        const { page } = h;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
        await typeInto(page, c, RISKY);
        await c.submit(page).click();
        await dialog(page).waitFor({ timeout: 5_000 });
        await page.waitForTimeout(100);
        expect(await posted(page)).toEqual([]);
        await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: RISKY }]);
      });

      for (const key of c.keys) {
        it(`${c.id} (cy): ${key} with a risky draft -> nudge; Post anyway posts once`, async () => {
          const { page } = h;
          const editor = await typeInto(page, c, RISKY);
          await page.keyboard.press(key);
          await dialog(page).waitFor({ timeout: 5_000 });
          await page.waitForTimeout(100);
          expect(await posted(page)).toEqual([]);
          expect(await leftIn(editor)).toBe(RISKY);
          await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
          expect(await settledPosts(page)).toEqual([{ site: c.id, text: RISKY }]);
        });
      }
    }
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.requests.length).toBeGreaterThan(0);
    expect(h.pageErrors).toEqual([]);
  });
});
