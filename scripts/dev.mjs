#!/usr/bin/env node
// npm run dev: try the extension on the practice page.
//  1. builds the extension with TBYP_PRACTICE=1 (.output/chrome-mv3; it then also runs on 127.0.0.1)
//  2. builds the practice page if practice/dist is missing or older than its sources
//  3. serves the practice page on http://127.0.0.1:5317/ (PORT=... to change)
//  4. with a display ($DISPLAY or $WAYLAND_DISPLAY): opens Chromium (CHROMIUM_PATH, default
//     /usr/bin/chromium) with the extension loaded, on the practice page; Ctrl+C stops everything.
//     Without one: shows how to check drafts from the command line and checks an example.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = Number(process.env.PORT ?? 5317);
const EXAMPLE = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';

const run = (args, env = {}) =>
  execFileSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production', ...env } });

function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, entry) => Math.max(max, newest(join(path, entry))), stat.mtimeMs);
}

function practiceIsStale() {
  const built = join(ROOT, 'practice/dist/index.html');
  if (!existsSync(built)) return true;
  const time = statSync(built).mtimeMs;
  return ['practice/src', 'practice/index.html', 'practice/vite.config.ts']
    .map((p) => join(ROOT, p))
    .filter((p) => existsSync(p))
    .some((p) => newest(p) > time);
}

console.log('Building the extension (practice build)...');
run([join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { TBYP_PRACTICE: '1' });

if (practiceIsStale()) {
  console.log('Building the practice page...');
  run([join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'practice/vite.config.ts']);
}

const { startPracticeServer } = await import('../practice/serve.mjs');
const server = await startPracticeServer(PORT);
console.log(`\nPractice page: ${server.url}`);

const hasDisplay = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

if (hasDisplay && existsSync(CHROMIUM)) {
  const profile = mkdtempSync(join(tmpdir(), 'tbyp-dev-'));
  const browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      server.url,
    ],
    { stdio: 'ignore' },
  );
  console.log('Chromium is open with the extension loaded. Type a draft in any composer and post it.');
  console.log(`Try: "${EXAMPLE}". Ctrl+C here to stop.`);
  const stop = async () => {
    if (browser.exitCode === null) browser.kill('SIGTERM');
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  browser.on('exit', stop);
} else {
  await server.close();
  console.log(
    hasDisplay
      ? `\n${CHROMIUM} was not found (set CHROMIUM_PATH), so no browser was opened.`
      : '\nNo display here ($DISPLAY is not set), so no browser was opened.',
  );
  console.log(`To try the extension, load ${EXTENSION_DIR} as an unpacked extension in Chrome/Chromium`);
  console.log('(chrome://extensions, Developer mode, "Load unpacked") and open the practice page:');
  console.log('  node practice/serve.mjs      # http://127.0.0.1:5317/');
  console.log('\nThe same checks run from the command line:');
  console.log('  npx tbyp check "your draft"  # or pipe a draft in: echo "..." | npx tbyp check');
  console.log('  npx tbyp --help');
  console.log(`\n$ npx tbyp check "${EXAMPLE}"\n`);
  try {
    run([join(ROOT, 'bin/tbyp.mjs'), 'check', EXAMPLE]);
  } catch {
    // Exit code 1 means "findings": expected for this example.
  }
}
