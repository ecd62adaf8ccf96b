// scripts/package.ts without a browser: ids, keys, the base URL and updates.xml. (Packing a CRX with a
// real browser, installing it and updating it is test/browser/force-install.test.ts.)
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkBaseUrl, extensionId, main, newKey, readKey, updatesXml } from '../../scripts/package';
import { CHROME_ID, CHROME_KEY } from '../../wxt.config';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tbyp-package-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('extension ids and keys', () => {
  it('gives the id Chrome gives for a public key (the manifest key of this repository)', () => {
    expect(extensionId(Buffer.from(CHROME_KEY, 'base64'))).toBe(CHROME_ID);
  });

  it('makes a key only its owner can read, and reads back the same id and public key', () => {
    const path = join(dir, 'trust.pem');
    const made = newKey(path);
    expect(readFileSync(path, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(made.id).toMatch(/^[a-p]{32}$/);
    expect(readKey(path)).toEqual(made);
    expect(extensionId(Buffer.from(made.manifestKey, 'base64'))).toBe(made.id);
  });

  it('never overwrites a key (a new key would be a new extension)', () => {
    const path = join(dir, 'trust.pem');
    const first = newKey(path);
    expect(() => newKey(path)).toThrow(/already exists/);
    expect(readKey(path)).toEqual(first);
  });

  it('says plainly when the key is missing or is not a private key', () => {
    expect(() => readKey(join(dir, 'missing.pem'))).toThrow(/Can't read the key/);
    writeFileSync(join(dir, 'bad.pem'), 'not a key');
    expect(() => readKey(join(dir, 'bad.pem'))).toThrow(/not a private key in PEM format/);
  });
});

describe('the base URL', () => {
  it('is https (http only on this computer), a folder, with no query or credentials', () => {
    expect(checkBaseUrl('https://intranet.example.nhs.uk/tbyp')).toBe('https://intranet.example.nhs.uk/tbyp/');
    expect(checkBaseUrl('http://127.0.0.1:8080/tbyp/')).toBe('http://127.0.0.1:8080/tbyp/');
    expect(() => checkBaseUrl('http://intranet.example.nhs.uk/tbyp/')).toThrow(/must start with https/);
    expect(() => checkBaseUrl('https://intranet.example.nhs.uk/tbyp/?token=1')).toThrow(/plain folder/);
    expect(() => checkBaseUrl('https://it:secret@intranet.example.nhs.uk/')).toThrow(/plain folder/);
    expect(() => checkBaseUrl('intranet/tbyp')).toThrow(/must be a web address/);
  });
});

describe('updates.xml', () => {
  it('is gupdate protocol 2.0 naming the id, the version and where the CRX is', () => {
    const xml = updatesXml(CHROME_ID, '1.2.3', "https://intranet.example.nhs.uk/tbyp/a&b's.crx");
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml);
    expect(parsed.gupdate).toMatchObject({ xmlns: 'http://www.google.com/update2/response', protocol: '2.0' });
    expect(parsed.gupdate.app).toEqual({ appid: CHROME_ID, updatecheck: { codebase: "https://intranet.example.nhs.uk/tbyp/a&b's.crx", version: '1.2.3' } });
  });
});

describe('npm run package (arguments)', () => {
  it('asks for what it needs, and makes a key on request without packaging', () => {
    const logs: string[] = [];
    const errors: string[] = [];
    const restore = [console.log, console.error];
    console.log = (m: string) => logs.push(m);
    console.error = (m: string) => errors.push(m);
    try {
      expect(main([])).toBe(2);
      expect(main(['--key', join(dir, 'k.pem'), '--bogus'])).toBe(2);
      expect(main(['--key', join(dir, 'k.pem'), '--new-key'])).toBe(0);
      expect(logs.at(-1)).toBe(`Extension id: ${readKey(join(dir, 'k.pem')).id}`);
      expect(main(['--key', join(dir, 'k.pem'), '--new-key'])).toBe(1);
      expect(main(['--key', join(dir, 'k.pem'), '--base-url', 'ftp://x/'])).toBe(1);
      expect(errors.join('\n')).toMatch(/already exists[\s\S]*must start with https/);
    } finally {
      [console.log, console.error] = restore;
    }
  });
});
