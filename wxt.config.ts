import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PRACTICE_LIVE_CHAT_MATCHES, PRACTICE_MATCHES } from './src/content/hosts';
import { SITE_HOSTS } from './src/sites';

// TBYP_PRACTICE=1 builds also run on the practice page (http://127.0.0.1/* and http://localhost/*).
const practice = process.env.TBYP_PRACTICE === '1';

/** Public key only (no secret): it fixes the Chrome/Edge extension id, which trust policies name. */
export const CHROME_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwjhL4ulusOjyUVc7Ly6gnQq79GsycAMr9TcsdaePLJnC1A3Ddf9WgqgLBCVgjdyNMcweIMj7Sg1IgQ0h8eRCSaqHhiMIZ0+5Q3zMmR5rjzwcOLATYqGoWSHSPyGZLbvd639AzAhA9gjeDeK4sr39+n//yfhZCoHy/SG31ydXa0sjwogsDll1yfcS+Jv/Gy5yQ0smK1sI/tLP/wJpdtU6IrLM0hU7FfeL+SnGVswfVKUvxwyqn++hwqXZN+iXOJDmzaGzoYudsnhmZyqD+XLO61S5gQbaN9yxu/5Wqkv8Od+MhXQD0Qx6oXCvlF1ubBUqD2I98swlEOOI6gLYRNFEFwIDAQAB';
/** The id CHROME_KEY gives (first 32 hex digits of sha256 of the key, 0-f mapped to a-p). */
export const CHROME_ID = 'hliadghkdliljncmckjhhbogelhlocii';
export const FIREFOX_ID = 'think-before-you-post@nhs.example';

const CONTENT_HOSTS = [...SITE_HOSTS, ...(practice ? PRACTICE_MATCHES : [])];
/** Entrypoints the content script imports as ES modules when a compose box is in play. */
const LAZY_MODULES = ['content-guard', 'content-ui'];
const ICONS = Object.fromEntries([16, 32, 48, 96, 128].map((size) => [size, `icon/${size}.png`]));

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  hooks: {
    'entrypoints:resolved'(_wxt, entrypoints) {
      // The content script's sites, set here rather than in the entrypoint: an import there would also put
      // the whole site registry into the script every page parses.
      const content = entrypoints.find((e) => e.name === 'content' && e.type === 'content-script');
      if (content && 'matches' in content.options) content.options.matches = CONTENT_HOSTS;
      // Practice builds: the live chat's frame script also runs in the practice watch page's chat frame.
      const liveChat = entrypoints.find((e) => e.name === 'live-chat' && e.type === 'content-script');
      if (practice && liveChat && 'matches' in liveChat.options) liveChat.options.matches = [...(liveChat.options.matches ?? []), ...PRACTICE_LIVE_CHAT_MATCHES];
    },
    'vite:build:extendConfig'(entrypoints, config) {
      // The content script runs on every page of the sites, and the guard module it imports in the same
      // world: they get a lazy `browser` without the polyfill (src/content/browser.ts says why) and a light
      // context (src/content/script-context.ts). Everything else keeps webextension-polyfill and WXT's own.
      if (entrypoints.every((e) => e.type === 'content-script' || e.name === 'content-guard')) {
        config.resolve ??= {};
        config.resolve.alias = {
          ...(config.resolve.alias as Record<string, string>),
          'wxt/browser': resolve(import.meta.dirname, 'src/content/browser.ts'),
          // WXT's context reads runtime.id and dispatches an event as every page loads: ours doesn't.
          'wxt/utils/content-script-context': resolve(import.meta.dirname, 'src/content/script-context.ts'),
        };
      }
      // The guard and the UI the content script loads on first use: ES modules, so import() hands their API back.
      if (entrypoints.length === 1 && LAZY_MODULES.includes(entrypoints[0]!.name) && config.build?.lib) {
        config.build.lib.formats = ['es'];
        // Vite keeps whitespace in ES library output unless the output asks for full minification.
        const output = config.build.rollupOptions?.output;
        if (output && !Array.isArray(output)) Object.assign(output, { minify: true });
      }
    },
  },
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    // Replaced at build time: the content script never reads `process` at run time.
    define: { __TBYP_PRACTICE__: JSON.stringify(practice), 'process.env.TBYP_PRACTICE': JSON.stringify(practice ? '1' : '') },
  }),
  manifest: ({ browser }) => ({
    // Words from locales/*.json (English and Welsh), through the browser's i18n.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // Drawn from public/icon/icon.svg by scripts/icons.mjs.
    // (The toolbar's default_icon is in entrypoints/popup/index.html: WXT writes action or browser_action from it.)
    icons: ICONS,
    // storage: settings (never text); alarms: the trust's pack refresh; scripting: the content script on
    // sites a person adds; activeTab: the popup says whether the coach runs on the tab in front.
    permissions: ['storage', 'alarms', 'scripting', 'activeTab'],
    // The supported sites, as the content script already runs there (the same install prompt): lets the
    // toolbar icon tell, per tab, whether the coach is on (src/background/toolbar-icon.ts).
    host_permissions: CONTENT_HOSTS,
    // Asked for one site at a time, when a person adds it in the options page (MV2 has no
    // optional_host_permissions: there the patterns go in optional_permissions).
    ...(browser === 'firefox' ? { optional_permissions: ['https://*/*', 'http://*/*'] } : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    // The trust's policy (Chrome/Edge managed storage); Firefox reads the same keys from policies.json.
    storage: { managed_schema: 'managed_schema.json' },
    // The modules the content script imports on first use (src/content/start-guard.ts, ui-loader.ts), on
    // any site it may run on (those a person adds too). Chrome: only at a per-session URL, so pages can't probe for them.
    web_accessible_resources: [
      { resources: LAZY_MODULES.map((name) => `${name}.js`), matches: ['https://*/*', 'http://*/*'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) },
    ],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: FIREFOX_ID, strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } } } }
      : // Fixes the Chrome/Edge extension id (CHROME_ID) so trust policies can name it.
        { key: CHROME_KEY }),
  }),
});
