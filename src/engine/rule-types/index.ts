// The rule types a pack may use. Each is one module (schema, checks, compile); list it here.
import type { Static, TProperties } from '@sinclair/typebox';
import { aimedRule } from './aimed';
import { combinationRule } from './combination';
import { detectorRule } from './detector';
import { patternRule } from './pattern';
import { phraseRule } from './phrase';
import type { RuleFinder, RuleTypeDefinition } from './types';
import { wordsRule } from './words';

export type { ReportProblem, RuleFinder, RuleHit, RuleTypeDefinition } from './types';
export { defineRuleType } from './types';

export const BUILTIN_RULE_TYPES = [wordsRule, patternRule, phraseRule, combinationRule, aimedRule, detectorRule] as const;

export type Rule = Static<(typeof BUILTIN_RULE_TYPES)[number]['schema']>;
export type RuleType = Rule['type'];
export type WordsRule = Static<typeof wordsRule.schema>;
export type PatternRule = Static<typeof patternRule.schema>;
export type PhraseRule = Static<typeof phraseRule.schema>;
export type CombinationRule = Static<typeof combinationRule.schema>;
export type AimedRule = Static<typeof aimedRule.schema>;
export type DetectorRule = Static<typeof detectorRule.schema>;

const registry = new Map<string, RuleTypeDefinition>(BUILTIN_RULE_TYPES.map((t) => [t.type, t as unknown as RuleTypeDefinition]));

/** Adds a rule type (a pack format extension, or a test's toy type). Built-in types cannot be replaced. */
export function registerRuleType<T extends string, F extends TProperties>(definition: RuleTypeDefinition<T, F>): void {
  if (registry.has(definition.type)) throw new Error(`rule type "${definition.type}" is already registered`);
  registry.set(definition.type, definition as unknown as RuleTypeDefinition);
}

export function ruleType(type: string): RuleTypeDefinition | undefined {
  return registry.get(type);
}

export function ruleTypeNames(): string[] {
  return [...registry.keys()];
}

export function compileRule(rule: { type: string }): RuleFinder {
  const definition = registry.get(rule.type);
  if (!definition) throw new Error(`unknown rule type "${rule.type}"`);
  return definition.compile(rule as never);
}
