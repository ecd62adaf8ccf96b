import type { Doc } from '../document';
import type { Hit } from '../matcher';

export interface RuleHit extends Hit {
  /** For combinations: the names of the clues that combined, in the order they appear. */
  clues?: string[];
  confidence?: number;
}

/** What every rule type compiles to. */
export interface RuleFinder {
  /** Needs compromise (the rule is skipped, and says so, when it isn't loaded). */
  needsNlp: boolean;
  find(doc: Doc): RuleHit[];
}
