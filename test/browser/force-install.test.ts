// A trust's self-hosted deployment, done the way docs/trust-it.md tells its IT team to do it: make a
// key, package the extension with `npm run package`'s code, serve the CRX, updates.xml and the trust's
// pack from a web server, write the guide's Linux policy file (force-install + the trust's policy) to
// /etc/chromium/policies/managed/, and start Chromium with a fresh profile and no --load-extension.
// The extension must arrive by policy, the trust's rule must fire on the practice page, and a new
// version announced in updates.xml must be installed.
//
// Everything written (policy file, key, packages, profile) is removed afterwards, whatever happens.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPracticeServer, type PracticeServer } from '../../practice/serve.mjs';
import { CRX_NAME, UPDATES_FILE, newKey, packageExtension, type TrustKey } from '../../scripts/package';
import { CHROMIUM, CHROMIUM_ARGS } from '../chromium';
import { docSnippet, forTrust } from '../deploy/trust-doc';
import { EXTENSION_DIR } from './build';
import { isAllowedUrl, warningsOn, type Harness } from './harness';

const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, 'tbyp-force-install-test.json');
const PACK = 'rules/examples/northvale-trust.json';

/** The trust's intranet folder: files from `root`, each request's path recorded. */
async function startTrustServer(root: string): Promise<{ server: Server; baseUrl: string; served: string[] }> {
  const served: string[] = [];
  const types: Record<string, string> = { '.xml': 'application/xml', '.crx': 'application/x-chrome-extension', '.json': 'application/json' };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0]!));
    served.push(path);
    try {
      const body = readFileSync(join(root, path));
      // The pack is fetched by the extension, across origins: the guide says to allow that for this file.
      res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream', 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/tbyp/`, served };
}

interface ExtensionInfo {
  id: string;
  version: string;
  state: string;
  mustRemainInstalled: boolean;
  controlledInfo?: { text: string };
}
type DeveloperPrivate = { chrome: { developerPrivate: { getExtensionsInfo(o: object, cb: (i: ExtensionInfo[]) => void): void; autoUpdate(cb: () => void): void } } };

/** The extension as chrome://extensions knows it (undefined until installed). */
const installed = (page: Page, id: string) =>
  page.evaluate((id) => new Promise<ExtensionInfo | undefined>((resolve) => (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.getExtensionsInfo({}, (all) => resolve(all.find((e) => e.id === id)))), id);

/** What chrome://extensions' "Update" button does: check every extension now and install updates at once. */
const updateNow = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.autoUpdate(resolve)));

/** Where the browser connected and what it asked for, from Chromium's own network log. */
function readNetLog(path: string): { connects: string[]; dnsQueries: number; udpSends: number; extensionRequests: string[] } {
  const log = JSON.parse(readFileSync(path, 'utf8')) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: Record<string, unknown> }[] };
  const name = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([k, v]) => [v, k]));
  const result = { connects: [] as string[], dnsQueries: 0, udpSends: 0, extensionRequests: [] as string[] };
  for (const event of log.events) {
    const type = name[event.type];
    if (type === 'TCP_CONNECT_ATTEMPT' && event.params?.address) result.connects.push(String(event.params.address));
    if (type === 'DNS_TRANSACTION' || type === 'HOST_RESOLVER_SYSTEM_TASK') result.dnsQueries++;
    if (type === 'UDP_BYTES_SENT') result.udpSends++;
    if (type === 'URL_REQUEST_START_JOB' && String(event.params?.initiator).startsWith('chrome-extension://')) result.extensionRequests.push(String(event.params?.url));
  }
  return result;
}

describe('self-hosted deployment: force-installed by policy from the trust server, then updated', () => {
  let work: string;
  let key: TrustKey;
  let trust: Awaited<ReturnType<typeof startTrustServer>>;
  let practice: PracticeServer;
  let context: BrowserContext | undefined;
  let extensions: Page;
  let practicePage: Page;
  let createdPolicyDir: string | undefined;
  const pageRequests: string[] = [];
  const version = () => JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).version as string;
  const site = () => join(work, 'site', 'tbyp');
  const netLogs: string[] = [];
  const keyPath = () => join(work, 'trust.pem');
  const NV_NUMBER = 'Can someone chase the bloods for NV1234567 please?';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'tbyp-force-install-'));
    key = newKey(keyPath());
    mkdirSync(site(), { recursive: true });
    trust = await startTrustServer(join(work, 'site'));
    // What the trust puts in its intranet folder: the package, its updates.xml and the trust's pack.
    packageExtension({ from: EXTENSION_DIR, keyPath: keyPath(), baseUrl: trust.baseUrl, out: site() });
    cpSync(PACK, join(site(), 'northvale-trust.json'));

    // The guide's Linux policy file, with this key's id and this server's folder in place of Northvale's.
    try {
      createdPolicyDir = mkdirSync(POLICY_DIR, { recursive: true });
      writeFileSync(POLICY_FILE, forTrust(docSnippet('linux-policy'), key.id, trust.baseUrl));
    } catch (error) {
      throw new Error(`This test writes ${POLICY_FILE}, which needs root (CI runs as root): ${String(error)}`);
    }

    practice = await startPracticeServer(0);
    await launch();
  });

  /** Chromium on the fresh profile, as a staff member starts it; each start keeps its own net log. */
  async function launch(): Promise<void> {
    const netLog = join(work, `netlog-${netLogs.length + 1}.json`);
    netLogs.push(netLog);
    context = await chromium.launchPersistentContext(join(work, 'profile'), {
      executablePath: CHROMIUM,
      headless: true,
      // Playwright starts Chromium with extensions and their update checks switched off; a trust's
      // browser has both. No --load-extension: the extension must come from policy.
      ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
      args: [
        ...CHROMIUM_ARGS.filter((arg) => arg !== '--disable-background-networking'),
        `--log-net-log=${netLog}`,
        // With background networking on, Chromium also calls Google services of its own (account list,
        // component updates); the closed network refuses them anyway. This makes that the same on every
        // machine: no host name but 127.0.0.1 resolves. The net logs show what was attempted.
        '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
      ],
    });
    context.on('request', (request) => pageRequests.push(request.url()));
    extensions = await context.newPage();
    await extensions.goto('chrome://extensions');
  }

  afterAll(async () => {
    await context?.close().catch(() => undefined);
    await practice?.close();
    trust?.server.close();
    rmSync(POLICY_FILE, { force: true });
    // Folders this test made, innermost first, while empty (another test's policy file keeps them).
    for (let dir = POLICY_DIR; createdPolicyDir && dir.startsWith(createdPolicyDir); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the extension is installed by policy, from the trust server', async () => {
    await expect.poll(() => installed(extensions, key.id), { timeout: 60_000, interval: 500 }).toMatchObject({ version: version(), state: 'ENABLED' });
    const info = (await installed(extensions, key.id))!;
    expect(info.controlledInfo?.text).toBe('Installed by enterprise policy.');
    expect(info.mustRemainInstalled).toBe(true);
    expect(trust.served).toContain(`/tbyp/${UPDATES_FILE}`);
    expect(trust.served).toContain(`/tbyp/${CRX_NAME}-${version()}.crx`);
  });

  it("after a restart, the trust's pack, fetched from its server, fires on the practice page", { timeout: 300_000 }, async () => {
    // An extension installed while the browser runs gets its policy at a moment of Chromium's choosing
    // (seconds to minutes here); after a restart (staff restart their browsers) it comes sooner. How soon
    // still varies with when the extension's service worker reads the policy: hence the long wait.
    await context!.close();
    await launch();
    practicePage = await context!.newPage();
    // ?tbyp-test-ui: the practice build opens our UI's shadow roots for tests (src/content/ui-host.ts).
    await practicePage.goto(`${practice.url}?tbyp-test-ui`);
    const h = { page: practicePage } as Harness; // warningsOn only uses the page
    await expect
      .poll(() => warningsOn(h, NV_NUMBER), { timeout: 240_000, interval: 1_000 })
      .toContain('northvale.hospital-number');
    expect(await warningsOn(h, 'Our switchboard is 01632 960115 if you need us.')).toBeNull();
    expect(trust.served).toContain('/tbyp/northvale-trust.json');
  });

  it('a new version announced in updates.xml is installed', { timeout: 300_000 }, async () => {
    // The trust ships an update: the next version, packaged with the same key into the same folder.
    const [major, minor, patch] = version().split('.').map(Number);
    const next = `${major}.${minor}.${patch! + 1}`;
    const build = join(work, 'next-build');
    cpSync(EXTENSION_DIR, build, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8'));
    writeFileSync(join(build, 'manifest.json'), JSON.stringify({ ...manifest, version: next }));
    const packaged = packageExtension({ from: build, keyPath: keyPath(), baseUrl: trust.baseUrl, out: site() });
    expect(packaged.version).toBe(next);
    expect(readFileSync(packaged.updates, 'utf8')).toContain(`version='${next}'`);

    await updateNow(extensions);
    await expect.poll(async () => (await installed(extensions, key.id))?.version, { timeout: 30_000, interval: 500 }).toBe(next);
    expect(trust.served).toContain(`/tbyp/${CRX_NAME}-${next}.crx`);
    // And the new version checks posts with the trust's pack. (Chromium keeps a policy-installed
    // extension's own pages and service worker out of reach of automation: the test sees it only
    // through chrome://extensions and the pages it checks.)
    await expect.poll(() => warningsOn({ page: practicePage } as Harness, NV_NUMBER), { timeout: 240_000, interval: 1_000 }).toContain('northvale.hospital-number');
  });

  it('nothing left the machine: every connection of both starts went to 127.0.0.1', async () => {
    await context!.close(); // Chromium finishes its net log when it closes
    context = undefined;
    const logs = netLogs.map(readNetLog);
    const net = { connects: logs.flatMap((l) => l.connects), dnsQueries: logs.reduce((n, l) => n + l.dnsQueries, 0), udpSends: logs.reduce((n, l) => n + l.udpSends, 0), extensionRequests: logs.flatMap((l) => l.extensionRequests) };
    expect(net.connects.length).toBeGreaterThan(0);
    expect(net.connects.filter((address) => !address.startsWith('127.0.0.1:'))).toEqual([]);
    expect(net.dnsQueries).toBe(0);
    expect(net.udpSends).toBe(0);
    // The extension's own requests (the trust's pack) and the pages' went only to the local servers.
    expect(net.extensionRequests.filter((url) => !isAllowedUrl(url))).toEqual([]);
    expect(net.extensionRequests.some((url) => url.endsWith('/tbyp/northvale-trust.json'))).toBe(true);
    expect(pageRequests.filter((url) => !isAllowedUrl(url) && !url.startsWith('chrome://'))).toEqual([]);
  });
});
