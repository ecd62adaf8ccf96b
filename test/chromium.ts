// The one place tests find and start Chromium (Debian's package; scripts/test.sh installs it).
// A missing Chromium fails the tests loudly: browser tests are never skipped.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Quiet, headless, and nothing fetched in the background (tests check that nothing leaves the machine). */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

function ensureChromium(): void {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run bash scripts/test.sh, which installs it (or set CHROMIUM_PATH).`);
}

export function launchChromium(): Promise<Browser> {
  ensureChromium();
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** A persistent profile (extensions need one), with extra arguments such as --load-extension. */
export function launchChromiumProfile(profile: string, options: { args?: string[]; viewport?: { width: number; height: number } } = {}): Promise<BrowserContext> {
  ensureChromium();
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [...(options.args ?? []), ...CHROMIUM_ARGS],
  });
}
