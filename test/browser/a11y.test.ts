// WCAG 2.2 A and AA checks (axe-core) on what people see: the options page, the popup, the first-run page
// and the nudge, in the light and dark colour schemes and in Welsh. axe can't judge everything (wording, focus order makes sense); the other browser tests cover focus
// and keyboard paths. Any violation fails with axe's own explanation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { RISKY, openExtensionPage, openNudge, setLanguage } from './harness';
import { useHarness } from './use-harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface Violation {
  id: string;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** axe's violations in `include` (the whole page by default), as "rule: help (where)" lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the extension pages' script policy doesn't block it.
  await page.evaluate(AXE);
  const found = await page.evaluate(
    ([selector, tags]) =>
      (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe
        .run(selector ? { include: [selector] } : document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }))),
    [include, WCAG_22_AA] as const,
  );
  return found.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

const h = useHarness();

/** Light and dark (prefers-color-scheme), and Welsh (chosen in the options page; light). */
const VARIANTS = [
  { name: 'light', scheme: 'light', language: 'browser' },
  { name: 'dark', scheme: 'dark', language: 'browser' },
  { name: 'Welsh', scheme: 'light', language: 'cy' },
] as const;


describe('accessibility (axe-core, WCAG 2.2 AA)', () => {

  for (const variant of VARIANTS) {
    describe(variant.name, () => {
      const open = async (path: string) => {
        const page = await openExtensionPage(h, path);
        await page.emulateMedia({ colorScheme: variant.scheme });
        return page;
      };
      beforeAll(async () => {
        await setLanguage(h, variant.language);
        await h.page.emulateMedia({ colorScheme: variant.scheme });
      });

      it('the options page, with a post tried and every rule list open', async () => {
        const page = await open('options.html');
        await page.locator('#try-text').fill(RISKY);
        await page.getByTestId('try-preview').waitFor();
        for (const summary of await page.locator('details.rule-list > summary').all()) await summary.click();
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(variant.language === 'cy' ? 'cy' : 'en-GB');
        expect(await violations(page)).toEqual([]);
        await page.close();
      });

      it('the popup', async () => {
        const page = await open('popup.html');
        await page.locator('.button-row button').first().waitFor();
        expect(await violations(page)).toEqual([]);
        await page.close();
      });

      it('the first-run page', async () => {
        const page = await open('welcome.html');
        await page.locator('input[name="account"]').first().waitFor();
        expect(await violations(page)).toEqual([]);
        await page.close();
      });

      it('the nudge on the practice page', async () => {
        const nudge = await openNudge(h, RISKY);
        expect(await nudge.getByRole('heading', { level: 2 }).textContent()).toBe(variant.language === 'cy' ? 'Cyn i chi bostio' : 'Before you post');
        expect(await violations(h.page, '[data-tbyp-root="nudge"]')).toEqual([]);
      });
    });
  }

  it('control: the check does find a violation where there is one', async () => {
    await setLanguage(h, 'browser');
    const page = await openExtensionPage(h, 'popup.html');
    await page.getByRole('button', { name: 'Pause for an hour' }).waitFor();
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<input type="text"><p style="color:#bbb">faint</p>'));
    const found = await violations(page);
    expect(found.map((v) => v.split(':')[0])).toEqual(expect.arrayContaining(['color-contrast', 'label']));
    await page.close();
  });
});
