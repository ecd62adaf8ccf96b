// Issue 14's hostile-pack corpus through a trust's policy, in real Chromium: every pack of the corpus
// in a real policy file. Refused packs are named with their place in the options page and none of their
// rules run; accepted ones run with their text as text; the built-in checks keep running; the page keeps
// every section. The trust's pack then comes from the refresh URL (a local test server) as the policy arrives,
// and a hostile one served there is refused by place while the last good one stays. The 4.7 MB pack is left out here:
// a policy that size is the browser's to refuse (the import and settings-file tests cover it).
//
// Policy files are global: run this file alone, with no other policy test running (`pgrep -af policy`).
// Chromium reads /etc/chromium/policies/managed/ (root only: CI runs as root). Removed afterwards.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ID } from '../../wxt.config';
import { ACCEPTED, HOSTILE_PACKS, REFUSED } from '../fixtures/hostile-packs';
import { RISKY, clearLocal, openExtensionPage, startHarness, warningsOn, type Harness } from './harness';

const POLICY_FILE = '/etc/chromium/policies/managed/tbyp-hostile-test.json';
const NORTHVALE = readFileSync('rules/examples/northvale-trust.json', 'utf8');
const CRASHER = HOSTILE_PACKS.find((p) => p.file === 'detector-options-wrong-type.json')!;
const IN_POLICY = HOSTILE_PACKS.filter((p) => p.file !== 'huge-pack.json');
const NV_FLAG = 'Can someone chase the bloods for NV1234567 please?';

let h: Harness;
let server: Server;
let serving = NORTHVALE;
let fetches = 0;

function writePolicy(refreshUrl: string, note: string): void {
  mkdirSync(dirname(POLICY_FILE), { recursive: true });
  const policy = { packs: IN_POLICY.map((p) => ({ name: p.file, json: p.text })), refreshUrl, lockedRules: [{ rule: 'patient.nhs-number', reason: note }] };
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [CHROME_ID]: policy } } }));
}

describe('the hostile-pack corpus in a trust policy and from the refresh URL', () => {
  let url = '';
  beforeAll(async () => {
    server = createServer((_req, res) => {
      fetches++;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(serving);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/pack.json`;
    writePolicy(url, 'First policy.');
    h = await startHarness();
    await clearLocal(h);
    await h.serviceWorker.evaluate(() => (globalThis as unknown as { chrome: { storage: { managed: { get(): Promise<unknown> } } } }).chrome.storage.managed.get());
  }, 180_000);
  afterAll(async () => {
    rmSync(POLICY_FILE, { force: true });
    await h?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('the built-in checks and the accepted hostile packs run beside the refused ones', { timeout: 120_000 }, async () => {
    await expect.poll(async () => (await warningsOn(h, ACCEPTED[0]!.accepted!.flags)) ?? [], { timeout: 60_000, interval: 1_000 }).toContain(ACCEPTED[0]!.accepted!.ruleId);
    expect(await warningsOn(h, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
    for (const p of ACCEPTED) expect(await warningsOn(h, p.accepted!.flags)).toContain(p.accepted!.ruleId);
  });

  it('the options page names every refused pack with its place, keeps every section, and none of their rules run', async () => {
    const options = await openExtensionPage(h, 'options.html');
    await options.getByTestId('managed-notice').waitFor();
    const lines = await options.locator('ul.problems li').allTextContents();
    for (const p of REFUSED.filter((r) => IN_POLICY.includes(r))) {
      const refused = p.refused!;
      const named = lines.filter((l) => l.includes(p.file) && refused.says.test(l) && (refused.path === '$' || l.includes(refused.path)));
      expect(named, `${p.file}:\n${lines.join('\n')}`).not.toEqual([]);
    }
    expect(await options.getByTestId('section-failed').count()).toBe(0);
    expect(await options.getByRole('button', { name: 'Reset to defaults' }).isVisible()).toBe(true);
    expect(await options.locator('main img, main script').count()).toBe(0);
    expect(await options.title()).not.toBe('pwned');
    await options.close();
  });

  it("the trust's pack arrives from the refresh URL and runs, though Chromium loads its policy after the extension starts", { timeout: 120_000 }, async () => {
    await expect.poll(async () => (await warningsOn(h, NV_FLAG)) ?? [], { timeout: 60_000, interval: 1_000 }).toContain('northvale.hospital-number');
    expect(fetches).toBeGreaterThan(0);
    expect(await warningsOn(h, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });

  it('a hostile pack from the refresh URL is refused with its place named, and the last good one stays in use', { timeout: 120_000 }, async () => {
    const before = fetches;
    serving = CRASHER.text;
    writePolicy(url.replace('pack.json', 'pack-2.json'), 'Second policy.');
    await expect.poll(() => fetches, { timeout: 60_000, interval: 500 }).toBeGreaterThan(before);
    const options = await openExtensionPage(h, 'options.html');
    await expect.poll(() => options.getByTestId('refresh-status').textContent(), { timeout: 30_000, interval: 500 }).toMatch(/did not work: The pack at .*pack-2\.json has \d+ problem/);
    const lines = await options.locator('ul.problems li').allTextContents();
    const refused = CRASHER.refused!;
    expect(lines.filter((l) => l.includes('trust refresh URL pack') && refused.says.test(l) && l.includes(refused.path)), lines.join('\n')).not.toEqual([]);
    expect(await options.getByTestId('section-failed').count()).toBe(0);
    await options.close();
    expect(await warningsOn(h, NV_FLAG)).toContain('northvale.hospital-number');
    expect(await warningsOn(h, RISKY)).toEqual(['patient.name-in-care', 'patient.nhs-number']);
  });

  it('nothing left the machine but the refresh fetch to the test server', () => {
    expect(h.outsideRequests()).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});
