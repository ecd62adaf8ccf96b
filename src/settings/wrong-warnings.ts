// "This warning is wrong": a list kept in this browser of which rule the person thought was wrong, on
// which site and when. Never the draft: only a rule id, a hostname and a time. The person can copy it or
// save it as a file for their organisation's information governance team; nothing sends it anywhere.
// Pure: src/store reads and writes it.
import { ID_PATTERN } from '../packs/format';

export interface WrongWarning {
  ruleId: string;
  /** The hostname of the page ("x.com"). */
  site: string;
  /** ISO 8601. */
  at: string;
}

/** The newest this many are kept. */
export const MAX_WRONG_WARNINGS = 200;
const HOSTNAME = /^[a-z0-9.-]{1,253}$/;

/** Whatever is stored -> the well-formed entries (oldest first). */
export function wrongWarnings(stored: unknown): WrongWarning[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (e): e is WrongWarning =>
      !!e && typeof e === 'object' && typeof e.ruleId === 'string' && ID_PATTERN.test(e.ruleId) && typeof e.site === 'string' && HOSTNAME.test(e.site) && typeof e.at === 'string' && Number.isFinite(Date.parse(e.at)),
  ).map(({ ruleId, site, at }) => ({ ruleId, site, at }));
}

/** The list with one more entry (the oldest dropped past MAX_WRONG_WARNINGS); unchanged if the entry is malformed. */
export function addWrongWarning(list: readonly WrongWarning[], ruleId: string, site: string, now: Date): WrongWarning[] {
  const entry = { ruleId, site: site.toLowerCase(), at: now.toISOString() };
  if (wrongWarnings([entry]).length === 0) return [...list];
  return [...list, entry].slice(-MAX_WRONG_WARNINGS);
}

/** The list as a file to send: JSON with a kind marker, and the promise that it holds no post. */
export function exportWrongWarnings(list: readonly WrongWarning[]): string {
  return JSON.stringify({ kind: 'tbyp-wrong-warnings', note: 'Rule ids, sites and times only: no post text.', warnings: list }, null, 2) + '\n';
}
