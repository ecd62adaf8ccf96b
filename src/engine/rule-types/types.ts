import type { TProperties } from '@sinclair/typebox';
import type { Doc } from '../document';
import type { Hit } from '../matcher';
import { ruleSchema, type RuleOf, type RuleSchema } from '../../packs/format';

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

/** Reports a problem at a JSON path relative to the rule ("" for the rule itself, ".threshold", ".clues.age"). */
export type ReportProblem = (path: string, message: string) => void;

/**
 * One rule type: its own fields (TypeBox schemas, from which its part of the JSON Schema and its
 * TypeScript type come), the checks a schema can't express, and how it compiles. Adding a rule type is
 * one module that exports `defineRuleType({...})`, listed in ./index.ts (or registered with registerRuleType).
 */
export interface RuleTypeDefinition<T extends string = string, F extends TProperties = TProperties> {
  type: T;
  schema: RuleSchema<T, F>;
  /** Checks across fields, run once the rule matches its schema. */
  check?(rule: RuleOf<T, F>, report: ReportProblem): void;
  compile(rule: RuleOf<T, F>): RuleFinder;
}

export function defineRuleType<T extends string, F extends TProperties>(definition: {
  type: T;
  description: string;
  fields: F;
  /** Extra JSON Schema for editors only (the validator checks the same in `check`). */
  publish?: Record<string, unknown>;
  check?(rule: RuleOf<T, F>, report: ReportProblem): void;
  compile(rule: RuleOf<T, F>): RuleFinder;
}): RuleTypeDefinition<T, F> {
  const { type, description, fields, publish, check, compile } = definition;
  return { type, schema: ruleSchema(type, fields, description, publish), ...(check ? { check } : {}), compile };
}
