// The contract between the content script (which decides when to nudge) and the Preact UI (how it looks).
import type { Finding } from '../engine/types';

export type NudgeState =
  /** Still checking (shown only after 150 ms, so fast checks never flash). */
  | { kind: 'checking' }
  /** Findings to explain. */
  | { kind: 'findings'; findings: Finding[] }
  /** The checker failed or was too slow: the post went through; say so kindly. */
  | { kind: 'unavailable' };

export interface NudgeProps {
  /** The draft exactly as typed: excerpts and highlights come from it via Finding.spans. */
  text: string;
  state: NudgeState;
  /** Rule ids a trust has locked on, with the reason: no "Don't warn me about this" for them. */
  locked: ReadonlyMap<string, string>;
  /** How the person mostly posts (tailors wording slightly). */
  account?: 'personal' | 'professional' | 'both';
  /** Go back to the draft (focus and caret restored by the caller). */
  onEdit(): void;
  /** Post exactly as written, once. */
  onPostAnyway(): void;
  /** Personal opt-out for one rule. */
  onDismissRule(ruleId: string): void;
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
  /** Opens the same explanation as the nudge, without posting. */
  onOpen(): void;
}

export interface PhotoReminderProps {
  onDismiss(): void;
}
