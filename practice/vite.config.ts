// Build the practice page: npx vite build --config practice/vite.config.ts
// Output: practice/dist (static files; serve with `node practice/serve.mjs`).
// This page uses React (the X, Mastodon and Instagram composers are React apps, as on the
// real sites), while the extension itself uses Preact: JSX here is compiled for React.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  publicDir: false,
  envDir: root,
  logLevel: 'warn',
  // development: false so a build started from a test runner (NODE_ENV=test) still emits jsx(), not jsxDEV().
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  define: {
    // draft-js and fbjs were written for browserify/webpack 4 and refer to these.
    global: 'globalThis',
    'process.env.NODE_ENV': JSON.stringify('production'),
  },
  build: {
    outDir: fileURLToPath(new URL('./dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 2048,
    // The practice page, and a YouTube watch page whose live chat is its own page in a frame (as on youtube.com).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL('./index.html', import.meta.url)),
        watch: fileURLToPath(new URL('./watch.html', import.meta.url)),
        live_chat: fileURLToPath(new URL('./live_chat/index.html', import.meta.url)),
      },
    },
  },
});
