// The nudge is modal for the person but invisible to the site: a site's own focus trap, Escape handler
// and click-outside blocker (as aria-modal dialogs have) never see events from our dialog.
// Also: switching a check off from the nudge stores the rule id and the rule stops firing.
import { beforeEach, describe, expect, it } from 'vitest';
import { RISKY, clearLocal as clearLocalOf, composer, dialog, findingsDialog, focusIsIn, leftIn, posted, reload, settledPosts, storedLocal as storedLocalOf, typeInto } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();

const storedLocal = () => storedLocalOf(h);
const clearLocal = () => clearLocalOf(h);

interface SiteTrap {
  stolen: number;
  escapes: number;
  tabs: number;
  blockedClicks: number;
}

/** A focus trap like a site's aria-modal dialog, on the Facebook "Create post" dialog. */
async function installSiteTrap(): Promise<void> {
  await h.page.evaluate(() => {
    const dlg = document.querySelector('[data-practice="facebook-post"] [role=dialog]')!;
    const editor = dlg.querySelector<HTMLElement>('[contenteditable=true]')!;
    const trap: SiteTrap = { stolen: 0, escapes: 0, tabs: 0, blockedClicks: 0 };
    (window as unknown as { __trap: SiteTrap }).__trap = trap;
    const outside = (e: Event) => !dlg.contains(e.target as Node);
    document.addEventListener('focusin', (e) => {
      if (outside(e)) {
        trap.stolen++;
        editor.focus();
      }
    }, true);
    document.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') trap.escapes++;
      if (e.key === 'Tab' && outside(e)) {
        trap.tabs++;
        e.preventDefault();
        editor.focus();
      }
    }, true);
    document.addEventListener('mousedown', (e) => outside(e) && e.preventDefault(), true);
    document.addEventListener('click', (e) => {
      if (outside(e)) {
        trap.blockedClicks++;
        e.preventDefault();
        e.stopImmediatePropagation();
      }
    }, true);
  });
}
const trap = () => h.page.evaluate(() => (window as unknown as { __trap: SiteTrap }).__trap);
const focusInNudge = () =>
  h.page.evaluate(() => {
    const host = document.querySelector('[data-tbyp-root="nudge"]');
    const inner = host?.shadowRoot?.activeElement;
    return document.activeElement === host && !!inner && !!inner.closest('[role="dialog"]');
  });

describe('the nudge and the site', () => {
  beforeEach(async () => {
    await reload(h.page);
  });

  it("a site's focus trap, Escape handler and click blocker never see our dialog's events", async () => {
    const { page } = h;
    await installSiteTrap();
    const c = composer('facebook-post');
    const editor = await typeInto(page, c, RISKY);
    await c.submit(page).click();
    await dialog(page).waitFor();
    expect(await focusInNudge()).toBe(true);
    for (let i = 0; i < 4; i++) {
      await page.keyboard.press('Tab');
      expect(await focusInNudge()).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await focusInNudge()).toBe(true);
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect(await focusIsIn(editor)).toBe(true);
    expect(await leftIn(editor)).toBe(RISKY);
    expect(await posted(page)).toEqual([]);

    await c.submit(page).click();
    await dialog(page).waitFor();
    await dialog(page).getByRole('button', { name: 'Post anyway' }).click();
    expect(await settledPosts(page)).toEqual([{ site: 'facebook-post', text: RISKY }]);
    expect(await trap()).toEqual({ stolen: 0, escapes: 0, tabs: 0, blockedClicks: 0 });
    // Control: the trap does work on the page's own elements.
    await page.locator('[data-practice="generic"] textarea').focus();
    expect((await trap()).stolen).toBeGreaterThan(0);
  });

  it('"Switch this check off" (confirmed) stores the rule id only, and that rule no longer fires', async () => {
    const { page } = h;
    const c = composer('generic');
    await typeInto(page, c, RISKY);
    await c.submit(page).click();
    await dialog(page).waitFor();
    const nameFinding = dialog(page).locator('[data-rule-id="patient.name-in-care"]');
    expect(await nameFinding.count()).toBe(1);
    await nameFinding.getByRole('button', { name: 'Switch this check off' }).click();
    await nameFinding.getByRole('button', { name: 'Yes, switch it off' }).click();
    await nameFinding.waitFor({ state: 'detached' });
    await expect
      .poll(async () => ((await storedLocal()) as { settings?: { disabledRules?: string[] } }).settings?.disabledRules)
      .toEqual(['patient.name-in-care']);
    await dialog(page).getByRole('button', { name: 'Edit post' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    // Editing after a nudge is counted (a number per day) and nothing else is kept: no word of the draft.
    await expect.poll(async () => Object.keys(await storedLocal()).sort()).toEqual(['reconsidered', 'settings']);
    const stored = JSON.stringify(await storedLocal());
    for (const word of RISKY.split(/\W+/).filter((w) => w.length > 3)) expect(stored).not.toContain(word);

    await c.submit(page).click();
    await findingsDialog(page).waitFor();
    expect(await dialog(page).locator('[data-rule-id="patient.nhs-number"]').count()).toBe(1);
    expect(await dialog(page).locator('[data-rule-id="patient.name-in-care"]').count()).toBe(0);
    await dialog(page).getByRole('button', { name: 'Edit post' }).click();
    await clearLocal();
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});
