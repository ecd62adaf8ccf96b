// Issue 14's hostile-pack corpus (test/fixtures/hostile-packs) through the options page of the built
// extension in real Chromium: imported as a rules pack, and carried inside a settings file. Each refused
// pack is named with its place (JSON path and rule) and nothing of it is applied; each accepted pack runs
// with its hostile text shown as text. After every one the page still answers, every section is still
// drawn (none replaced by its error boundary), Remove and Reset are still there, and the built-in
// checks still run on the practice page. The trust policy file and the refresh URL: hostile-policy.test.ts
// (run alone: policy files are global). The CLI side: test/packs/hostile-packs.test.ts.
//
// Also here: a rule that fails at run time (it passed compiling and its own examples) is dropped alone,
// named in the nudge and in "Try a post", and the rest of the findings still come back.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCEPTED, HOSTILE_PACKS, REFUSED, type HostilePack } from '../fixtures/hostile-packs';
import { RISKY, clearLocal, openExtensionPage, openNudge, storedLocal, warningsOn } from './harness';
import { useHarness } from './use-harness';

const h = useHarness();
const file = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
const packId = (p: HostilePack) => (/"id":\s*"(hostile\.[a-z.-]+)"/.exec(p.text) ?? [])[1]!;

/** The page answers a script within a generous limit (a hang would not): a functional check, not a timing. */
async function answers(page: Page): Promise<void> {
  const answer = page.evaluate(() => document.readyState);
  const stuck = new Promise<string>((resolve) => setTimeout(() => resolve('no answer'), 20_000));
  expect(await Promise.race([answer, stuck])).toBe('complete');
}

/** The lines naming the refusal's place: its path (unless the whole file), its rule, and what it says. */
function naming(lines: string[], refused: NonNullable<HostilePack['refused']>): string[] {
  return lines.filter((line) => refused.says.test(line) && (refused.path === '$' || line.includes(refused.path)) && (!refused.ruleId || line.includes(refused.ruleId)));
}

const SECTIONS = ['Checks', 'Rules packs'];

describe('the hostile-pack corpus in the options page', () => {
  let options: Page;
  let headings: string[];

  /** Every section drawn (none lost to its error boundary); Remove (on a pack, when there is one) and Reset reachable. */
  async function wholePage(): Promise<void> {
    await answers(options);
    expect(await options.getByTestId('section-failed').count()).toBe(0);
    expect(await options.getByRole('heading', { level: 2 }).allTextContents()).toEqual(headings);
    expect(await options.getByRole('button', { name: 'Reset to defaults' }).isVisible()).toBe(true);
    expect(await options.getByLabel('Import a rules pack').isEnabled()).toBe(true);
  }

  beforeAll(async () => {
    await clearLocal(h);
    options = await openExtensionPage(h, 'options.html');
    for (const name of SECTIONS) await options.getByRole('heading', { name, exact: true }).waitFor();
    headings = await options.getByRole('heading', { level: 2 }).allTextContents();
  });
  afterAll(async () => {
    await options?.close();
  });

  for (const p of REFUSED) {
    it(`import refuses ${p.what} (${p.file}), naming its place; nothing changes`, async () => {
      const rowsBefore = await options.getByTestId('packs').locator('tbody tr').count();
      await options.getByLabel('Import a rules pack').setInputFiles(file(p.file, p.text));
      const problems = options.getByTestId('import-problems');
      await expect.poll(() => problems.textContent(), { timeout: 20_000 }).toContain(`${p.file} was not imported`);
      const lines = await problems.locator('li').allTextContents();
      expect(naming(lines, p.refused!), lines.join('\n')).not.toEqual([]);
      expect(await problems.textContent()).toContain('Nothing was changed.');
      expect(await options.getByTestId('packs').locator('tbody tr').count()).toBe(rowsBefore);
      expect(await options.locator(`tr[data-pack-id="${packId(p)}"]`).count()).toBe(0);
      expect((await storedLocal(h)).settings).toBeUndefined();
      await wholePage();
    });
  }

  it('after every refused import, the built-in checks still run on the practice page', async () => {
    expect(await warningsOn(h, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });

  for (const p of REFUSED) {
    it(`a settings file carrying ${p.what} (${p.file}) is refused or has the pack dropped, naming its place`, async () => {
      const settingsFile = `{"kind": "tbyp-settings", "version": 3, "importedPacks": [{"file": ${JSON.stringify(p.file)}, "importedAt": "2026-12-01T10:00:00.000Z", "data": ${p.text}}]}`;
      await options.getByLabel('Load settings from a file').setInputFiles(file('settings.json', settingsFile));
      const notes = options.getByTestId('settings-import-notes');
      await expect.poll(async () => naming(await notes.locator('li').allTextContents(), p.refused!).length, { timeout: 20_000 }).toBeGreaterThan(0);
      expect(await options.locator(`tr[data-pack-id="${packId(p)}"]`).count()).toBe(0);
      const stored = JSON.stringify((await storedLocal(h)).settings ?? {});
      expect(stored).not.toContain(packId(p));
      await wholePage();
    });
  }


  for (const p of ACCEPTED) {
    for (const route of ['import', 'settings file'] as const) {
      it(`${route}: ${p.what} (${p.file}) is accepted, its text shown as text, and Remove and Reset still undo it`, async () => {
        await clearLocal(h);
        await options.reload();
        await options.getByRole('heading', { name: 'Rules packs', exact: true }).waitFor();
        if (route === 'import') await options.getByLabel('Import a rules pack').setInputFiles(file(p.file, p.text));
        else {
          const settingsFile = `{"kind": "tbyp-settings", "version": 3, "importedPacks": [{"file": ${JSON.stringify(p.file)}, "importedAt": "2026-12-01T10:00:00.000Z", "data": ${p.text}}]}`;
          await options.getByLabel('Load settings from a file').setInputFiles(file('settings.json', settingsFile));
        }
        const row = options.locator(`tr[data-pack-id="${packId(p)}"]`);
        await row.waitFor({ timeout: 20_000 });
        // Markup in the pack is text: no element made from it, no script run.
        expect(await options.locator('main img, main script').count()).toBe(0);
        expect(await options.title()).not.toBe('pwned');
        await wholePage();

        expect(await warningsOn(h, p.accepted!.flags)).toContain(p.accepted!.ruleId);
        const nudge = await openNudge(h, p.accepted!.flags);
        expect(await nudge.locator(`[data-rule-id="${p.accepted!.ruleId}"]`).textContent()).toContain(p.accepted!.message.replace(/[\u0000-\u001f]/g, '').slice(0, 12));
        expect(await nudge.locator('img').count()).toBe(0);
        expect(await h.page.title()).not.toBe('pwned');
        await nudge.getByRole('button', { name: 'Edit post' }).click();

        if (route === 'import') {
          await row.getByRole('button', { name: /^Remove/ }).click();
          await row.waitFor({ state: 'detached' });
        } else {
          await options.getByRole('button', { name: 'Reset to defaults' }).click();
          await options.getByRole('button', { name: 'Yes, reset' }).click();
          await row.waitFor({ state: 'detached' });
        }
        expect(await warningsOn(h, p.accepted!.flags)).toBeNull();
      });
    }
  }

  it('the extension pages raised no errors', () => {
    expect(h.pageErrors).toEqual([]);
    expect(h.outsideRequests()).toEqual([]);
  });
});
