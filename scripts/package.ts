// Self-hosted Chrome/Edge deployment: a signed CRX and its update manifest (updates.xml) from the
// trust's own key, to put on the trust's web server. docs/trust-it.md walks through it.
//
//   npm run package -- --key KEY.pem --new-key                  make the trust's key (once) and say its id
//   npm run package -- --key KEY.pem --base-url https://intranet.example/tbyp/
//
// The key decides the extension id. It is the trust's to keep: never in this repository (.gitignore).
// The CRX is packed by Chrome, Edge or Chromium itself (--pack-extension), from a copy of the build whose
// manifest carries the trust's public key (so the id is the same packed or unpacked) and the update URL
// (browsers look for updates at the manifest's update_url, not at the policy's).
import { execFileSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const CRX_NAME = 'think-before-you-post';
export const UPDATES_FILE = 'updates.xml';

/** Where Chrome, Edge or Chromium usually are; the first that exists packs the CRX. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/microsoft-edge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

/** Chrome's extension id for a public key (DER): its sha256's first 32 hex digits, 0-f written a-p. */
export function extensionId(publicKeyDer: Buffer): string {
  const hex = createHash('sha256').update(publicKeyDer).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface TrustKey {
  id: string;
  /** The public key as the manifest's `key` (base64 DER). */
  manifestKey: string;
}

export function readKey(path: string): TrustKey {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`Can't read the key ${path}. Make one with --new-key, or give the path of the trust's key.`);
  }
  let der: Buffer;
  try {
    der = createPublicKey(createPrivateKey(text)).export({ type: 'spki', format: 'der' });
  } catch {
    throw new Error(`${path} is not a private key in PEM format (-----BEGIN PRIVATE KEY-----).`);
  }
  return { id: extensionId(der), manifestKey: der.toString('base64') };
}

/** A new 2048-bit RSA key (what Chrome makes), readable by its owner only. Never overwrites a key. */
export function newKey(path: string): TrustKey {
  if (existsSync(path)) throw new Error(`${path} already exists: keep using it (a new key would give a new extension id).`);
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(path, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
  return readKey(path);
}

/** The base URL the CRX and updates.xml are served from, with a trailing slash; https except on this computer. */
export function checkBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`--base-url must be a web address such as https://intranet.example.nhs.uk/tbyp/, not "${text}".`);
  }
  const local = url.hostname === '127.0.0.1' || url.hostname === 'localhost';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) throw new Error(`--base-url must start with https:// (http:// only for 127.0.0.1 or localhost, to test), not "${text}".`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`--base-url must be a plain folder address, without ?, # or a user name: "${text}".`);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;');

/** The update manifest (gupdate protocol 2.0) announcing `version` at `codebase`. */
export function updatesXml(id: string, version: string, codebase: string): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${id}'>`,
    `    <updatecheck codebase='${escapeXml(codebase)}' version='${version}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

export function findBrowser(): string {
  const found = [process.env.CHROMIUM_PATH, ...BROWSERS].find((path) => path && existsSync(path));
  if (!found) throw new Error('No Chrome, Edge or Chromium found to pack the CRX: give its path with --browser.');
  return found;
}

export interface PackageOptions {
  /** The built extension (.output/chrome-mv3). */
  from: string;
  keyPath: string;
  baseUrl: string;
  out: string;
  browser?: string;
}

export interface Packaged {
  id: string;
  version: string;
  crx: string;
  updates: string;
  updateUrl: string;
}

/** Pack `from` with the trust's key into out/think-before-you-post-VERSION.crx and write out/updates.xml. */
export function packageExtension(options: PackageOptions): Packaged {
  const key = readKey(options.keyPath);
  const baseUrl = checkBaseUrl(options.baseUrl);
  const updateUrl = baseUrl + UPDATES_FILE;
  const manifest = JSON.parse(readFileSync(join(options.from, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const version = String(manifest.version);

  const work = mkdtempSync(join(tmpdir(), 'tbyp-package-'));
  try {
    const dir = join(work, CRX_NAME);
    cpSync(options.from, dir, { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ ...manifest, key: key.manifestKey, update_url: updateUrl }, null, 2));
    // A profile of its own, so a browser already open isn't asked to do the packing.
    const root = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
    execFileSync(options.browser ?? findBrowser(), [...root, `--user-data-dir=${join(work, 'profile')}`, '--no-message-box', `--pack-extension=${dir}`, `--pack-extension-key=${resolve(options.keyPath)}`], {
      stdio: 'pipe',
    });
    const packed = `${dir}.crx`;
    if (!existsSync(packed)) throw new Error('The browser did not write a CRX.');
    const crx = readFileSync(packed);
    // CRX3: "Cr24", format 3, then a header that holds the public key the id comes from.
    if (crx.toString('latin1', 0, 4) !== 'Cr24' || crx.readUInt32LE(4) !== 3 || !crx.includes(Buffer.from(key.manifestKey, 'base64'))) {
      throw new Error('The CRX the browser wrote is not a CRX3 signed with this key.');
    }
    mkdirSync(options.out, { recursive: true });
    const name = `${CRX_NAME}-${version}.crx`;
    renameSync(packed, join(options.out, name));
    chmodSync(join(options.out, name), 0o644); // the browser writes it for its owner only; a web server must read it
    writeFileSync(join(options.out, UPDATES_FILE), updatesXml(key.id, version, baseUrl + name));
    return { id: key.id, version, crx: join(options.out, name), updates: join(options.out, UPDATES_FILE), updateUrl };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The production build for Chrome and Edge (never the practice build the tests use). */
function build(): string {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  delete env.TBYP_PRACTICE;
  execFileSync(process.execPath, [join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build'], { cwd: ROOT, stdio: 'inherit', env });
  return join(ROOT, '.output/chrome-mv3');
}

const USAGE = `npm run package -- --key KEY.pem [--new-key] --base-url https://... [--out DIR] [--from DIR] [--browser PATH]
  --key       the trust's private key (PEM). Keep it safe and out of this repository.
  --new-key   make a new key at --key first (refuses to overwrite one).
  --base-url  the web folder the CRX and updates.xml will be served from (https://).
  --out       where to write them (default .output/self-hosted).
  --from      an extension build to pack instead of building one.
  --browser   Chrome, Edge or Chromium to pack with (default: the first one found).`;

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { key: { type: 'string' }, 'new-key': { type: 'boolean' }, 'base-url': { type: 'string' }, out: { type: 'string' }, from: { type: 'string' }, browser: { type: 'string' }, help: { type: 'boolean' } },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) return console.log(USAGE), 0;
  if (!values.key || (!values['base-url'] && !values['new-key'])) {
    console.error(USAGE);
    return 2;
  }
  try {
    const key = values['new-key'] ? newKey(values.key) : readKey(values.key);
    if (values['new-key']) console.log(`New key written to ${values.key}. Keep it safe (see docs/trust-it.md): every update must be signed with it.`);
    if (!values['base-url']) return console.log(`Extension id: ${key.id}`), 0;
    const baseUrl = checkBaseUrl(values['base-url']);
    const result = packageExtension({
      from: values.from ?? build(),
      keyPath: values.key,
      baseUrl,
      out: values.out ?? join(ROOT, '.output/self-hosted'),
      ...(values.browser ? { browser: values.browser } : {}),
    });
    console.log(
      [
        `Extension id: ${result.id}`,
        `Version:      ${result.version}`,
        `Wrote ${result.crx}`,
        `  and ${result.updates}`,
        `Copy both to ${baseUrl}`,
        `Force-install policy: ${result.id};${result.updateUrl}`,
      ].join('\n'),
    );
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main(process.argv.slice(2));
