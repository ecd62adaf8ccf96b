// Every word the extension shows, in English or Welsh. The words live in locales/en.json and
// locales/cy.json; WXT's i18n module (@wxt-dev/i18n) turns them into the browser's _locales/*/messages.json
// and into the key types used here.
//
// "Follow the browser" (the default) asks the browser's own i18n (browser.i18n.getMessage), which picks
// the browser's language and falls back to English. When the person chooses English or Cymraeg in the
// options page, the same words come from the locale files bundled here: browser.i18n can't be told to
// use another language. Plural forms and {named} substitutions follow @wxt-dev/i18n's rules.
//
// The choice is kept in storage.local (src/store/language.ts) and read when this module loads (top-level
// await, bounded), so the nudge, the popup and the pages don't draw in the other language first.
import { browser } from '@wxt-dev/browser';
import type { GeneratedI18nStructure } from '#i18n';
import { readLanguage, watchLanguage, writeLanguage } from '../store/language';
import * as cy from '../../locales/cy.json';
import * as en from '../../locales/en.json';

export type MessageKey = keyof GeneratedI18nStructure;
import { LANGUAGE_CHOICES, type LanguageChoice } from '../settings/language';

export { LANGUAGE_CHOICES, type LanguageChoice };
export type Language = Exclude<LanguageChoice, 'browser'>;

type Nested = { [key: string]: string | Nested };

/** The nested locale file as the browser sees it: "a.b" -> "a_b"; plural forms joined with " | ". */
export function flatten(messages: Nested, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (typeof value === 'string') out[name] = value;
    else if (Object.keys(value).every((k) => k === 'n' || Number.isFinite(Number(k)))) out[name] = Object.values(value).join(' | ');
    else Object.assign(out, flatten(value, name));
  }
  return out;
}

/**
 * The words bundled for a chosen language. Only the nudge's, badge's and photo reminder's here, so the
 * UI module every page loads at first focus doesn't carry the pages' words; the extension's own pages
 * add the rest (addMessages, from src/options/words.ts).
 */
export const BUNDLED: Record<Language, Record<string, string>> = {
  en: flatten({ meta: en.meta, category: en.category, nudge: en.nudge, badge: en.badge, photo: en.photo } as Nested),
  cy: flatten({ meta: cy.meta, category: cy.category, nudge: cy.nudge, badge: cy.badge, photo: cy.photo } as Nested),
};

/** Bundle more words (whole locale files) for a chosen language. */
export function addMessages(messages: Record<Language, object>): void {
  for (const language of ['en', 'cy'] as const) Object.assign(BUNDLED[language], flatten(messages[language] as Nested));
}

let choice: LanguageChoice = 'browser';

/** Which language the words come from (the options page's choice; "browser" by default). */
export function setLanguage(next: LanguageChoice): void {
  choice = (LANGUAGE_CHOICES as readonly string[]).includes(next) ? next : 'browser';
}

export function languageChoice(): LanguageChoice {
  return choice;
}

/** Use `next` here and in every page and tab from now on. */
export async function saveLanguage(next: LanguageChoice): Promise<void> {
  setLanguage(next);
  await writeLanguage(choice);
}

async function readStoredChoice(): Promise<void> {
  try {
    setLanguage((await readLanguage()) as LanguageChoice);
    // A choice made in the options page while this page or tab is open applies from the next thing drawn.
    watchLanguage((next) => setLanguage(next as LanguageChoice));
  } catch {
    // No extension storage (unit tests, or the extension was reloaded under this tab): the browser's language.
  }
}

// Wait for the stored choice, but not for long: with the browser busy, storage can answer late, and the
// nudge never waits on a language (until the answer comes it uses the browser's).
const CHOICE_WAIT_MS = 100;
await Promise.race([readStoredChoice(), new Promise((resolve) => setTimeout(resolve, CHOICE_WAIT_MS))]);

/** $1..$9 as browser.i18n replaces them ($$ is a dollar sign). */
function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_m, d: string) => (d === '$' ? '$' : (subs[Number(d) - 1] ?? '')));
}

/**
 * The browser's words as already asked for, by name and substitutions: they can't change while the page is
 * open, and each getMessage is a call into the browser (a nudge asks for dozens inside the Post click).
 */
const fromBrowserCache = new Map<string, string>();

function messageFromBrowser(name: string, subs: readonly string[]): string | undefined {
  const key = subs.length === 0 ? name : `${name}\u0000${subs.join('\u0000')}`;
  const known = fromBrowserCache.get(key);
  if (known !== undefined) return known;
  try {
    const message = browser?.i18n?.getMessage(name, subs as string[]);
    if (message) fromBrowserCache.set(key, message);
    return message || undefined;
  } catch {
    // No browser i18n (unit tests, or a page the extension was reloaded under): English instead.
    return undefined;
  }
}

function rawMessage(name: string, subs: readonly string[]): string {
  if (choice === 'browser') {
    const fromBrowser = messageFromBrowser(name, subs);
    if (fromBrowser) return fromBrowser;
  }
  const message = BUNDLED[choice === 'browser' ? 'en' : choice][name] ?? BUNDLED.en[name] ?? '';
  return substitute(message, subs);
}

type Named = Record<string, string | number>;

/**
 * The words for `key`. `count` picks a plural form (and is $1); `named` fills {placeholders}.
 *   t('nudge.title'); t('badge.count', 3); t('nudge.locked', { reason })
 */
export function t(key: MessageKey, countOrNamed?: number | Named, named?: Named): string {
  const count = typeof countOrNamed === 'number' ? countOrNamed : undefined;
  const values = typeof countOrNamed === 'object' ? countOrNamed : named;
  let message = rawMessage(key.replaceAll('.', '_'), count === undefined ? [] : [String(count)]);
  if (count !== undefined) {
    const forms = message.split(' | ');
    message = forms.length === 3 ? forms[Math.min(count, 2)]! : forms.length === 2 ? forms[count === 1 ? 0 : 1]! : forms[0]!;
  }
  if (!values) return message;
  return message.replace(/\{([A-Za-z0-9_]+)\}/g, (m, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : m));
}

/** The BCP 47 tag of the words in use ("en-GB" or "cy"): for <html lang> and dates. */
export function currentLang(): string {
  return t('meta.lang');
}
