// Wording shared by the options page and the popup. Plain British English.
import { isPaused, type Settings, type TrustPolicy } from '../settings';
import { humanise } from '../ui/labels';

export const SEVERITY_LABELS: Record<string, string> = { high: 'Important', warning: 'Worth a look', info: 'Just so you know' };

/** The rule's own short title, or a name made from its id ("patient.nhs-number" -> "Nhs number"). */
export function ruleTitle(rule: { id: string; title?: string }): string {
  return rule.title ?? humanise(rule.id);
}

const time = (at: number) => new Date(at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });

/** "Checking is paused until 14:05." (or "until tomorrow"), or undefined when not paused. */
export function pausedText(settings: Settings, policy: TrustPolicy, now: number): string | undefined {
  if (!isPaused(settings, policy, now) || settings.pausedUntil === undefined) return undefined;
  const until = new Date(settings.pausedUntil);
  const sameDay = until.toDateString() === new Date(now).toDateString();
  return `Checking is paused until ${sameDay ? time(settings.pausedUntil) : 'tomorrow'}.`;
}

/** When "pause until tomorrow" ends: the start of the next day, local time. */
export function startOfTomorrow(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
}

export const HOUR_MS = 60 * 60 * 1000;
