// The contract between the content script (which decides when to nudge) and the Preact UI (how it looks).
import type { Finding } from '../engine/types';
import type { CategoryDeclaration, LockReason } from '../packs/types';
import type { LockOwner, PackHelp } from '../settings/effective';

export type { LockOwner, PackHelp };

export type NudgeState =
  /** Still checking (shown only after 150 ms, so fast checks never flash). */
  | { kind: 'checking' }
  /** Findings to explain. */
  | { kind: 'findings'; findings: Finding[] }
  /** The checker failed or was too slow: nothing has gone yet; say so, and let the person post or edit. */
  | { kind: 'unavailable' };

/** How a pack names a category it declares (its "categories"), with the name in other languages. */
export type DeclaredCategory = Pick<CategoryDeclaration, 'name' | 'translations'>;

/** The names packs give, for the findings shown: rules' short names and declared categories' names. */
export interface Names {
  /** Rule id -> its short name ("NHS numbers"). */
  titles?: ReadonlyMap<string, string>;
  /** Category id -> how its pack names it, for categories beyond the built-in ones. */
  categories?: ReadonlyMap<string, DeclaredCategory>;
}

export interface NudgeProps {
  /** The draft exactly as typed: excerpts and highlights come from it via Finding.spans. */
  text: string;
  state: NudgeState;
  /** Rule ids locked on, with the reason (and its translations): they can be set aside for this post but not switched off. */
  locked: ReadonlyMap<string, LockReason>;
  /** Whose lock each locked rule is (the organisation, a pack the person imported, the standard checks). */
  lockedBy?: ReadonlyMap<string, LockOwner>;
  /** Rules' and declared categories' names, for each finding, the summary and the switch-off question. */
  names?: Names;
  /** Who to ask and the social media policy, when a pack gives them. */
  help?: PackHelp;
  /** What was just done to a finding, with a way back; shown (and announced) for a few seconds. */
  undo?: UndoOffer;
  /** How the person mostly posts (tailors wording slightly). */
  account?: 'personal' | 'professional' | 'both';
  /** Drawn ahead, out of sight, for a post not yet made: it takes focus only once shown. */
  hidden?: boolean;
  /** Go back to the draft (focus and caret restored by the caller). */
  onEdit(): void;
  /** Post exactly as written, once. */
  onPostAnyway(): void;
  /** "Not a problem here": set this finding aside for this draft only. */
  onDismissForDraft(ruleId: string): void;
  /** Switch the rule off on every site (after the person confirmed). */
  onSwitchOff(ruleId: string): void;
  /** "This warning is wrong": noted (rule id and site, never text) and set aside for this draft. */
  onReportWrong(ruleId: string): void;
}

/** What was just done to a finding (the UI puts it in words): set aside for this post, switched off, noted as wrong, or undone. */
export interface UndoOffer {
  kind: 'draft' | 'off' | 'wrong' | 'undone';
  finding: Finding;
  /** Absent once undone. */
  onUndo?(): void;
}

/** A short note after the nudge closed (its last finding set aside), with Undo. Closes by itself. */
export interface ToastProps {
  offer: UndoOffer;
  names?: Names;
  onClose(): void;
}

export interface BadgeProps {
  /** Number of findings for the current draft (0 shows a quiet tick, or nothing). */
  count: number;
  checking: boolean;
  /** Checking is switched off here (the coach is paused, or the site is switched off): nothing is checked. */
  paused?: boolean;
  /**
   * This compose box is not covered (no adapter knows it and no send button was found by structure):
   * say "not checked here" rather than stay silent.
   */
  notChecked?: boolean;
  /** The most serious finding's severity: shown by the badge's shape as well as its colour. */
  severity?: 'high' | 'warning' | 'info';
  /** Opens the same explanation as the nudge, without posting. */
  onOpen(): void;
}

export interface PhotoReminderProps {
  onDismiss(): void;
}
