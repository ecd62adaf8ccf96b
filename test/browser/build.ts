// Builds what the browser tests need: the extension (TBYP_PRACTICE=1) for Chromium (.output/chrome-mv3)
// and for Firefox (.output/firefox-mv2), and the practice page (practice/dist) when missing or older
// than its sources. Used by global-setup.ts and scripts/dev.mjs-style callers.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
export const PRACTICE_DIST = join(ROOT, 'practice/dist/index.html');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = stat.mtimeMs;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

export function practiceIsStale(): boolean {
  if (!existsSync(PRACTICE_DIST)) return true;
  const built = statSync(PRACTICE_DIST).mtimeMs;
  const sources = ['practice/src', 'practice/index.html', 'practice/watch.html', 'practice/live_chat', 'practice/vite.config.ts'].map((p) => join(ROOT, p)).filter(existsSync);
  return sources.some((p) => newest(p) > built);
}

/** Vitest sets NODE_ENV=test; both builds are production builds. */
const env = () => ({ ...process.env, NODE_ENV: 'production' });

export function buildPractice(): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'practice/vite.config.ts'], {
    cwd: ROOT,
    stdio: 'pipe',
    env: env(),
  });
}

export function buildExtension(browser: 'chrome' | 'firefox' = 'chrome'): void {
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '-b', browser], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...env(), TBYP_PRACTICE: '1' },
  });
}
