// Wording and ordering shared by the UI. Plain British English and Welsh (locales/): short, kind, specific,
// never scolding.
import type { Finding, FindingWords } from '../engine/types';
import { currentLang, t, type MessageKey } from './i18n';
import type { DeclaredCategory, LockOwner, Names, UndoOffer } from './types';

const CATEGORY_LABELS: Record<string, MessageKey> = {
  'patient-details': 'category.patientDetails',
  confidentiality: 'category.confidentiality',
  rudeness: 'category.rudeness',
  unchecked: 'category.unchecked',
};

/** Order in which groups are listed: patient details first, then confidentiality, rudeness, then the rest. */
const CATEGORY_ORDER = ['patient-details', 'confidentiality', 'rudeness'];

const SEVERITY_ORDER: Record<string, number> = { high: 0, warning: 1, info: 2 };

/** "political-activity" -> "Political activity"; "trust.brandUse" -> "Brand use". */
export function humanise(id: string): string {
  const last = String(id ?? '')
    .split(/[./:]/)
    .filter(Boolean)
    .pop();
  const words = (last ?? '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[-_\s]+/g, ' ')
    .trim()
    .toLowerCase();
  if (!words) return t('category.unnamed');
  return words[0]!.toUpperCase() + words.slice(1);
}

/**
 * A category's name in the language in use: ours for our own; for one a pack declares, the pack's name
 * (in the language in use when the pack gives it, else English, marked so); else one made from its id.
 */
export function categoryName(category: string, declared?: ReadonlyMap<string, DeclaredCategory>): Worded {
  const key = CATEGORY_LABELS[category];
  if (key) return own(t(key));
  const pack = declared?.get(category);
  return (pack && inLanguage({ name: pack.name }, pack.translations).name) || worded(humanise(category), 'en');
}

export function categoryLabel(category: string, declared?: ReadonlyMap<string, DeclaredCategory>): string {
  return categoryName(category, declared).text;
}

/** A lock reason's words in other languages ("translations": { "cy": { "reason": "..." } }). */
export type LockTranslations = Partial<Record<string, { reason?: string }>>;

/**
 * t() with some values that may be in another language: the message split into parts, so each part
 * can carry its own lang. t('nudge.locked', { owner, reason }) -> [own, reason (maybe lang="en"), ...].
 */
type PhraseValues = Record<string, string | number | Worded | Worded[]>;

export function phrase(key: MessageKey, countOrNamed?: number | PhraseValues, named?: PhraseValues): Worded[] {
  const values = (typeof countOrNamed === 'object' ? countOrNamed : named) ?? {};
  const marks: Record<string, string> = {};
  for (const name of Object.keys(values)) marks[name] = `\u0000${name}\u0000`;
  const message = typeof countOrNamed === 'number' ? t(key, countOrNamed, marks) : t(key, marks);
  const parts: Worded[] = [];
  message.split(/\u0000([A-Za-z0-9_]+)\u0000/).forEach((part, i) => {
    const value = i % 2 === 1 ? values[part] : part;
    const words = Array.isArray(value) ? value : [typeof value === 'object' ? value : { text: String(value ?? '') }];
    for (const word of words) {
      if (!word.text) continue;
      const last = parts[parts.length - 1];
      if (last && last.lang === word.lang) last.text += word.text;
      else parts.push({ ...word });
    }
  });
  return parts;
}

/**
 * Findings in display order: by category group (patient details, confidentiality, rudeness, others
 * alphabetically), then by severity (high first), then by where they appear in the draft. Stable.
 */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  const rank = (c: string) => {
    const i = CATEGORY_ORDER.indexOf(c);
    return i === -1 ? CATEGORY_ORDER.length : i;
  };
  const firstAt = (f: Finding) => (f.spans && f.spans.length ? Math.min(...f.spans.map((s) => s.start)) : Infinity);
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        rank(a.f.category) - rank(b.f.category) ||
        (rank(a.f.category) === CATEGORY_ORDER.length ? a.f.category.localeCompare(b.f.category) : 0) ||
        (SEVERITY_ORDER[a.f.severity] ?? 3) - (SEVERITY_ORDER[b.f.severity] ?? 3) ||
        firstAt(a.f) - firstAt(b.f) ||
        a.i - b.i,
    )
    .map(({ f }) => f);
}

/**
 * Words and, when they are not in the language in use, the language they are in: a Welsh page shows a
 * pack's English where the pack gives no Welsh, and that English must be marked lang="en" (WCAG 2.2
 * 3.1.2, language of parts) so screen readers say it in English. <Say> (./say.tsx) renders it.
 */
export interface Worded {
  text: string;
  lang?: string;
}

/** The primary language in use: "en" or "cy". */
export function uiLanguage(): string {
  return currentLang().split('-')[0]!.toLowerCase();
}

/** `text`, written in `language`, marked with it when that is not the language in use. */
export function worded(text: string, language: string): Worded {
  return language === uiLanguage() ? { text } : { text, lang: language };
}

/** The words in use, in the language in use: words from the locale files are always that language. */
const own = (text: string): Worded => ({ text });

/** Just the text (for aria-labels, titles and status messages, which carry no markup). */
export function plain(words: Worded | readonly Worded[]): string {
  return Array.isArray(words) ? words.map((w) => w.text).join('') : (words as Worded).text;
}

type Picked<T> = { [K in keyof T]: Worded };

/**
 * A rule's words in the language in use: the pack's translation ("translations": { "cy": ... }) field
 * by field, English (marked as English) where the pack gives none. The one place that picks a
 * pack's words, so the one place that says which language it picked.
 */
export function inLanguage<T extends Partial<Record<keyof T, string>>>(
  english: T,
  translations: Partial<Record<string, Partial<Record<keyof T, string>>>> | undefined,
  mustHaveEnglish: readonly string[] = ['message', 'why', 'suggestion', 'reason'],
): Picked<T> {
  const language = uiLanguage();
  const words = translations?.[language];
  const out = {} as Picked<T>;
  for (const field of new Set([...Object.keys(english), ...Object.keys(words ?? {})]) as Set<keyof T & string>) {
    const mine = words?.[field];
    // A translation never adds a field the English leaves out (a Welsh suggestion with no English one);
    // a title may be given in Welsh alone, as the English title falls back to a name made from the id.
    if (mine !== undefined && (english[field] !== undefined || !mustHaveEnglish.includes(field))) out[field] = { text: mine };
    else if (english[field] !== undefined) out[field] = worded(english[field] as string, 'en');
  }
  return out;
}

/** A finding's message, why and suggestion in the language in use. */
export function findingWords(finding: Finding): { message: Worded; why: Worded; suggestion?: Worded } {
  const english: FindingWords = { message: finding.message, why: finding.why, ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}) };
  const { message, why, suggestion } = inLanguage(english, finding.translations);
  return { message: message!, why: why!, ...(suggestion !== undefined ? { suggestion } : {}) };
}

/** What a finding is about, in a few words: its rule's short name, else its category. */
export function findingName(finding: Finding, names?: Names): Worded {
  const title = names?.titles?.get(finding.ruleId);
  return inLanguage(title !== undefined ? { title } : ({} as { title?: string }), finding.translations).title ?? categoryName(finding.category, names?.categories);
}

/** A lock's reason in the language in use (a pack or policy may give it in Welsh). */
export function lockReason(reason: string, translations?: LockTranslations): Worded {
  return inLanguage({ reason }, translations).reason!;
}

/** "Patient names" -> "patient names"; "NHS numbers" stays (an acronym). */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLocaleLowerCase() + name.slice(1) : name;
}

/** The nudge's one-line summary: "2 things to check: patient names, NHS numbers" (each name in its own language). */
export function summaryText(findings: readonly Finding[], names?: Names): Worded[] {
  if (findings.length === 0) return [own(t('nudge.nothing'))];
  const seen = new Set<string>();
  const list = findings
    .map((f) => findingName(f, names))
    .map((w) => ({ ...w, text: inSentence(w.text) }))
    .filter((w) => !seen.has(w.text) && seen.add(w.text))
    .flatMap((w, i) => (i === 0 ? [w] : [own(', '), w]));
  return phrase('nudge.summary', findings.length, { list });
}

/** "Locked on by Northvale NHS Trust: reason" / "… by a pack you imported (My words) …" / "… by the standard checks …". */
export function lockText(owner: LockOwner | undefined, reason: string | Worded): Worded[] {
  const said = typeof reason === 'string' ? own(reason.trim()) : { ...reason, text: reason.text.trim() };
  const who =
    owner?.by === 'imported'
      ? t('nudge.ownerImported', { name: owner.name ?? '' })
      : owner?.by === 'built-in'
        ? t('nudge.ownerBuiltIn')
        : (owner?.name ?? t('nudge.ownerTrust'));
  return said.text ? phrase('nudge.locked', { owner: who, reason: said }) : phrase('nudge.lockedNoReason', { owner: who });
}

const UNDO_WORDS: Record<UndoOffer['kind'], MessageKey> = {
  draft: 'nudge.setAside',
  off: 'nudge.switchedOff',
  wrong: 'nudge.notedWrong',
  undone: 'nudge.undone',
};

/** What the Undo line says after a finding was set aside, switched off, noted as wrong, or brought back. */
export function undoText(offer: UndoOffer, names?: Names): Worded[] {
  return phrase(UNDO_WORDS[offer.kind], { rule: findingName(offer.finding, names) });
}

export function introText(count: number, account?: 'personal' | 'professional' | 'both'): string {
  if (count === 0) return t('nudge.nothing');
  if (account === 'personal') return t('nudge.introPersonal', count);
  if (account === 'professional') return t('nudge.introProfessional', count);
  return t('nudge.intro', count);
}

export function badgeLabel(count: number, checking: boolean, paused = false, notChecked = false, severity?: string): string {
  if (paused) return t('badge.paused');
  if (notChecked) return t('badge.notChecked');
  if (checking) return t('badge.checking');
  if (count <= 0) return t('badge.clear');
  const level = severity === 'high' ? t('badge.high') : '';
  return `${level ? `${level} ` : ''}${t('badge.count', count)}`;
}
