// Wording shared by the options page and the popup (words in locales/, English and Welsh).
import { isPaused, type Settings, type TrustPolicy } from '../settings';
import cy from '../../locales/cy.json';
import en from '../../locales/en.json';
import { addMessages, currentLang, t, type MessageKey } from '../ui/i18n';
import type { FindingWords } from '../engine/types';
import { humanise, inLanguage, type Worded } from '../ui/labels';

// The extension's pages can be switched to either language, so they bundle every word.
addMessages({ en, cy });

const SEVERITY_LABELS: Record<string, MessageKey> = { high: 'severity.high', warning: 'severity.warning', info: 'severity.info' };

export function severityLabel(severity: string): string {
  const key = SEVERITY_LABELS[severity];
  return key ? t(key) : severity;
}

/**
 * The rule's own short title in the language in use (English when its pack gives none in that
 * language), or a name made from its id ("patient.nhs-number" -> "Nhs number").
 */
export function ruleTitle(rule: { id: string; title?: string; translations?: Partial<Record<string, FindingWords>> }): Worded {
  return inLanguage({ title: rule.title ?? humanise(rule.id) }, rule.translations).title;
}

/** "14:05" in the language in use. */
export const timeOf = (at: number) => new Date(at).toLocaleTimeString(currentLang(), { hour: '2-digit', minute: '2-digit' });
/** Is `at` on the same local day as `now`? */
export const sameDay = (at: number, now: number) => new Date(at).toDateString() === new Date(now).toDateString();

/** "Checking is paused until 14:05." (or "until tomorrow"), or undefined when not paused. */
export function pausedText(settings: Settings, policy: TrustPolicy, now: number): string | undefined {
  if (!isPaused(settings, policy, now) || settings.pausedUntil === undefined) return undefined;
  const until = new Date(settings.pausedUntil);
  if (sameDay(settings.pausedUntil, now)) return t('common.pausedUntilTime', { time: timeOf(settings.pausedUntil) });
  // "Until tomorrow" only when it really ends at the start of tomorrow; otherwise its real end.
  if (settings.pausedUntil === startOfTomorrow(now)) return t('common.pausedUntilTomorrow');
  const date = until.toLocaleDateString(currentLang(), { weekday: 'long', day: 'numeric', month: 'long' });
  return t('common.pausedUntilDate', { date, time: timeOf(settings.pausedUntil) });
}

/** When "pause until tomorrow" ends: the start of the next day, local time. */
export function startOfTomorrow(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

/** The page's language and title follow the words in use. */
export function labelPage(title: string): void {
  document.documentElement.lang = currentLang();
  document.title = title;
}

export const HOUR_MS = 60 * 60 * 1000;

/** "2 Dec 2026, 10:45" in the language in use; the text as it is when it isn't a date. */
export function dateTime(iso: string): string {
  const at = Date.parse(iso);
  if (!Number.isFinite(at)) return iso;
  return new Date(at).toLocaleString(currentLang(), { dateStyle: 'medium', timeStyle: 'short' });
}
