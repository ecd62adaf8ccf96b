// Every composer on the practice page (textarea, Draft.js, Lexical, Quill, ProseMirror/Tiptap, plain
// contenteditable), in real Firefox ESR with the extension installed: risky draft + Post -> nudge; Edit
// keeps the draft and the caret; Post anyway posts once; Enter / Ctrl+Enter; then all of it again with
// the practice composers' interface in Welsh (button and key paths). Once per kind of editor:
// a clean draft goes straight out. (Fewer cases than Chromium's composers.test.ts: the same guard,
// checked here for what differs in Firefox: events, selection, focus.)
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CLEAN, NUDGE, ONE_PER_LIBRARY, PRACTICE_COMPOSERS, RISKY, editorOf, find, findingsShown, focusIsIn, isGone, leftIn, nudgeButton, posted, pressKey, reload, sendOf, settledPosts, sleep, typeInto } from './harness';
import { useFirefoxHarness } from '../use-harness';

const h = useFirefoxHarness();

describe('Firefox: every composer on the practice page', () => {
  beforeEach(async () => {
    await reload(h.page);
  });

  const escapeTried = new Set<string>();
  for (const c of PRACTICE_COMPOSERS) {
    it(`${c.id} (${c.library}): risky + Post -> nudge; Edit keeps the draft and the caret; Post anyway posts once`, async () => {
      const { page } = h;
      const editor = await typeInto(page, c, RISKY);
      await (await find(page, sendOf(c))).click();
      await findingsShown(page);
      expect(await posted(page)).toEqual([]);

      await (await find(page, nudgeButton('Edit post'))).click();
      await isGone(page, NUDGE);
      expect(await focusIsIn(editor)).toBe(true);
      expect(await leftIn(editor)).toBe(RISKY);
      // The caret is back where it was (the end): typing carries on the draft.
      await page.keyboard.type(' ok');
      expect(await leftIn(editor)).toBe(`${RISKY} ok`);
      await sleep(300);
      expect(await posted(page)).toEqual([]);

      await (await find(page, sendOf(c))).click();
      await (await find(page, nudgeButton('Post anyway'))).click();
      expect(await settledPosts(page)).toEqual([{ site: c.id, text: `${RISKY} ok` }]);
      await isGone(page, NUDGE);
      expect(await leftIn(await find(page, editorOf(c)))).toBe('');
    });

    if (ONE_PER_LIBRARY.includes(c)) {
      it(`${c.id} (${c.library}): a clean draft posts at once, with no nudge`, async () => {
        const { page } = h;
        await typeInto(page, c, CLEAN);
        await (await find(page, sendOf(c))).click();
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: CLEAN }]);
        expect(await page.$(NUDGE)).toBeNull();
      });
    }

    for (const key of c.keys) {
      it(`${c.id}: ${key} with a risky draft -> nudge; Post anyway posts once`, async () => {
        const { page } = h;
        const editor = await typeInto(page, c, `${RISKY} via keys`);
        await pressKey(page, key);
        await findingsShown(page);
        await sleep(100);
        expect(await posted(page)).toEqual([]);
        expect(await leftIn(editor)).toBe(`${RISKY} via keys`);
        await (await find(page, nudgeButton('Post anyway'))).click();
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: `${RISKY} via keys` }]);
      });

      if (escapeTried.has(key)) continue;
      escapeTried.add(key);
      it(`${c.id}: ${key} with a risky draft, then Escape -> back to the draft, nothing posted`, async () => {
        const { page } = h;
        const editor = await typeInto(page, c, RISKY);
        await pressKey(page, key);
        await findingsShown(page);
        await page.keyboard.press('Escape');
        await isGone(page, NUDGE);
        expect(await focusIsIn(editor)).toBe(true);
        expect(await leftIn(editor)).toBe(RISKY);
        expect(await posted(page)).toEqual([]);
      });
    }
  }

  it('a double click on Post shows one nudge, and Post anyway posts once', async () => {
    const { page } = h;
    const c = PRACTICE_COMPOSERS.find((x) => x.id === 'generic')!;
    await typeInto(page, c, RISKY);
    await (await find(page, sendOf(c))).click({ count: 2 });
    await findingsShown(page);
    expect(await page.$$('[data-tbyp-root="nudge"]')).toHaveLength(1);
    await (await find(page, nudgeButton('Post anyway'))).click();
    expect(await settledPosts(page)).toEqual([{ site: 'generic', text: RISKY }]);
  });

  describe('in Welsh (?lang=cy: every label, placeholder and button text of the practice composers in Welsh)', () => {
    beforeAll(async () => {
      await h.page.goto(`${h.server.url}?tbyp-test-ui&lang=cy`);
      await reload(h.page);
    });
    afterAll(async () => {
      await h.page.goto(`${h.server.url}?tbyp-test-ui`);
      await reload(h.page);
    });

    for (const c of PRACTICE_COMPOSERS) {
      it(`${c.id} (cy): risky + send button -> nudge; Post anyway posts once`, async () => {
        const { page } = h;
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('cy');
        await typeInto(page, c, RISKY);
        await (await find(page, sendOf(c, 'cy'))).click();
        await findingsShown(page);
        await sleep(100);
        expect(await posted(page)).toEqual([]);
        await (await find(page, nudgeButton('Post anyway'))).click();
        expect(await settledPosts(page)).toEqual([{ site: c.id, text: RISKY }]);
      });

      for (const key of c.keys) {
        it(`${c.id} (cy): ${key} with a risky draft -> nudge; Post anyway posts once`, async () => {
          const { page } = h;
          const editor = await typeInto(page, c, RISKY);
          await pressKey(page, key);
          await findingsShown(page);
          await sleep(100);
          expect(await posted(page)).toEqual([]);
          expect(await leftIn(editor)).toBe(RISKY);
          await (await find(page, nudgeButton('Post anyway'))).click();
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

  it('(the check above sees a request bound off the machine)', async () => {
    await h.page.evaluate(() => fetch('http://tbyp-offline.example/ping').catch(() => undefined));
    await expect.poll(() => h.outsideRequests()).toContain('http://tbyp-offline.example/ping');
  });
});
