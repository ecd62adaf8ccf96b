// Wording and ordering shared by the UI. Plain British English and Welsh (locales/): short, kind, specific,
// never scolding.
import type { Finding } from '../engine/types';
import { t, type MessageKey } from './i18n';

const CATEGORY_LABELS: Record<string, MessageKey> = {
  'patient-details': 'category.patientDetails',
  confidentiality: 'category.confidentiality',
  rudeness: 'category.rudeness',
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

export function introText(count: number, account?: 'personal' | 'professional' | 'both'): string {
  if (count === 0) return t('nudge.nothing');
  if (account === 'personal') return t('nudge.introPersonal', count);
  if (account === 'professional') return t('nudge.introProfessional', count);
  return t('nudge.intro', count);
}

export function badgeLabel(count: number, checking: boolean, paused = false, notChecked = false): string {
  if (paused) return t('badge.paused');
  if (notChecked) return t('badge.notChecked');
  if (checking) return t('badge.checking');
  if (count <= 0) return t('badge.clear');
  return t('badge.count', count);
}
