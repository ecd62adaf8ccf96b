import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } } }),
  manifest: {
    name: 'Think Before You Post',
    description: 'A gentle check before you post: patient details, rudeness and confidential information.',
    permissions: ['storage'],
  },
});
