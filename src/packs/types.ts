// The rules-pack format: JSON data, no code. rules/schema/rules-pack.schema.json
// publishes the same shape for editors; src/packs/validate.ts checks it at load.
import type { Category, Severity } from '../engine/types';

export const SCHEMA_VERSION = 1;

export interface RulesPack {
  $schema?: string;
  schemaVersion: number;
  id: string;
  name: string;
  version: string;
  author: string;
  description?: string;
  /** Ids of packs this one builds on; their rules come first. */
  extends?: string[];
  /** Changes to rules defined here or in an extended pack, by rule id. */
  overrides?: Record<string, RuleOverride>;
  /** Rules a person cannot switch off, with the reason shown to them. */
  locked?: LockedRule[];
  vocabularies?: {
    /** Text that is fine to post and never triggers anything (a switchboard number, a place name). */
    allow?: string[];
    /** Text that is never fine to post (project code names). */
    deny?: DenyTerm[];
  };
  rules: Rule[];
}

export interface RuleOverride {
  enabled?: boolean;
  severity?: Severity;
  message?: string;
  why?: string;
  suggestion?: string;
}

export interface LockedRule {
  rule: string;
  reason: string;
}

export interface DenyTerm {
  term: string;
  category?: Category;
  reason?: string;
}

/** Words or phrases to look for. Used by several rule types. */
export interface Matcher {
  /** Words or phrases. A trailing `*` matches any ending ("swear*"). Matched on folded text. */
  words?: string[];
  /** Regular expressions (case-insensitive), checked for catastrophic backtracking at load. */
  patterns?: string[];
}

/** Words that must (or must not) appear near a match for it to count. */
export interface Nearby extends Matcher {
  /** How many words either side to look. Default 8. */
  window?: number;
}

export interface Examples {
  flag: string[];
  pass: string[];
}

export interface Applies {
  kinds?: Array<'post' | 'reply' | 'comment' | 'message'>;
  audiences?: Array<'public' | 'group' | 'private'>;
  sites?: string[];
}

interface RuleBase {
  id: string;
  /** A short name for the rule, shown next to its switch in the options page ("NHS numbers"). */
  title?: string;
  category: Category;
  severity: Severity;
  message: string;
  why: string;
  suggestion?: string;
  enabled?: boolean;
  /** Only check drafts going to these places. Default: everywhere. */
  applies?: Applies;
  /** A match counts only when one of these is nearby. */
  near?: Nearby;
  /** A match does not count when one of these is nearby. */
  unless?: Nearby;
  examples: Examples;
}

/** Word lists, matched with obfuscation folding (f*ck, fuuuck, f u c k, sh1t). */
export interface WordsRule extends RuleBase {
  type: 'words';
  words: string[];
  /** Words that contain a listed word but are fine (Scunthorpe, assessment). */
  allow?: string[];
  /** Also match words with letters hidden by * or # (f*ck, c#nt). Only for lists of swear words:
   *  a mask can hide any letters, so "f***ing" would otherwise match "fiddling". */
  masked?: boolean;
}

/** A regular expression, optionally confirmed by a named validator (checksums and formats). */
export interface PatternRule extends RuleBase {
  type: 'pattern';
  pattern: string;
  /** Case-sensitive? Default false. */
  caseSensitive?: boolean;
  validator?: ValidatorName;
}

/** A phrase in compromise's match syntax ("#Person (was|is) on ward"). */
export interface PhraseRule extends RuleBase {
  type: 'phrase';
  match: string;
}

/** Clues that are harmless alone but identify someone together ("jigsaw" identification). */
export interface CombinationRule extends RuleBase {
  type: 'combination';
  /** Clue name -> how to find it. Names appear in the message ("age + ward + last night"). */
  clues: Record<string, Matcher & { weight?: number }>;
  /** Clue names of which at least one must be present. */
  requireAny?: string[];
  /** Sum of weights (1 each by default) of distinct clues needed within the window. */
  threshold: number;
  /** Window in words. Default 40. */
  window?: number;
}

/** A detector built into the engine, for what data alone can't express. */
export interface DetectorRule extends RuleBase {
  type: 'detector';
  detector: DetectorName;
  options?: Record<string, unknown>;
}

export type Rule = WordsRule | PatternRule | PhraseRule | CombinationRule | DetectorRule;
export type RuleType = Rule['type'];

export const VALIDATOR_NAMES = [
  'nhs-number',
  'chi-number',
  'hc-number',
  'ni-number',
  'postcode',
  'uk-phone',
  'date',
] as const;
export type ValidatorName = (typeof VALIDATOR_NAMES)[number];

export const DETECTOR_NAMES = ['patient-name'] as const;
export type DetectorName = (typeof DETECTOR_NAMES)[number];

/** One problem found while loading a pack. Every problem names its place. */
export interface PackProblem {
  file: string;
  /** JSON path, e.g. "$.rules[3].pattern". */
  path: string;
  ruleId?: string;
  message: string;
}
