// The one place tests find and start Firefox (Debian's firefox-esr; scripts/test.sh installs it), driven
// by puppeteer-core over WebDriver BiDi. A missing Firefox fails the tests loudly: never skipped.
import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';
import { FIREFOX_ID } from '../wxt.config';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Fixed, so the extension's pages have a known address: moz-extension://<this>/options.html. */
export const FIREFOX_EXTENSION_UUID = '5b1f6c2e-7d0a-4e8b-9c3f-0a1b2c3d4e5f';
export const FIREFOX_EXTENSION_ORIGIN = `moz-extension://${FIREFOX_EXTENSION_UUID}`;

const PREFS = {
  // ESR and unbranded builds load an unsigned add-on when asked to (installed as a temporary add-on here).
  'xpinstall.signatures.required': false,
  'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_EXTENSION_UUID }),
  // Nothing of Firefox's own in the background (so that any request seen leaving is the page's or ours).
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'dom.push.connection.enabled': false,
  'browser.region.network.url': '',
  'browser.region.update.enabled': false,
  'extensions.blocklist.enabled': false,
  'services.settings.server': 'http://127.0.0.1:9/',
  'toolkit.telemetry.enabled': false,
  'browser.ping-centre.telemetry': false,
  'security.OCSP.enabled': 0,
};

/** Every HTTP(S) request the browser makes to anywhere but localhost goes to this proxy (which refuses it). */
const proxyPrefs = (port: number) => ({
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': port,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': port,
  'network.proxy.share_proxy_settings': true,
  'network.proxy.no_proxies_on': '',
  'network.proxy.socks_remote_dns': false,
});

export function launchFirefox(options: { proxyPort?: number; prefs?: Record<string, unknown> } = {}): Promise<Browser> {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: run bash scripts/test.sh, which installs firefox-esr (or set FIREFOX_PATH).`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: { ...PREFS, ...(options.proxyPort ? proxyPrefs(options.proxyPort) : {}), ...options.prefs },
    env: {
      ...process.env,
      // Without it, Firefox ignores services.settings.server and fetches its remote settings from Mozilla.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      // Lets WebDriver BiDi open the extension's own pages (moz-extension://); tests only.
      MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1',
    },
  });
}
