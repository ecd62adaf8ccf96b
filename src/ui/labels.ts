// Wording and ordering shared by the UI. Plain British English: short, kind, specific, never scolding.
import type { Finding } from '../engine/types';

const CATEGORY_LABELS: Record<string, string> = {
  'patient-details': 'Patient details',
  confidentiality: 'Confidential information',
  rudeness: 'Rudeness',
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
  if (!words) return 'Something to check';
  return words[0]!.toUpperCase() + words.slice(1);
}

export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? humanise(category);
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
  if (count === 0) return 'Nothing here needs a second look.';
  const what =
    count === 1
      ? "one thing here could cause problems once it's public"
      : "a few things here could cause problems once they're public";
  if (account === 'personal') return `A quick check: even on a personal account, ${what}.`;
  if (account === 'professional') return `A quick check: ${what}, especially on a work account.`;
  return `A quick check: ${what}.`;
}

export function badgeLabel(count: number, checking: boolean, paused = false): string {
  if (paused) return 'The coach is paused here: posts are not checked';
  if (checking) return 'Checking your post';
  if (count <= 0) return 'Nothing to flag';
  return count === 1 ? '1 thing to check before you post' : `${count} things to check before you post`;
}

export const TEXT = {
  title: 'Before you post',
  checking: 'Checking your post…',
  unavailableTitle: "We couldn't check this post",
  unavailable: "We couldn't check this post, so it went through as normal.",
  close: 'Close',
  edit: 'Edit post',
  postAnyway: 'Post anyway',
  dismiss: "Don't warn me about this",
  locked: 'Your trust keeps this check on:',
  why: 'Why it matters',
  tryInstead: 'Try instead',
  together: 'What adds up',
  inYourPost: 'In your post',
  photoTitle: 'Photo check:',
  photo: 'make sure no patient, wristband, whiteboard, screen or notes can be seen.',
  gotIt: 'Got it',
} as const;
