// Messages between the content script and the background service worker. Drafts travel only
// inside the browser (runtime messaging); nothing is stored or logged.
import type { Context, Finding } from '../engine/types';
import type { LockReason } from '../packs/types';
import type { DeclaredCategory } from '../ui/types';
import type { LockOwner, PackHelp } from '../settings/effective';

export interface CheckRequest {
  type: 'tbyp/check';
  text: string;
  context: Context;
}

export interface CheckResponse {
  findings: Finding[];
  /** Locked rule id -> the trust's reason (and its translations), for the rules among `findings` that are locked on. */
  locked: Record<string, LockReason>;
  /** Locked rule id -> whose lock it is, for the rules in `locked`. */
  lockedBy?: Record<string, LockOwner>;
  /** Rule id -> the rule's short name, for the rules among `findings` that have one. */
  titles?: Record<string, string>;
  /** Category id -> how its pack names it, for the categories of `findings` that a pack declared. */
  categories?: Record<string, DeclaredCategory>;
  /** Who to ask, and the social media policy, when a pack gives them. */
  help?: PackHelp;
  /** The person switched checking off here (a paused coach or a site switched off): post untouched. */
  inactive?: true;
  /** With `inactive` from a pause: when the pause ends (epoch ms). */
  inactiveUntil?: number;
  /** Which account the person posts from (options page), to tailor the wording. */
  account?: 'personal' | 'professional' | 'both';
}

/** Sent when a compose box gets focus: wakes the service worker and compiles the rules early. */
export interface WarmRequest {
  type: 'tbyp/warm';
}

/** Is checking on for this site on the sender's page? Asked when a compose box gets focus. */
export interface StatusRequest {
  type: 'tbyp/status';
  site: string;
}

/** The answer to a StatusRequest: as a CheckResponse says it, without a check. */
export type StatusResponse = Pick<CheckResponse, 'inactive' | 'inactiveUntil'>;

/** "Don't warn me about this": a rule id, never text. */
export interface DismissRuleRequest {
  type: 'tbyp/dismiss-rule';
  ruleId: string;
}

/** Undo of a switch-off from the nudge: the rule id back on. */
export interface RestoreRuleRequest {
  type: 'tbyp/restore-rule';
  ruleId: string;
}

/** "This warning is wrong": the rule id; the background adds the site from the sender (never text). */
export interface ReportWrongRequest {
  type: 'tbyp/report-wrong';
  ruleId: string;
}

/** The person went back to edit after a nudge: counted (a number per day, never text). */
export interface ReconsideredRequest {
  type: 'tbyp/reconsidered';
}

export type Request = CheckRequest | WarmRequest | StatusRequest | DismissRuleRequest | RestoreRuleRequest | ReportWrongRequest | ReconsideredRequest;

export function isRequest(message: unknown): message is Request {
  if (!message || typeof message !== 'object') return false;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'tbyp/check':
      return typeof m.text === 'string' && !!m.context && typeof m.context === 'object';
    case 'tbyp/warm':
    case 'tbyp/reconsidered':
      return true;
    case 'tbyp/status':
      return typeof m.site === 'string';
    case 'tbyp/dismiss-rule':
    case 'tbyp/restore-rule':
    case 'tbyp/report-wrong':
      return typeof m.ruleId === 'string' && m.ruleId.length <= 200;
    default:
      return false;
  }
}
