// Every snippet in docs/trust-it.md is valid and names the right ids. The Linux policy file is also
// deployed for real by test/browser/force-install.test.ts.
import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { CRX_NAME, updatesXml } from '../../scripts/package';
import { CHROME_ID, FIREFOX_ID } from '../../wxt.config';
import { EXAMPLE_BASE_URL, EXAMPLE_ID, TRUST_DOC, docSnippet, docSnippets } from './trust-doc';

const snippets = docSnippets();
const where = (s: { line: number }) => `docs/trust-it.md:${s.line}`;
/** Anything shaped like a Chrome extension id. */
const chromeIds = (text: string) => [...new Set(text.match(/\b[a-p]{32}\b/g) ?? [])];

describe('docs/trust-it.md', () => {
  it('has no placeholder left', () => {
    expect(readFileSync(TRUST_DOC, 'utf8')).not.toMatch(/EXTENSION_ID|ADDON_SLUG|<id>|YOUR_|\bTODO\b|\.\.\.\s*\(/);
  });

  it('every JSON snippet parses and every XML snippet is well-formed', () => {
    for (const s of snippets.filter((s) => s.lang === 'json')) expect(() => JSON.parse(s.text), where(s)).not.toThrow();
    const xml = snippets.filter((s) => s.lang === 'xml');
    expect(xml.length).toBeGreaterThanOrEqual(3);
    for (const s of xml) expect(XMLValidator.validate(s.text), where(s)).toBe(true);
  });

  it('every Chrome and Edge snippet names the id the example key gave, and nothing else', () => {
    expect(docSnippet('new-key-output')).toContain(`Extension id: ${EXAMPLE_ID}`);
    expect(docSnippet('package-output')).toContain(`Extension id: ${EXAMPLE_ID}`);
    for (const s of snippets) {
      const ids = chromeIds(s.text);
      if (ids.length) expect(ids, where(s)).toEqual([EXAMPLE_ID]);
    }
    expect(chromeIds(snippets.map((s) => s.text).join('\n'))).not.toContain(CHROME_ID);
  });

  it('updates.xml is exactly what npm run package writes for the example', () => {
    const text = docSnippet('updates-xml');
    const version = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(text).gupdate.app.updatecheck.version as string;
    expect(`${text}\n`).toBe(updatesXml(EXAMPLE_ID, version, `${EXAMPLE_BASE_URL}${CRX_NAME}-${version}.crx`));
    expect(docSnippet('package-output')).toContain(`Force-install policy: ${EXAMPLE_ID};${EXAMPLE_BASE_URL}updates.xml`);
  });

  it('the Linux policy force-installs from the example updates.xml and sets the trust policy for that id', () => {
    const policy = JSON.parse(docSnippet('linux-policy'));
    expect(policy.ExtensionInstallForcelist).toEqual([`${EXAMPLE_ID};${EXAMPLE_BASE_URL}updates.xml`]);
    expect(Object.keys(policy['3rdparty'].extensions)).toEqual([EXAMPLE_ID]);
    expect(policy['3rdparty'].extensions[EXAMPLE_ID].refreshUrl).toBe(`${EXAMPLE_BASE_URL}northvale-trust.json`);
    const settings = JSON.parse(docSnippet('linux-extension-settings'));
    expect(settings.ExtensionSettings[EXAMPLE_ID]).toEqual({ installation_mode: 'force_installed', update_url: `${EXAMPLE_BASE_URL}updates.xml` });
  });

  it('the Windows registry file and scripts name the same id and update URL for Chrome and Edge', () => {
    const reg = docSnippet('windows-reg');
    for (const browser of ['Google\\Chrome', 'Microsoft\\Edge']) {
      expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browser}\\ExtensionInstallForcelist]\n"1"="${EXAMPLE_ID};${EXAMPLE_BASE_URL}updates.xml"`);
      expect(reg).toContain(`[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\${browser}\\3rdparty\\extensions\\${EXAMPLE_ID}\\policy]`);
    }
    // Every JSON-in-a-string value in the .reg file is valid JSON once the .reg escapes are undone.
    for (const [, value] of reg.matchAll(/^"\w+"="(\[.*\])"$/gm)) expect(() => JSON.parse(value!.replace(/\\"/g, '"'))).not.toThrow();
    expect(docSnippet('intune-powershell')).toContain(`$id = '${EXAMPLE_ID}'`);
    expect(docSnippet('windows-pack-powershell')).toContain(`\\extensions\\${EXAMPLE_ID}\\policy\\packs\\1'`);
    const admx = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(docSnippet('intune-admx'));
    for (const policy of admx.policyDefinitions.policies.policy) expect(policy.key).toBe(`Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${EXAMPLE_ID}\\policy`);
  });

  it("Firefox's policies.json force-installs the signed add-on by its real id and sets the trust policy for it", () => {
    const { policies } = JSON.parse(docSnippet('firefox-policies'));
    expect(policies.ExtensionSettings).toEqual({
      [FIREFOX_ID]: { installation_mode: 'force_installed', install_url: expect.stringMatching(new RegExp(`^${EXAMPLE_BASE_URL.replace(/\./g, '\\.')}think-before-you-post-[\\d.]+\\.xpi$`)) },
    });
    expect(Object.keys(policies['3rdparty'].Extensions)).toEqual([FIREFOX_ID]);
  });
});
