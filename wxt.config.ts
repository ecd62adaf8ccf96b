import { defineConfig } from 'wxt';

// TBYP_PRACTICE=1 builds also run on the practice page (http://127.0.0.1/* and http://localhost/*).
const practice = process.env.TBYP_PRACTICE === '1';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Replaced at build time: the content script never reads `process` at run time.
    define: { __TBYP_PRACTICE__: JSON.stringify(practice), 'process.env.TBYP_PRACTICE': JSON.stringify(practice ? '1' : '') },
  }),
  manifest: {
    name: 'Think Before You Post',
    description: 'A gentle check before you post: patient details, rudeness and confidential information.',
    permissions: ['storage'],
  },
});
