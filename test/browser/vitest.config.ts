// Browser tests: real Chromium and Firefox ESR (test/browser/firefox/) with the built extension loaded,
// one file at a time, long timeouts.
//   npx vitest run --config test/browser/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    sequence: { concurrent: false },
  },
});
