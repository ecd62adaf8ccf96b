// Wording and ordering shared by the UI. Plain British English and Welsh (locales/): short, kind, specific,
// never scolding.
import type { Finding, FindingWords } from '../engine/types';
import { currentLang, t, type MessageKey } from './i18n';
import type { LockOwner, UndoOffer } from './types';

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

export function categoryLabel(category: string): string {
  const key = CATEGORY_LABELS[category];
  return key ? t(key) : humanise(category);
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
 * A rule's words in the language in use: the pack's translation ("translations": { "cy": ... }) field
 * by field, English where the pack gives none.
 */
export function inLanguage<T extends FindingWords>(english: T, translations: Partial<Record<string, FindingWords>> | undefined): T {
  const words = translations?.[currentLang().split('-')[0]!.toLowerCase()];
  if (!words) return english;
  const out = { ...english };
  for (const field of ['title', 'message', 'why', 'suggestion'] as const) {
    if (words[field] !== undefined && (english[field] !== undefined || field === 'title')) (out as FindingWords)[field] = words[field];
  }
  return out;
}

/** A finding's message, why and suggestion in the language in use. */
export function findingWords(finding: Finding): Pick<Finding, 'message' | 'why' | 'suggestion'> {
  const english: FindingWords = { message: finding.message, why: finding.why, ...(finding.suggestion !== undefined ? { suggestion: finding.suggestion } : {}) };
  const { message, why, suggestion } = inLanguage(english, finding.translations);
  return { message: message!, why: why!, ...(suggestion !== undefined ? { suggestion } : {}) };
}

/** What a finding is about, in a few words: its rule's short name, else its category. */
export function findingName(finding: Finding, titles?: ReadonlyMap<string, string>): string {
  const own = titles?.get(finding.ruleId);
  return inLanguage(own !== undefined ? { title: own } : {}, finding.translations).title ?? categoryLabel(finding.category);
}

/** "Patient names" -> "patient names"; "NHS numbers" stays (an acronym). */
function inSentence(name: string): string {
  return /^\p{Lu}\p{Ll}/u.test(name) ? name[0]!.toLocaleLowerCase() + name.slice(1) : name;
}

/** The nudge's one-line summary: "2 things to check: patient names, NHS numbers". */
export function summaryText(findings: readonly Finding[], titles?: ReadonlyMap<string, string>): string {
  if (findings.length === 0) return t('nudge.nothing');
  const names = [...new Set(findings.map((f) => inSentence(findingName(f, titles))))];
  return t('nudge.summary', findings.length, { list: names.join(', ') });
}

/** "Locked on by Northvale NHS Trust: reason" / "… by a pack you imported (My words) …" / "… by the standard checks …". */
export function lockText(owner: LockOwner | undefined, reason: string): string {
  const who =
    owner?.by === 'imported'
      ? t('nudge.ownerImported', { name: owner.name ?? '' })
      : owner?.by === 'built-in'
        ? t('nudge.ownerBuiltIn')
        : (owner?.name ?? t('nudge.ownerTrust'));
  return reason.trim() ? t('nudge.locked', { owner: who, reason: reason.trim() }) : t('nudge.lockedNoReason', { owner: who });
}

const UNDO_WORDS: Record<UndoOffer['kind'], MessageKey> = {
  draft: 'nudge.setAside',
  off: 'nudge.switchedOff',
  wrong: 'nudge.notedWrong',
  undone: 'nudge.undone',
};

/** What the Undo line says after a finding was set aside, switched off, noted as wrong, or brought back. */
export function undoText(offer: UndoOffer, titles?: ReadonlyMap<string, string>): string {
  return t(UNDO_WORDS[offer.kind], { rule: findingName(offer.finding, titles) });
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
