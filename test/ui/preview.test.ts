// Builds src/ui/preview.html with vite, serves it locally and checks the UI in headless Chromium:
// roles and names, focus handling, callbacks, marks, contrast, target sizes, reduced motion and 200% zoom.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../chromium';

const UI_ROOT = fileURLToPath(new URL('../../src/ui', import.meta.url));
const SCREENSHOT = fileURLToPath(new URL('./nudge.png', import.meta.url));
/** Extra screenshots (other states, zoom levels) go here when set, for a person to look at. */
const SHOTS = process.env.TBYP_SHOTS;
const shot = (page: Page, name: string) => (SHOTS ? page.screenshot({ path: join(SHOTS, name) }) : Promise.resolve());

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

let outDir = '';
let server: Server | undefined;
let browser: Browser | undefined;
let base = '';

async function buildPreview(dir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: UI_ROOT,
    base: './',
    mode: 'production',
    logLevel: 'silent',
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    build: {
      outDir: dir,
      emptyOutDir: true,
      reportCompressedSize: false,
      rollupOptions: { input: join(UI_ROOT, 'preview.html') },
    },
  });
}

function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'preview.html' : path));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`));
  });
}

async function openPreview(query = '', opts: { width?: number; height?: number; reducedMotion?: 'reduce' | 'no-preference'; colorScheme?: 'light' | 'dark' } = {}) {
  const context = await browser!.newContext({
    viewport: { width: opts.width ?? 1100, height: opts.height ?? 900 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/preview.html${query}`);
  await page.waitForFunction(() => !!window.__tbyp);
  return { page, errors, close: () => context.close() };
}

/** Text contrast of each part of the nudge, badge and photo reminder, and how marks stand out. */
function measureContrast(page: Page) {
  return page.evaluate(() => {
        type RGBA = [number, number, number, number];
        const parse = (c: string): RGBA => {
          const m = c.match(/rgba?\(([^)]+)\)/);
          if (!m) return [0, 0, 0, 0];
          const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
          return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
        };
        const over = (top: RGBA, under: RGBA): RGBA => {
          const a = top[3] + under[3] * (1 - top[3]);
          if (a === 0) return [0, 0, 0, 0];
          const mix = (i: number) => (top[i]! * top[3] + under[i]! * under[3] * (1 - top[3])) / a;
          return [mix(0), mix(1), mix(2), a];
        };
        const parentOf = (el: Element): Element | null =>
          el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
        const background = (el: Element): RGBA => {
          const layers: RGBA[] = [];
          for (let e: Element | null = el; e; e = parentOf(e)) {
            const bg = parse(getComputedStyle(e).backgroundColor);
            if (bg[3] > 0) layers.push(bg);
            if (bg[3] >= 1) break;
          }
          let acc: RGBA = [255, 255, 255, 1];
          for (const l of layers.reverse()) acc = over(l, acc);
          return acc;
        };
        const lum = ([r, g, b]: RGBA) => {
          const f = (v: number) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
          };
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const ratio = (a: RGBA, b: RGBA) => {
          const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m);
          return (x! + 0.05) / (y! + 0.05);
        };
        const textContrast = (el: Element) => {
          const bg = background(el);
          return ratio(over(parse(getComputedStyle(el).color), bg), bg);
        };
        const root = document.getElementById('tbyp-host')!.shadowRoot!;
        const badges = document.getElementById('badge-host')!.shadowRoot!;
        const photo = document.getElementById('photo-host')!.shadowRoot!;
        const pick: Record<string, Element | null> = {
          title: root.querySelector('.tbyp-title'),
          intro: root.querySelector('.tbyp-intro'),
          category: root.querySelector('.tbyp-category'),
          message: root.querySelector('.tbyp-message'),
          excerpt: root.querySelector('.tbyp-excerpt'),
          mark: root.querySelector('mark'),
          suggestion: root.querySelector('.tbyp-suggestion'),
          why: root.querySelector('.tbyp-disclosure'),
          locked: root.querySelector('.tbyp-locked'),
          dismiss: root.querySelector('.tbyp-finding-actions .tbyp-link'),
          primary: root.querySelector('.tbyp-btn-primary'),
          secondary: root.querySelector('.tbyp-btn-secondary'),
          badgeCount: badges.querySelector('.tbyp-badge-count'),
          photoText: photo.querySelector('.tbyp-photo-text'),
          photoButton: photo.querySelector('.tbyp-btn'),
        };
        const text: Record<string, number> = {};
        for (const [k, el] of Object.entries(pick)) text[k] = el ? textContrast(el) : -1;
        // Marks must not rely on colour alone.
        const markStyle = getComputedStyle(pick.mark!);
        const markCue = {
          weight: Number(markStyle.fontWeight),
          around: Number(getComputedStyle(pick.excerpt!).fontWeight),
        };
        // Page CSS must not leak in.
        const fontFamily = getComputedStyle(pick.message!).fontFamily;
        return { text, markCue, fontFamily };
      });
}

/** What has focus inside the nudge's shadow root (null when focus is elsewhere). */
function focused(page: Page) {
  return page.evaluate(() => {
    const a = document.getElementById('tbyp-host')!.shadowRoot!.activeElement as HTMLElement | null;
    if (!a) return null;
    return { text: (a.textContent ?? '').trim(), inDialog: !!a.closest('[role="dialog"]'), tag: a.tagName };
  });
}

const calls = (page: Page) => page.evaluate(() => window.__tbyp.calls.map((c) => c.slice()));

describe('UI preview in Chromium', () => {
  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'tbyp-ui-'));
    await buildPreview(outDir);
    base = await serve(outDir);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('is a dialog with an accessible name and description, and takes focus on open', async () => {
    const { page, errors, close } = await openPreview();
    try {
      const dialog = page.getByRole('dialog', { name: 'Before you post' });
      await expect(dialog.count()).resolves.toBe(1);
      const info = await page.evaluate(() => {
        const root = document.getElementById('tbyp-host')!.shadowRoot!;
        const d = root.querySelector('[role="dialog"]')!;
        return {
          modal: d.getAttribute('aria-modal'),
          label: root.getElementById(d.getAttribute('aria-labelledby')!)?.textContent,
          description: root.getElementById(d.getAttribute('aria-describedby')!)?.textContent,
        };
      });
      expect(info).toEqual({
        modal: 'true',
        label: 'Before you post',
        description: '5 things to check: patient details, confidential information, rudeness, election period',
      });
      await expect.poll(() => focused(page)).toEqual({ text: 'Edit post', inDialog: true, tag: 'BUTTON' });
      await page.screenshot({ path: SCREENSHOT });
      expect(errors).toEqual([]);
    } finally {
      await close();
    }
  });

  it('lists findings in group order with labels, excerpts, why, try instead and clues', async () => {
    const { page, close } = await openPreview();
    try {
      // The clues are inside "Why it matters", filled once it is opened: open each.
      for (const why of await page.locator('.tbyp-disclosure').all()) await why.click();
      const items = await page.evaluate(() =>
        Array.from(document.getElementById('tbyp-host')!.shadowRoot!.querySelectorAll('.tbyp-finding')).map((li) => ({
          id: li.getAttribute('data-rule-id'),
          label: li.querySelector('.tbyp-category')?.textContent,
          why: li.querySelector('.tbyp-disclosure')?.textContent ?? null,
          tryInstead: li.querySelector('.tbyp-suggestion strong')?.textContent ?? null,
          clues: li.querySelector('.tbyp-clues')?.textContent ?? null,
        })),
      );
      // Group order, then severity, then where the words appear in the draft.
      expect(items.map((i) => i.id)).toEqual([
        'patient.jigsaw',
        'patient.nhs-number',
        'confidentiality.marked-internal',
        'rudeness.contempt',
        'trust.election-period',
      ]);
      expect(items.map((i) => i.label)).toEqual([
        'Patient details',
        'Patient details',
        'Confidential information',
        'Rudeness',
        'Election period',
      ]);
      expect(items[0]!.clues).toBe('What adds up: age + ward + last night');
      expect([items[0]!.why, items[0]!.tryInstead]).toEqual(['Why it matters', 'Try instead:']);
      expect([items[4]!.why, items[4]!.tryInstead]).toEqual(['Why it matters', null]); // no suggestion: no "Try instead"
    } finally {
      await close();
    }
  });

  it('marks wrap exactly the span text', async () => {
    const { page, close } = await openPreview();
    try {
      const result = await page.evaluate(() => {
        const { text, findings } = window.__tbyp;
        const root = document.getElementById('tbyp-host')!.shadowRoot!;
        return findings.map((f) => {
          const li = root.querySelector(`[data-rule-id="${f.ruleId}"]`)!;
          const expected = f.spans
            .slice()
            .sort((a, b) => a.start - b.start)
            .map((s) => text.slice(s.start, s.end).replace(/\s+/g, ' '));
          const actual = Array.from(li.querySelectorAll('mark')).map((m) => m.textContent);
          return { id: f.ruleId, expected, actual, tag: li.querySelector('mark')?.tagName };
        });
      });
      for (const r of result) {
        expect(r.actual, r.id).toEqual(r.expected);
        expect(r.tag).toBe('MARK');
      }
    } finally {
      await close();
    }
  });

  it('keeps Tab and Shift+Tab inside the dialog', async () => {
    const { page, close } = await openPreview();
    try {
      const count = await page.evaluate(
        () =>
          document
            .getElementById('tbyp-host')!
            .shadowRoot!.querySelector('[role="dialog"]')!
            .querySelectorAll('button, [tabindex="0"]').length,
      );
      expect(count).toBeGreaterThanOrEqual(4);
      const seen: string[] = [];
      for (let i = 0; i < count + 3; i++) {
        await page.keyboard.press('Tab');
        const f = await focused(page);
        expect(f?.inDialog, `after Tab ${i + 1}`).toBe(true);
        seen.push(f!.text);
      }
      // From "Edit post": "Post anyway", then wrap to the top of the dialog and on round to "Edit post".
      expect(seen[0]).toBe('Post anyway');
      expect(seen.slice(1)).toContain('Edit post');
      expect(seen).toContain('Not a problem here');

      await page.getByRole('button', { name: 'Edit post' }).focus();
      for (let i = 0; i < count + 3; i++) {
        await page.keyboard.press('Shift+Tab');
        const f = await focused(page);
        expect(f?.inDialog, `after Shift+Tab ${i + 1}`).toBe(true);
      }
      // Shift+Tab from the first control wraps to the last ("Post anyway").
      await page.evaluate(() => {
        const d = document.getElementById('tbyp-host')!.shadowRoot!.querySelector('[role="dialog"]')!;
        (d.querySelector('.tbyp-body[tabindex="0"], .tbyp-link') as HTMLElement).focus();
      });
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Post anyway' });
      await page.keyboard.press('Tab');
      await page.keyboard.press('Tab');
      const afterWrap = await focused(page);
      expect(afterWrap?.inDialog).toBe(true);
    } finally {
      await close();
    }
  });

  it('Escape calls onEdit', async () => {
    const { page, close } = await openPreview();
    try {
      await page.keyboard.press('Escape');
      await expect(calls(page)).resolves.toEqual([['onEdit']]);
      await expect(page.getByRole('dialog').count()).resolves.toBe(0);
    } finally {
      await close();
    }
  });

  it('"Edit post" and "Post anyway" call their callbacks', async () => {
    const { page, close } = await openPreview();
    try {
      await page.getByRole('button', { name: 'Post anyway' }).click();
      await page.evaluate(() => window.__tbyp.open('findings'));
      await page.getByRole('button', { name: 'Edit post' }).click();
      await expect(calls(page)).resolves.toEqual([['onPostAnyway'], ['onEdit']]);
    } finally {
      await close();
    }
  });

  it('"Not a problem here" calls onDismissForDraft with the rule id, and focus stays in the dialog', async () => {
    const { page, close } = await openPreview();
    try {
      const item = page.locator('[data-rule-id="rudeness.contempt"]');
      await item.getByRole('button', { name: 'Not a problem here' }).click();
      await expect(calls(page)).resolves.toEqual([['onDismissForDraft', 'rudeness.contempt']]);
      await expect(page.locator('[data-rule-id="rudeness.contempt"]').count()).resolves.toBe(0);
      await expect.poll(() => focused(page)).toMatchObject({ inDialog: true });
      // The button's description says which finding it is about.
      const described = await page.evaluate(() => {
        const root = document.getElementById('tbyp-host')!.shadowRoot!;
        const b = root.querySelector('[data-rule-id="patient.nhs-number"] .tbyp-finding-actions .tbyp-link')!;
        return root.getElementById(b.getAttribute('aria-describedby')!)?.textContent;
      });
      expect(described).toBe('Patient details This looks like an NHS number: 943 476 5919.');
    } finally {
      await close();
    }
  });

  it('"Switch this check off" asks first, naming the check, moves focus to the question, and only then calls onSwitchOff', async () => {
    const { page, close } = await openPreview();
    try {
      const item = page.locator('[data-rule-id="rudeness.contempt"]');
      await item.getByRole('button', { name: 'Switch this check off' }).click();
      await expect(item.getByRole('group').textContent()).resolves.toContain('Stop checking for “Rudeness” on every site?');
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Yes, switch it off' });
      await item.getByRole('button', { name: 'Keep it on' }).click();
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Switch this check off' });
      await expect(calls(page)).resolves.toEqual([]);
      await item.getByRole('button', { name: 'Switch this check off' }).click();
      await item.getByRole('button', { name: 'Yes, switch it off' }).click();
      await expect(calls(page)).resolves.toEqual([['onSwitchOff', 'rudeness.contempt']]);
    } finally {
      await close();
    }
  });

  it('"Why it matters" is folded away behind a disclosure button', async () => {
    const { page, close } = await openPreview();
    try {
      const item = page.locator('[data-rule-id="patient.nhs-number"]');
      const why = item.getByRole('button', { name: 'Why it matters' });
      await expect(why.getAttribute('aria-expanded')).resolves.toBe('false');
      await expect(item.locator('.tbyp-why-text').isVisible()).resolves.toBe(false);
      await why.click();
      await expect(why.getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(item.locator('.tbyp-why-text').isVisible()).resolves.toBe(true);
      await expect(item.locator('.tbyp-why-text').textContent()).resolves.not.toBe('');
    } finally {
      await close();
    }
  });

  it('locked rules say whose lock it is and the reason, and cannot be switched off', async () => {
    const { page, close } = await openPreview();
    try {
      const item = page.locator('[data-rule-id="confidentiality.marked-internal"]');
      await expect(item.locator('.tbyp-locked').textContent()).resolves.toBe(
        'Locked on by your organisation: it protects patient confidentiality (Information Governance policy IG-04).',
      );
      // A locked check can be set aside for this post, or said to be wrong, but not switched off.
      await expect(item.getByRole('button', { name: 'Switch this check off' }).count()).resolves.toBe(0);
      await expect(item.getByRole('button', { name: 'Not a problem here' }).count()).resolves.toBe(1);
      const others = await page.locator('.tbyp-finding:not([data-rule-id="confidentiality.marked-internal"])').getByRole('button', { name: 'Switch this check off' }).count();
      expect(others).toBe(4);
    } finally {
      await close();
    }
  });

  it('checking state: polite live text, Edit and Post anyway still available', async () => {
    const { page, close } = await openPreview('?state=checking');
    try {
      const intro = await page.evaluate(() => {
        const p = document.getElementById('tbyp-host')!.shadowRoot!.querySelector('.tbyp-intro')!;
        return { live: p.getAttribute('aria-live'), text: p.textContent };
      });
      expect(intro).toEqual({ live: 'polite', text: 'Checking your post…' });
      await expect(page.getByRole('button', { name: 'Edit post' }).count()).resolves.toBe(1);
      await expect(page.getByRole('button', { name: 'Post anyway' }).count()).resolves.toBe(1);
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Edit post' });
      // Results arrive: the same dialog updates and focus stays put.
      await page.evaluate(() => window.__tbyp.open('findings'));
      await expect(page.locator('.tbyp-finding').count()).resolves.toBe(5);
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Edit post' });
    } finally {
      await close();
    }
  });

  it('unavailable state: says it could not check, before it goes; Edit post (focused) and Post anyway', async () => {
    const { page, close } = await openPreview('?state=unavailable');
    try {
      const dialog = page.getByRole('dialog');
      await expect(dialog.textContent()).resolves.toContain("It hasn't gone yet.");
      await expect.poll(() => focused(page)).toMatchObject({ text: 'Edit post' });
      await shot(page, 'unavailable.png');
      await page.getByRole('button', { name: 'Post anyway' }).click();
      await expect(calls(page)).resolves.toEqual([['onPostAnyway']]);
    } finally {
      await close();
    }
  });

  it('badge and photo reminder: names, roles and callbacks', async () => {
    const { page, close } = await openPreview('?state=none');
    try {
      const names = await page.evaluate(() =>
        Array.from(document.getElementById('badge-host')!.shadowRoot!.querySelectorAll('button')).map((b) =>
          b.getAttribute('aria-label'),
        ),
      );
      expect(names).toEqual([
        '5 things to check before you post',
        '1 thing to check before you post',
        'Nothing to flag',
        'Checking your post',
      ]);
      const status = page.getByRole('status');
      await expect(status.textContent()).resolves.toBe(
        'Photo check: make sure no patient, wristband, whiteboard, screen or notes can be seen.Got it',
      );
      await page.getByRole('button', { name: 'Got it' }).click();
      await page.getByRole('button', { name: '5 things to check before you post' }).click();
      await expect(calls(page)).resolves.toEqual([['onDismiss'], ['onOpen']]);
      await expect(page.getByRole('dialog').count()).resolves.toBe(1);
    } finally {
      await close();
    }
  });

  it('text, buttons and marks have at least 4.5:1 contrast; focus rings at least 3:1', async () => {
    const { page, close } = await openPreview();
    try {
      const results = await measureContrast(page);
      for (const [name, value] of Object.entries(results.text)) {
        expect(value, `${name} contrast`).toBeGreaterThanOrEqual(4.5);
      }
      expect(results.markCue.weight).toBeGreaterThanOrEqual(600);
      expect(results.markCue.around).toBeLessThanOrEqual(400);
      expect(results.fontFamily).not.toMatch(/comic|georgia/i);

      // Focus indicator: compare the focused ring with the white it sits on.
      for (const name of ['Edit post', 'Post anyway', 'Not a problem here']) {
        await page.getByRole('button', { name }).first().focus();
        await page.keyboard.press('Shift+Tab');
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          const a = document.getElementById('tbyp-host')!.shadowRoot!.activeElement!;
          const s = getComputedStyle(a);
          return { shadow: s.boxShadow, bg: s.backgroundColor, color: s.color, visible: a.matches(':focus-visible') };
        });
        expect(ring.visible, name).toBe(true);
        expect(ring.bg, name).toBe('rgb(255, 235, 59)');
        expect(ring.color, name).toBe('rgb(33, 43, 50)');
        expect(ring.shadow, name).toContain('rgb(33, 43, 50)'); // #212b32 on white: 14.9:1
      }
    } finally {
      await close();
    }
  });

  it('dark scheme: every part keeps at least 4.5:1 contrast, and really is dark', async () => {
    const { page, close } = await openPreview('', { colorScheme: 'dark' });
    try {
      const results = await measureContrast(page);
      for (const [name, value] of Object.entries(results.text)) {
        expect(value, `${name} contrast (dark)`).toBeGreaterThanOrEqual(4.5);
      }
      expect(results.markCue.weight).toBeGreaterThanOrEqual(600);
      const dialogBackground = await page.evaluate(() => getComputedStyle(document.getElementById('tbyp-host')!.shadowRoot!.querySelector('.tbyp-dialog')!).backgroundColor);
      expect(dialogBackground).toBe('rgb(30, 42, 51)');
    } finally {
      await close();
    }
  });

  it('targets are at least 24 by 24 CSS pixels', async () => {
    const { page, close } = await openPreview();
    try {
      const sizes = await page.evaluate(() =>
        ['tbyp-host', 'badge-host', 'photo-host'].flatMap((id) =>
          Array.from(document.getElementById(id)!.shadowRoot!.querySelectorAll('button')).map((b) => {
            const r = b.getBoundingClientRect();
            return { name: b.getAttribute('aria-label') ?? b.textContent, w: r.width, h: r.height };
          }),
        ),
      );
      expect(sizes.length).toBeGreaterThanOrEqual(10);
      for (const s of sizes) {
        expect(s.w, `${s.name} width`).toBeGreaterThanOrEqual(24);
        expect(s.h, `${s.name} height`).toBeGreaterThanOrEqual(24);
      }
    } finally {
      await close();
    }
  });

  it('respects prefers-reduced-motion', async () => {
    const reduced = await openPreview('?state=checking', { reducedMotion: 'reduce' });
    const normal = await openPreview('?state=checking', { reducedMotion: 'no-preference' });
    try {
      const anim = (page: Page) =>
        page.evaluate(() => {
          const root = document.getElementById('tbyp-host')!.shadowRoot!;
          return [
            getComputedStyle(root.querySelector('.tbyp-dialog')!).animationName,
            getComputedStyle(root.querySelector('.tbyp-spinner')!).animationName,
          ];
        });
      await expect(anim(reduced.page)).resolves.toEqual(['none', 'none']);
      await expect(anim(normal.page)).resolves.toEqual(['tbyp-rise', 'tbyp-spin']);
    } finally {
      await reduced.close();
      await normal.close();
    }
  });

  it('works at 200% and 400% zoom: fits the viewport, scrolls inside, no sideways scrolling', async () => {
    for (const [width, height] of [
      [640, 400], // 1280 x 800 at 200%
      [320, 256], // 1280 x 1024 at 400% (WCAG reflow)
    ] as const) {
      const { page, close } = await openPreview('', { width, height });
      try {
        const m = await page.evaluate(() => {
          const root = document.getElementById('tbyp-host')!.shadowRoot!;
          const d = root.querySelector('.tbyp-dialog') as HTMLElement;
          const r = d.getBoundingClientRect();
          const scroller = [d, root.querySelector('.tbyp-body') as HTMLElement].find(
            (el) => el.scrollHeight > el.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(el).overflowY),
          );
          return {
            top: r.top,
            bottom: r.bottom,
            left: r.left,
            right: r.right,
            vw: innerWidth,
            vh: innerHeight,
            sideways: d.scrollWidth > d.clientWidth + 1,
            scrolls: !!scroller,
            scrollerFocusable: scroller ? scroller.tabIndex >= 0 || !!scroller.querySelector('button') : true,
          };
        });
        expect(m.top).toBeGreaterThanOrEqual(0);
        expect(m.left).toBeGreaterThanOrEqual(0);
        expect(m.bottom).toBeLessThanOrEqual(m.vh);
        expect(m.right).toBeLessThanOrEqual(m.vw);
        expect(m.sideways).toBe(false);
        expect(m.scrolls).toBe(true);
        expect(m.scrollerFocusable).toBe(true);
        await shot(page, `zoom-${width}x${height}.png`);
        // Every button can be reached and scrolled into view.
        const edit = page.getByRole('button', { name: 'Edit post' });
        await expect(edit.isVisible()).resolves.toBe(true);
      } finally {
        await close();
      }
    }
  });
});
