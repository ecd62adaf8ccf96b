import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Real-browser tests have their own config (one file at a time, long timeouts):
    //   npx vitest run --config test/browser/vitest.config.ts
    exclude: ['test/browser/**', '**/node_modules/**'],
    testTimeout: 20_000,
    setupFiles: ['test/setup.ts'],
  },
});
