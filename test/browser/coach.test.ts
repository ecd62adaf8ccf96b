// How the coach looks and speaks, in real Chromium with the built extension: the first-run page opened on
// install, a 16 px base on the extension's pages, icons in both built manifests and per-tab toolbar
// states, Welsh when chosen (and when the browser is Welsh), and light and dark screenshots for the README.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build';
import { RISKY, clearLocal, composer, dialog, findingsDialog, openExtensionPage, openNudge, reload, setLanguage, storedLocal, type Harness } from './harness';
import { useHarness } from './use-harness';

const SIZES = [16, 32, 48, 96, 128];
const DOCS = join(ROOT, 'docs');

let h: Harness;

/** Computed font size in px of the first element matching `selector`. */
const fontSize = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));


/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const data = readFileSync(file);
  expect(data.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [data.readUInt32BE(16), data.readUInt32BE(20)];
}

describe('look, language and first run', () => {
  h = useHarness({ keepWelcome: true });

  it('opens the first-run page on install: what it does, the privacy promise, and the account choice saved', async () => {
    expect(h.welcomeUrl).toBe(`chrome-extension://${h.extensionId}/welcome.html`);
    const welcome = h.context.pages().find((p) => p.url() === h.welcomeUrl)!;
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to Think Before You Post' }).waitFor();
    const privacy = welcome.getByTestId('privacy');
    await expect.poll(() => privacy.textContent()).toContain('Nothing you write is sent anywhere.');
    expect(await privacy.textContent()).toContain('Nothing you write is stored.');

    await welcome.getByRole('radio', { name: 'A work or professional account' }).check();
    await expect.poll(async () => ((await storedLocal(h)).settings as { account?: string } | undefined)?.account).toBe('professional');
    // The options page shows the same choice.
    const options = await openExtensionPage(h, 'options.html');
    await expect.poll(() => options.getByRole('radio', { name: 'A work or professional account' }).isChecked()).toBe(true);
    await options.close();
    await welcome.close();
    await clearLocal(h);
  });

  it('the options page, popup and first-run page have a 16 px base, and names are larger than hints', async () => {
    for (const path of ['options.html', 'popup.html', 'welcome.html']) {
      const page = await openExtensionPage(h, path);
      await page.locator('h1').waitFor();
      expect({ path, body: await fontSize(page, 'body') }).toEqual({ path, body: 16 });
      if (path === 'options.html') {
        await page.locator('details.rule-list > summary').first().click();
        const rule = page.locator('ul.rules li.switch-row').first();
        const name = await rule.locator('label').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        const hint = await rule.locator('.rule-about').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
        expect(name).toBe(16);
        expect(name).toBeGreaterThan(hint);
        expect(await fontSize(page, 'legend')).toBeGreaterThan(await fontSize(page, 'fieldset .hint'));
        expect(await fontSize(page, '.radio-row label')).toBeGreaterThan(await fontSize(page, '.radio-row .hint'));
      }
      await page.close();
    }
  });

  it('both built manifests (chrome-mv3, firefox-mv2) list the icon at every size, and the files are those sizes', async () => {
    // Both were built by global-setup.ts (the Firefox tests use firefox-mv2: never rebuild it here).
    for (const dir of ['chrome-mv3', 'firefox-mv2']) {
      const out = join(ROOT, '.output', dir);
      const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Record<string, { default_icon?: Record<string, string> } & Record<string, string>>;
      const toolbar = (manifest.action ?? manifest.browser_action)!.default_icon!;
      for (const icons of [manifest.icons!, toolbar]) {
        expect(Object.keys(icons).map(Number)).toEqual(SIZES);
        for (const size of SIZES) expect({ dir, size, px: pngSize(join(out, icons[size]!)) }).toEqual({ dir, size, px: [size, size] });
      }
      expect(manifest.name).toBe('__MSG_extName__');
      for (const lang of ['en', 'cy']) expect(existsSync(join(out, '_locales', lang, 'messages.json'))).toBe(true);
    }
    // And Chromium loads them from the installed extension.
    const page = await openExtensionPage(h, 'popup.html');
    const loaded = await page.evaluate(async (sizes) => {
      const sizeOf = (src: string) =>
        new Promise<number>((resolve, reject) => {
          const img = new Image();
          img.onload = () => resolve(img.naturalWidth);
          img.onerror = reject;
          img.src = src;
        });
      return Promise.all(sizes.map((s) => sizeOf(`/icon/${s}.png`)));
    }, SIZES);
    expect(loaded).toEqual(SIZES);
    await page.close();
  });

  it('the toolbar icon says, per tab, on, paused or not on this site', async () => {
    type IconWorld = { chrome: { action: { setIcon(d: { tabId?: number; path: Record<string, string> }): Promise<void> }; tabs: { query(q: object): Promise<Array<{ id: number; url?: string }>> } }; __icons: Record<number, string> };
    // Record the last icon set on each tab (the real setIcon still runs).
    await h.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as IconWorld;
      const setIcon = g.chrome.action.setIcon.bind(g.chrome.action);
      g.__icons = {};
      g.chrome.action.setIcon = (details) => {
        if (details.tabId !== undefined) g.__icons[details.tabId] = details.path['16']!;
        return setIcon(details);
      };
    });
    const iconOf = (urlStart: string) =>
      h.serviceWorker.evaluate(async (start) => {
        const g = globalThis as unknown as IconWorld;
        const tab = (await g.chrome.tabs.query({})).find((t) => t.url?.startsWith(start));
        return tab ? (g.__icons[tab.id] ?? 'unset') : 'no tab';
      }, urlStart);

    await reload(h.page); // the practice page: the coach runs there in this build
    await expect.poll(() => iconOf(h.server.url)).toBe('/icon/16.png');
    const popup = await openExtensionPage(h, 'popup.html');
    await popup.getByRole('button', { name: 'Pause for an hour' }).click();
    await expect.poll(() => iconOf(h.server.url)).toBe('/icon/paused-16.png');
    await popup.getByRole('button', { name: 'Resume checking' }).click();
    await expect.poll(() => iconOf(h.server.url)).toBe('/icon/16.png');
    // A page where the coach never runs (the extension can't see its address).
    const other = await h.context.newPage();
    await other.goto(`data:text/html,<title>elsewhere</title>`);
    await expect.poll(() => h.serviceWorker.evaluate(() => Object.values((globalThis as unknown as IconWorld).__icons))).toContain('/icon/off-16.png');
    await other.close();
    await popup.close();
    await clearLocal(h);
  });

  it('speaks Welsh when Cymraeg is chosen: the options page, the popup and the nudge', async () => {
    const options = await openExtensionPage(h, 'options.html');
    await options.getByRole('heading', { name: 'Checks', exact: true }).waitFor();
    await options.getByRole('radio', { name: 'Cymraeg' }).check();
    await options.getByRole('heading', { level: 1, name: 'Gosodiadau' }).waitFor();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe("Iaith wedi'i chadw: Cymraeg.");
    expect(await options.evaluate(() => [document.documentElement.lang, document.title])).toEqual(['cy', 'Meddyliwch Cyn Postio: gosodiadau']);
    expect(await options.getByRole('heading', { level: 2 }).allTextContents()).toEqual(expect.arrayContaining(['Gwiriadau', "Sut mae'n siarad â chi", 'Gwefannau']));

    const popup = await openExtensionPage(h, 'popup.html');
    await popup.getByRole('button', { name: 'Oedi am awr' }).waitFor();
    expect(await popup.getByRole('link').textContent()).toBe('Gosodiadau a gwiriadau');
    await popup.close();

    const nudge = await openNudge(h, RISKY);
    await expect.poll(() => nudge.getByRole('heading', { level: 2 }).textContent()).toBe('Cyn i chi bostio');
    await nudge.getByRole('button', { name: "Golygu'r neges" }).waitFor();
    await nudge.getByRole('button', { name: 'Postio beth bynnag' }).waitFor();
    expect(await nudge.locator('.tbyp-category').allTextContents()).toContain('Manylion cleifion');
    await nudge.getByRole('button', { name: "Golygu'r neges" }).click();

    // Back to English from the same switch.
    await options.getByRole('radio', { name: 'English' }).check();
    await options.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    await options.close();
    await clearLocal(h);
  });

  it("shows rule messages in Welsh: a built-in rule's, an imported pack's, and English field by field where a pack has no Welsh", async () => {
    await setLanguage(h, 'cy');
    // A personal pack whose rule has a Welsh message and title but no Welsh "why", and a lock with no Welsh
    // reason: those stay English, marked lang="en" on a Welsh page (WCAG 3.1.2).
    const pack = readFileSync('test/fixtures/packs/partly-welsh.json', 'utf8');
    const options = await openExtensionPage(h, 'options.html');
    try {
      await options.getByRole('heading', { level: 1, name: 'Gosodiadau' }).waitFor();
      await options.locator('#import-pack').setInputFiles({ name: 'my-words.json', mimeType: 'application/json', buffer: Buffer.from(pack) });
      await options.getByTestId('packs').locator('tr[data-pack-id="my.words"]').waitFor();

      // "Try a post" and the check list, in Welsh.
      await options.locator('#try-text').fill(`${RISKY}. Bluebird starts soon`);
      const tried = options.getByTestId('try-result');
      await tried.locator('[data-rule-id="my.codename"]').waitFor();
      expect(await tried.locator('[data-rule-id="patient.nhs-number"]').textContent()).toContain('Mae hwn yn edrych fel rhif GIG: 943 476 5919.');
      expect(await tried.locator('[data-rule-id="patient.nhs-number"] strong').textContent()).toBe('Rhifau GIG');
      expect(await tried.locator('[data-rule-id="my.codename"]').textContent()).toContain('Enw prosiect mewnol yw Bluebird.');
      expect(await options.locator('li.switch-row[data-rule-id="patient.nhs-number"] label').textContent()).toContain('Rhifau GIG');
      expect(await options.locator('li.switch-row[data-rule-id="my.codename"] label').textContent()).toContain('Enwau prosiectau');
      // English left on the Welsh page is marked as English; the Welsh around it is not.
      const myRow = options.locator('li.switch-row[data-rule-id="my.codename"]');
      expect(await myRow.locator('.locked-note [lang="en"]').allTextContents()).toEqual(['My team asked for this.']);
      expect(await myRow.locator('label [lang]').count()).toBe(0);
      expect(await tried.locator('[data-rule-id="my.codename"] [lang="en"]').count()).toBe(0);

      // The nudge: the built-in rule wholly in Welsh; the imported rule's Welsh message and title, its English why.
      const nudge = await openNudge(h, `${RISKY}. Bluebird starts soon`);
      const nhs = nudge.locator('[data-rule-id="patient.nhs-number"]');
      expect(await nhs.locator('.tbyp-message').textContent()).toBe('Manylion cleifion Mae hwn yn edrych fel rhif GIG: 943 476 5919.');
      expect(await nhs.locator('.tbyp-suggestion').textContent()).toContain("Tynnwch y rhif allan. Os oes ar gydweithiwr ei angen, defnyddiwch gofnod y claf neu sianel ddiogel y GIG, nid y cyfryngau cymdeithasol.");
      await nhs.getByRole('button', { name: 'Pam mae hyn yn bwysig' }).click();
      expect(await nhs.locator('.tbyp-why-text').textContent()).toContain('Mae rhif GIG yn adnabod un claf.');
      const mine = nudge.locator('[data-rule-id="my.codename"]');
      expect(await mine.locator('.tbyp-message').textContent()).toContain('Enw prosiect mewnol yw Bluebird.');
      await mine.getByRole('button', { name: 'Pam mae hyn yn bwysig' }).click();
      expect(await mine.locator('.tbyp-why-text').textContent()).toContain('It has not been announced.');
      // Each English part of the Welsh nudge carries lang="en": the why and the lock's reason; nothing else.
      expect(await mine.locator('[lang="en"]').allTextContents()).toEqual(['It has not been announced.', 'My team asked for this.']);
      expect(await nhs.locator('[lang]').count()).toBe(0);
      expect(await nudge.locator('.tbyp-header [lang]').count()).toBe(0);
      expect(await nudge.locator('.tbyp-intro').first().textContent()).toContain('rhifau GIG');
      expect(await nudge.locator('.tbyp-intro').first().textContent()).toContain('enwau prosiectau');
      await nudge.getByRole('button', { name: "Golygu'r neges" }).click();
    } finally {
      await options.close();
      await clearLocal(h);
    }
  });

  it('screenshots for the README: the nudge and the options page, light and dark (docs/)', async () => {
    mkdirSync(DOCS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const suffix = scheme === 'dark' ? '-dark' : '';
      const { page } = h;
      await page.emulateMedia({ colorScheme: scheme });
      await reload(page);
      const c = composer('x');
      await page.locator(c.editor).click();
      await page.keyboard.insertText(RISKY);
      await c.submit(page).click();
      await findingsDialog(page).waitFor();
      await page.waitForTimeout(400); // after the entrance animation
      // The dialog really is dark (or light): its background, not only the page's.
      const background = await dialog(page).evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(background).toBe(scheme === 'dark' ? 'rgb(30, 42, 51)' : 'rgb(255, 255, 255)');
      await page.screenshot({ path: join(DOCS, `nudge${suffix}.png`) });
      await dialog(page).getByRole('button', { name: 'Edit post' }).click();

      const options = await openExtensionPage(h, 'options.html');
      await options.emulateMedia({ colorScheme: scheme });
      await options.setViewportSize({ width: 1000, height: 1300 });
      await options.getByLabel('Your post').fill(RISKY);
      await options.getByTestId('try-preview').waitFor();
      const card = await options.locator('.card').first().evaluate((el) => getComputedStyle(el).backgroundColor);
      expect(card).toBe(scheme === 'dark' ? 'rgb(30, 42, 51)' : 'rgb(255, 255, 255)');
      await options.screenshot({ path: join(DOCS, `options${suffix}.png`) });
      await options.close();
    }
    await h.page.emulateMedia({ colorScheme: 'light' });
  });

  it('nothing left the machine', () => {
    expect(h.outsideRequests()).toEqual([]);
  });
});

describe('a browser set to Welsh', () => {
  const welsh = useHarness({ keepWelcome: true, args: ['--lang=cy'] });

  it('shows the first-run page and the nudge in Welsh without any choice being made', async () => {
    const welcome = welsh.context.pages().find((p) => p.url() === welsh.welcomeUrl)!;
    await welcome.getByRole('heading', { level: 1, name: 'Croeso i Meddyliwch Cyn Postio' }).waitFor();
    expect(await welcome.evaluate(() => document.documentElement.lang)).toBe('cy');
    const nudge = await openNudge(welsh, RISKY);
    await expect.poll(() => nudge.getByRole('heading', { level: 2 }).textContent()).toBe('Cyn i chi bostio');
  });
});
