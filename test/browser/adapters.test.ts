// Each site adapter's example snippets (src/sites/examples), in Chromium: the real selectors and matching
// code (src/content/composers.ts) bundled into a blank page. `match` snippets must contain a composer whose
// send button is found (or a keyboard-only composer); `noMatch` snippets must contain no composer.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { SITES } from '../../src/sites';
import { examplesOf } from '../../src/sites/examples';
import { launchChromium } from '../chromium';
import type { Verdict } from './examples-entry';

let browser: Browser;
let page: Page;
let verdicts: Verdict[] = [];

async function bundle(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: fileURLToPath(new URL('../../', import.meta.url)),
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL('./examples-entry.ts', import.meta.url)), formats: ['iife'], name: 'TbypExamples' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  for (const o of outputs) {
    if ('output' in o) {
      const chunk = o.output.find((c) => c.type === 'chunk');
      if (chunk && chunk.type === 'chunk') return chunk.code;
    }
  }
  throw new Error('no bundle');
}

describe('site adapters: examples in Chromium', () => {
  beforeAll(async () => {
    const code = await bundle();
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setContent('<!doctype html><html><head><title>examples</title></head><body></body></html>');
    await page.addScriptTag({ content: code });
    verdicts = await page.evaluate(() => (window as unknown as { __tbypExamples: () => Verdict[] }).__tbypExamples());
    if (process.env.TBYP_DEBUG) console.log(JSON.stringify(verdicts));
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const site of SITES) {
    it(`${site.id}: every match example has a composer, and no noMatch example has one`, () => {
      const mine = verdicts.filter((v) => v.site === site.id);
      expect(mine.filter((v) => v.kind === 'match')).toHaveLength(examplesOf(site.id).match.length);
      expect(mine.filter((v) => v.kind === 'noMatch')).toHaveLength(examplesOf(site.id).noMatch.length);
      for (const v of mine) {
        if (v.kind === 'match') expect(v.withSubmit + v.keyboardOnly, `match[${v.index}]`).toBeGreaterThan(0);
        else expect(v.editors, `noMatch[${v.index}]`).toBe(0);
      }
    });
  }
});
