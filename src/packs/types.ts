// The rules-pack format's TypeScript types. They come from the TypeBox schemas in ./format.ts and
// each rule type's module (src/engine/rule-types/); rules/schema/rules-pack.schema.json is generated
// from the same schemas (npm run schema).
import type { Static } from '@sinclair/typebox';
import type { PackShell } from './format';
import type { Rule } from '../engine/rule-types';

export { SCHEMA_VERSION } from './format';
export type { Applies, CategoryDeclaration, DenyTerm, Examples, LockedRule, LockReason, Matcher, Nearby, Override as RuleOverride } from './format';
export type { CombinationRule, DetectorRule, PatternRule, PhraseRule, Rule, RuleType, WordsRule } from '../engine/rule-types';
export type { PackProblem } from './problems';
export type { DetectorName } from '../detectors';

export type RulesPack = Omit<Static<typeof PackShell>, 'rules'> & { rules: Rule[] };
