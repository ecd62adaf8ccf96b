// Validates one rules pack against the format (src/packs/format.ts and each rule type's module), then
// checks what a schema can't say: ids used twice, references to rules and categories, each rule type's
// own checks. Every problem is reported with its file, JSON path, rule id and a plain-English message.
// A pack is returned only when there are no problems. No Node APIs.
import { ruleType, ruleTypeNames } from '../engine/rule-types';
import { BUILTIN_CATEGORIES, LANGUAGES, PackShell, SCHEMA_VERSION, type Nearby } from './format';
import { didYouMean, describe, schemaProblems, seg, type PackProblem } from './problems';
import type { RulesPack } from './types';

export { formatProblem } from './problems';

export interface ValidateOptions {
  /**
   * Rule ids defined by the packs loaded before this one. Overrides and locks may refer to them.
   * When this is not given and the pack `extends` others, references to rules outside the pack
   * cannot be checked here and are left to resolvePacks.
   */
  knownRuleIds?: ReadonlySet<string>;
  /** Categories declared by the packs loaded before this one. */
  knownCategories?: ReadonlySet<string>;
}

export interface ValidateResult {
  pack?: RulesPack;
  problems: PackProblem[];
}

type Obj = Record<string, unknown>;
const isObject = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value);

export function validatePack(data: unknown, file: string, options: ValidateOptions = {}): ValidateResult {
  const problems: PackProblem[] = [];
  const report = (path: string, message: string, ruleId?: string) => problems.push({ file, path, ...(ruleId !== undefined ? { ruleId } : {}), message });
  if (!isObject(data)) {
    report('$', `A rules pack must be a JSON object ({ ... }), but this is ${describe(data)}.`);
    return { problems };
  }
  const rules = Array.isArray(data.rules) ? data.rules : [];
  const ruleIdAt = (path: string): string | undefined => {
    const m = /^\$\.rules\[(\d+)\]|^\$\.overrides(?:\["([^"]+)"\]|\.([\w$]+))|^\$\.locked\[(\d+)\]/.exec(path);
    if (!m) return undefined;
    if (m[2] !== undefined || m[3] !== undefined) return m[2] ?? m[3];
    const holder = m[1] !== undefined ? rules[Number(m[1])] : (data.locked as unknown[] | undefined)?.[Number(m[4])];
    const id = isObject(holder) ? (m[1] !== undefined ? holder.id : holder.rule) : undefined;
    return typeof id === 'string' ? id : undefined;
  };
  for (const p of schemaProblems(PackShell, data)) report(p.path, p.message, ruleIdAt(p.path));

  if (Number.isInteger(data.schemaVersion) && data.schemaVersion !== SCHEMA_VERSION) {
    const version = data.schemaVersion as number;
    report(
      '$.schemaVersion',
      `schemaVersion ${version} is not supported. This version of Think Before You Post reads schemaVersion ${SCHEMA_VERSION}; ` +
        (version > SCHEMA_VERSION ? `update the extension, or ask for the pack in version ${SCHEMA_VERSION}.` : `change it to ${SCHEMA_VERSION}.`),
    );
  }
  if (Array.isArray(data.extends)) {
    data.extends.forEach((ext, i) => {
      if (ext === data.id) report(`$.extends[${i}]`, `A pack cannot extend itself ("${ext}").`);
    });
  }

  const categories = new Set<string>([...BUILTIN_CATEGORIES, ...(options.knownCategories ?? [])]);
  if (Array.isArray(data.categories)) for (const c of data.categories) if (isObject(c) && typeof c.id === 'string') categories.add(c.id);
  const checkCategory = (category: unknown, path: string, ruleId?: string) => {
    if (typeof category === 'string' && !categories.has(category)) {
      report(path, `Unknown category "${category}".${didYouMean(category, categories)} Use one of ${[...categories].join(', ')}, or declare it in the pack's "categories".`, ruleId);
    }
  };

  // Each rule against its own type's schema, then the type's own checks.
  const firstSeen = new Map<string, number>();
  const ruleIds = new Set<string>();
  rules.forEach((rule, index) => {
    const path = `$.rules[${index}]`;
    const id = isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
    const problem = (at: string, message: string) => report(`${path}${at}`, message, id);
    if (!isObject(rule)) return problem('', `Each rule must be an object ({ ... }), but this is ${describe(rule)}.`);
    if (id !== undefined) {
      ruleIds.add(id);
      const earlier = firstSeen.get(id);
      if (earlier !== undefined) problem('.id', `Rule id "${id}" is already used by $.rules[${earlier}]. Each rule in a pack needs its own id.`);
      else firstSeen.set(id, index);
    }
    if (typeof rule.type !== 'string') {
      return problem('.type', rule.type === undefined ? `Missing required key "type": the kind of rule: ${ruleTypeNames().join(', ')}.` : `"type" must be text, but it is ${describe(rule.type)}.`);
    }
    const definition = ruleType(rule.type);
    if (!definition) return problem('.type', `Unknown rule type "${rule.type}".${didYouMean(rule.type, ruleTypeNames())} Allowed types: ${ruleTypeNames().join(', ')}.`);
    const structural = schemaProblems(definition.schema, rule);
    for (const p of structural) problem(p.path.slice(1), p.message);
    if (structural.length) return;
    checkCategory(rule.category, `${path}.category`, id);
    checkTranslations(rule, problem);
    for (const key of ['near', 'unless'] as const) {
      const nearby = rule[key] as Nearby | undefined;
      if (nearby && nearby.words === undefined && nearby.patterns === undefined) problem(`.${key}`, `"${key}" needs "words" or "patterns" (or both) to look for.`);
    }
    definition.check?.(rule as never, problem);
  });

  // References to rules: this pack's, and those of the packs loaded before it when they are known.
  const checkRefs = options.knownRuleIds !== undefined || !Array.isArray(data.extends) || data.extends.length === 0;
  const known = new Set([...ruleIds, ...(options.knownRuleIds ?? [])]);
  const where = options.knownRuleIds ? 'in this pack or the packs loaded before it' : 'in this pack';
  if (checkRefs && isObject(data.overrides)) {
    for (const id of Object.keys(data.overrides)) {
      if (!known.has(id)) report(`$.overrides${seg(id)}`, `There is an override for rule "${id}", but no rule has that id ${where}.${didYouMean(id, known)}`, id);
    }
  }
  if (checkRefs && Array.isArray(data.locked)) {
    data.locked.forEach((lock, i) => {
      const id = isObject(lock) ? lock.rule : undefined;
      if (typeof id === 'string' && !known.has(id)) report(`$.locked[${i}].rule`, `Rule "${id}" is locked, but no rule has that id ${where}.${didYouMean(id, known)}`, id);
    });
  }
  const deny = isObject(data.vocabularies) && Array.isArray(data.vocabularies.deny) ? data.vocabularies.deny : [];
  deny.forEach((term, i) => checkCategory(isObject(term) ? term.category : undefined, `$.vocabularies.deny[${i}].category`));

  return problems.length ? { problems } : { pack: data as unknown as RulesPack, problems };
}


/**
 * A rule's words in another language need the English they stand for: a Welsh suggestion on a rule
 * with no suggestion would be shown to Welsh readers only.
 */
function checkTranslations(rule: Obj, problem: (at: string, message: string) => void): void {
  if (!isObject(rule.translations)) return;
  for (const lang of LANGUAGES) {
    const words = rule.translations[lang];
    if (!isObject(words)) continue;
    for (const field of Object.keys(words)) {
      if (rule[field] === undefined) {
        problem(`.translations.${lang}.${field}`, `"translations.${lang}.${field}" has no English to go with it: the rule has no "${field}". Add "${field}" in English too, or leave this out.`);
      }
    }
  }
}
