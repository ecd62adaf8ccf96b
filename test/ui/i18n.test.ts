// The English and Welsh words (locales/*.json): both complete, with the same placeholders, and read the
// way the browser reads the messages.json files WXT's i18n module makes from them.
import { join } from 'node:path';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { afterEach, describe, expect, it } from 'vitest';
import { BUNDLED, setLanguage, t } from '../../src/ui/i18n';
import '../../src/options/words'; // bundles the pages' words too, as the extension's pages do
import { badgeLabel, categoryLabel } from '../../src/ui/labels';

const LOCALES = join(import.meta.dirname, '../../locales');
const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]|\{[A-Za-z0-9_]+\}/g) ?? [])].sort();
const forms = (message: string) => message.split(' | ').length;

describe('locales', () => {
  afterEach(() => setLanguage('browser'));

  for (const [language, other] of [['en', 'cy'], ['cy', 'en']] as const) {
    it(`every ${language} message is in ${other} too, and none is empty`, () => {
      const missing = Object.keys(BUNDLED[language]).filter((key) => !(key in BUNDLED[other]));
      expect(missing).toEqual([]);
      const empty = Object.entries(BUNDLED[language]).filter(([, m]) => m.split(' | ').some((form) => form.trim() === ''));
      expect(empty).toEqual([]);
    });
  }

  it('each message has the same placeholders and plural forms in both languages', () => {
    const differ = Object.keys(BUNDLED.en).filter(
      (key) => placeholders(BUNDLED.en[key]!).join() !== placeholders(BUNDLED.cy[key]!).join() || forms(BUNDLED.en[key]!) !== forms(BUNDLED.cy[key]!),
    );
    expect(differ).toEqual([]);
  });

  it('reads the words exactly as the browser gets them from the generated messages.json', async () => {
    for (const language of ['en', 'cy'] as const) {
      const generated = generateChromeMessages(await parseMessagesFile(join(LOCALES, `${language}.json`)));
      const asBrowser = Object.fromEntries(Object.entries(generated).map(([key, value]) => [key, value.message]));
      expect(BUNDLED[language]).toEqual(asBrowser);
      // Chrome accepts only these characters in message names.
      expect(Object.keys(generated).filter((key) => !/^[A-Za-z0-9_]+$/.test(key))).toEqual([]);
    }
  });

  it('fails the check above when a key is missing or a placeholder differs (control)', () => {
    const cy = { ...BUNDLED.cy };
    delete cy.nudge_title;
    cy.options_sites_added = 'Wedi ychwanegu {tarddiad}.';
    expect(Object.keys(BUNDLED.en).filter((key) => !(key in cy))).toEqual(['nudge_title']);
    expect(placeholders(BUNDLED.en.options_sites_added!)).not.toEqual(placeholders(cy.options_sites_added));
  });

  it('uses the chosen language, with plural forms and named placeholders', () => {
    setLanguage('cy');
    expect(t('nudge.postAnyway')).toBe('Postio beth bynnag');
    expect(badgeLabel(1, false)).toBe("1 peth i'w wirio cyn i chi bostio");
    expect(badgeLabel(3, false)).toBe("3 o bethau i'w gwirio cyn i chi bostio");
    expect(badgeLabel(0, false, false, true)).toMatch(/^Heb ei wirio yma: /);
    expect(categoryLabel('patient-details')).toBe('Manylion cleifion');
    expect(t('options.sites.added', { origin: 'https://a.example' })).toContain('Wedi ychwanegu https://a.example.');
    expect(t('popup.reconsidered', 0)).toBe("Dim negeseuon wedi'u hailystyried yr wythnos hon.");
    setLanguage('en');
    expect(t('popup.reconsidered', 2)).toBe('You went back to edit 2 posts this week after a reminder.');
    expect(t('options.packs.notImported', 1, { file: 'a.json' })).toBe('a.json was not imported: 1 problem to fix.');
  });

  it('follows the browser (English where the browser has no words, as in these tests)', () => {
    setLanguage('browser');
    expect(t('nudge.title')).toBe('Before you post');
    setLanguage('fr' as never);
    expect(t('nudge.title')).toBe('Before you post');
  });
});
