// Structural validation of a rules pack, by hand (no JSON Schema library) so it runs in
// the browser extension as well as the CLI. No Node APIs in this file.
//
// Every problem is reported, not just the first, each with its file, a JSON path such as
// "$.rules[3].pattern", the rule id when it is inside a rule, and a plain-English message.
// A pack is returned only when there are no problems: nothing from an invalid pack is used.
//
// rules/schema/rules-pack.schema.json describes the same format for editors; the key
// lists below are checked against it by test/packs/schema.test.ts.

import {
  DETECTOR_NAMES,
  SCHEMA_VERSION,
  VALIDATOR_NAMES,
  type PackProblem,
  type RuleType,
  type RulesPack,
} from './types';
import { compilePattern, regexRisk } from './safe-regex';

/** Pack and rule ids: lower-case words joined by single dots or hyphens ("patient.nhs-number"). */
export const ID_PATTERN = /^[a-z0-9]+(?:[.-][a-z0-9]+)*$/;

export const RULE_TYPES = ['words', 'pattern', 'phrase', 'combination', 'detector'] as const satisfies readonly RuleType[];
export const SEVERITIES = ['info', 'warning', 'high'] as const;
export const KINDS = ['post', 'reply', 'comment', 'message'] as const;
export const AUDIENCES = ['public', 'group', 'private'] as const;

export const PACK_KEYS = [
  '$schema', 'schemaVersion', 'id', 'name', 'version', 'author', 'description',
  'extends', 'overrides', 'locked', 'vocabularies', 'rules',
] as const;
export const RULE_BASE_KEYS = [
  'id', 'type', 'title', 'category', 'severity', 'message', 'why', 'suggestion',
  'enabled', 'applies', 'near', 'unless', 'examples',
] as const;
export const RULE_TYPE_KEYS = {
  words: ['words', 'allow', 'masked'],
  pattern: ['pattern', 'caseSensitive', 'validator'],
  phrase: ['match'],
  combination: ['clues', 'requireAny', 'threshold', 'window'],
  detector: ['detector', 'options'],
} as const satisfies Record<RuleType, readonly string[]>;
export const OVERRIDE_KEYS = ['enabled', 'severity', 'message', 'why', 'suggestion'] as const;
export const LOCKED_KEYS = ['rule', 'reason'] as const;
export const VOCABULARY_KEYS = ['allow', 'deny'] as const;
export const DENY_TERM_KEYS = ['term', 'category', 'reason'] as const;
export const MATCHER_KEYS = ['words', 'patterns'] as const;
export const NEARBY_KEYS = ['words', 'patterns', 'window'] as const;
export const CLUE_KEYS = ['words', 'patterns', 'weight'] as const;
export const EXAMPLES_KEYS = ['flag', 'pass'] as const;
export const APPLIES_KEYS = ['kinds', 'audiences', 'sites'] as const;

export interface ValidateOptions {
  /**
   * Rule ids defined by the packs loaded before this one. Overrides and locks may refer
   * to them. When this is not given and the pack `extends` others, references to rules
   * outside the pack cannot be checked here and are left to resolvePacks.
   */
  knownRuleIds?: ReadonlySet<string>;
}

export interface ValidateResult {
  pack?: RulesPack;
  problems: PackProblem[];
}

export function validatePack(data: unknown, file: string, options: ValidateOptions = {}): ValidateResult {
  const v = new Validator(file);
  v.pack(data, options);
  return v.problems.length ? { problems: v.problems } : { pack: data as RulesPack, problems: [] };
}

/** One line for people: `broken.json $.rules[3].pattern (rule "patient.nhs"): message`. */
export function formatProblem(p: PackProblem): string {
  return `${p.file} ${p.path}${p.ruleId !== undefined ? ` (rule "${p.ruleId}")` : ''}: ${p.message}`;
}

// ---------------------------------------------------------------------------------------

type Obj = Record<string, unknown>;

const REQUIRED_HINTS: Record<string, string> = {
  schemaVersion: `the version of the pack format (${SCHEMA_VERSION})`,
  id: 'a short id such as "nhs-trust.social-media"',
  name: 'the name people see',
  version: 'the version of this pack, such as "1.0.0"',
  author: 'who wrote or maintains the pack',
  rules: 'the list of rules (it may be empty)',
  type: `the kind of rule: ${list(RULE_TYPES)}`,
  category: 'such as "patient-details", "rudeness" or "confidentiality"',
  severity: `one of ${list(SEVERITIES)}`,
  message: 'the short, kind message shown when the rule matches',
  why: 'why it matters, naming the guidance it rests on',
  examples: 'at least one "flag" example (text it must catch) and one "pass" example (text it must leave alone)',
  flag: 'at least one text this rule must catch',
  pass: 'at least one text this rule must leave alone',
  words: 'the words or phrases to look for',
  pattern: 'the regular expression to look for',
  match: 'the phrase to look for, in compromise match syntax',
  clues: 'the clues to look for, by name',
  threshold: 'how many clues (by weight) must appear together',
  detector: `the built-in detector to run: ${list(DETECTOR_NAMES)}`,
  rule: 'the id of the rule to lock',
  reason: 'the reason shown to people who try to switch the rule off',
  term: 'the text that must never be posted',
};

class Validator {
  readonly problems: PackProblem[] = [];
  private ruleId: string | undefined;

  constructor(private readonly file: string) {}

  private report(path: string, message: string): void {
    this.problems.push({
      file: this.file,
      path,
      ...(this.ruleId !== undefined ? { ruleId: this.ruleId } : {}),
      message,
    });
  }

  // --- the pack -------------------------------------------------------------------------

  pack(data: unknown, options: ValidateOptions): void {
    if (!isObject(data)) {
      this.report('$', `A rules pack must be a JSON object ({ ... }), but this is ${describe(data)}.`);
      return;
    }
    const claimed = this.keys(data, '$', PACK_KEYS, 'a rules pack');

    this.optionalString(data, '$schema', '$');
    if (this.present(data, 'schemaVersion', '$', claimed) && this.integer(data, 'schemaVersion', '$')) {
      const version = data.schemaVersion as number;
      if (version !== SCHEMA_VERSION) {
        this.report(
          '$.schemaVersion',
          `schemaVersion ${version} is not supported. This version of Think Before You Post reads schemaVersion ${SCHEMA_VERSION}; ` +
            (version > SCHEMA_VERSION ? 'update the extension, or ask for the pack in version ' + SCHEMA_VERSION + '.' : `change it to ${SCHEMA_VERSION}.`),
        );
      }
    }
    if (this.present(data, 'id', '$', claimed) && this.string(data, 'id', '$')) this.idFormat(data.id as string, '$.id', 'Pack id');
    for (const key of ['name', 'version', 'author'] as const) {
      if (this.present(data, key, '$', claimed)) this.string(data, key, '$');
    }
    this.optionalString(data, 'description', '$');

    if (data.extends !== undefined && this.array(data, 'extends', '$')) {
      (data.extends as unknown[]).forEach((ext, i) => {
        const path = `$.extends[${i}]`;
        if (typeof ext !== 'string') this.report(path, `Each entry of "extends" must be a pack id (text), but this is ${describe(ext)}.`);
        else if (this.idFormat(ext, path, 'Pack id') && ext === data.id) this.report(path, `A pack cannot extend itself ("${ext}").`);
      });
    }

    // Rules first, so overrides and locks can be checked against their ids.
    const ruleIds = new Set<string>();
    if (this.present(data, 'rules', '$', claimed) && this.array(data, 'rules', '$')) {
      const firstSeen = new Map<string, number>();
      (data.rules as unknown[]).forEach((rule, i) => {
        this.rule(rule, i, firstSeen);
        if (isObject(rule) && typeof rule.id === 'string') ruleIds.add(rule.id);
      });
    }

    const checkRefs = options.knownRuleIds !== undefined || !Array.isArray(data.extends) || data.extends.length === 0;
    const known = new Set([...ruleIds, ...(options.knownRuleIds ?? [])]);
    const where = options.knownRuleIds ? 'in this pack or the packs loaded before it' : 'in this pack';

    if (data.overrides !== undefined && this.object(data, 'overrides', '$')) {
      for (const [id, override] of Object.entries(data.overrides as Obj)) {
        const path = `$.overrides${seg(id)}`;
        this.ruleId = id;
        if (this.idFormat(id, path, 'Rule id') && checkRefs && !known.has(id)) {
          this.report(path, `There is an override for rule "${id}", but no rule has that id ${where}.${didYouMean(id, known)}`);
        }
        this.override(override, path);
        this.ruleId = undefined;
      }
    }

    if (data.locked !== undefined && this.array(data, 'locked', '$')) {
      (data.locked as unknown[]).forEach((lock, i) => {
        const path = `$.locked[${i}]`;
        if (!isObject(lock)) {
          this.report(path, `Each entry of "locked" must be an object like { "rule": "...", "reason": "..." }, but this is ${describe(lock)}.`);
          return;
        }
        this.ruleId = typeof lock.rule === 'string' ? lock.rule : undefined;
        const c = this.keys(lock, path, LOCKED_KEYS, 'a locked rule');
        if (this.present(lock, 'rule', path, c) && this.string(lock, 'rule', path)) {
          const id = lock.rule as string;
          if (this.idFormat(id, `${path}.rule`, 'Rule id') && checkRefs && !known.has(id)) {
            this.report(`${path}.rule`, `Rule "${id}" is locked, but no rule has that id ${where}.${didYouMean(id, known)}`);
          }
        }
        if (this.present(lock, 'reason', path, c)) this.string(lock, 'reason', path);
        this.ruleId = undefined;
      });
    }

    if (data.vocabularies !== undefined && this.object(data, 'vocabularies', '$')) {
      const vocab = data.vocabularies as Obj;
      this.keys(vocab, '$.vocabularies', VOCABULARY_KEYS, '"vocabularies"');
      if (vocab.allow !== undefined) this.stringList(vocab, 'allow', '$.vocabularies', { nonEmpty: false });
      if (vocab.deny !== undefined && this.array(vocab, 'deny', '$.vocabularies')) {
        (vocab.deny as unknown[]).forEach((term, i) => {
          const path = `$.vocabularies.deny[${i}]`;
          if (!isObject(term)) {
            this.report(path, `Each entry of "deny" must be an object like { "term": "..." }, but this is ${describe(term)}.`);
            return;
          }
          const c = this.keys(term, path, DENY_TERM_KEYS, 'a deny term');
          if (this.present(term, 'term', path, c)) this.string(term, 'term', path);
          this.optionalString(term, 'category', path);
          this.optionalString(term, 'reason', path);
        });
      }
    }
  }

  // --- rules ----------------------------------------------------------------------------

  private rule(rule: unknown, index: number, firstSeen: Map<string, number>): void {
    const path = `$.rules[${index}]`;
    this.ruleId = isObject(rule) && typeof rule.id === 'string' ? rule.id : undefined;
    try {
      if (!isObject(rule)) {
        this.report(path, `Each rule must be an object ({ ... }), but this is ${describe(rule)}.`);
        return;
      }
      const type = typeof rule.type === 'string' && (RULE_TYPES as readonly string[]).includes(rule.type) ? (rule.type as RuleType) : undefined;
      const allowed: string[] = type
        ? [...RULE_BASE_KEYS, ...RULE_TYPE_KEYS[type]]
        : [...RULE_BASE_KEYS, ...Object.values(RULE_TYPE_KEYS).flat()];
      const claimed = this.keys(rule, path, allowed, type ? `a "${type}" rule` : 'a rule');

      if (this.present(rule, 'id', path, claimed) && this.string(rule, 'id', path)) {
        const id = rule.id as string;
        if (this.idFormat(id, `${path}.id`, 'Rule id')) {
          const earlier = firstSeen.get(id);
          if (earlier !== undefined) {
            this.report(`${path}.id`, `Rule id "${id}" is already used by $.rules[${earlier}]. Each rule in a pack needs its own id.`);
          } else {
            firstSeen.set(id, index);
          }
        }
      }
      if (this.present(rule, 'type', path, claimed) && this.string(rule, 'type', path) && !type) {
        this.report(`${path}.type`, `Unknown rule type "${rule.type}".${didYouMean(rule.type as string, RULE_TYPES)} Allowed types: ${list(RULE_TYPES)}.`);
      }
      if (this.present(rule, 'category', path, claimed)) this.string(rule, 'category', path);
      if (this.present(rule, 'severity', path, claimed)) this.oneOf(rule, 'severity', path, SEVERITIES, 'severity');
      if (this.present(rule, 'message', path, claimed)) this.string(rule, 'message', path);
      if (this.present(rule, 'why', path, claimed)) this.string(rule, 'why', path);
      this.optionalString(rule, 'suggestion', path);
      this.optionalString(rule, 'title', path);
      if (rule.enabled !== undefined) this.boolean(rule, 'enabled', path);
      if (rule.applies !== undefined) this.applies(rule, path);
      for (const key of ['near', 'unless'] as const) {
        if (rule[key] !== undefined && this.object(rule, key, path)) this.matcher(rule[key] as Obj, `${path}.${key}`, NEARBY_KEYS, `"${key}"`);
      }
      if (this.present(rule, 'examples', path, claimed) && this.object(rule, 'examples', path)) this.examples(rule.examples as Obj, `${path}.examples`);

      switch (type) {
        case 'words':
          if (this.present(rule, 'words', path, claimed)) this.wordList(rule, 'words', path);
          if (rule.allow !== undefined) this.stringList(rule, 'allow', path, { nonEmpty: false });
          if (rule.masked !== undefined) this.boolean(rule, 'masked', path);
          break;
        case 'pattern':
          if (rule.caseSensitive !== undefined) this.boolean(rule, 'caseSensitive', path);
          if (this.present(rule, 'pattern', path, claimed) && this.string(rule, 'pattern', path)) {
            this.regex(rule.pattern as string, `${path}.pattern`, rule.caseSensitive === true);
          }
          if (rule.validator !== undefined) this.oneOf(rule, 'validator', path, VALIDATOR_NAMES, 'validator');
          break;
        case 'phrase':
          if (this.present(rule, 'match', path, claimed) && this.string(rule, 'match', path)) this.phrase(rule.match as string, `${path}.match`);
          break;
        case 'combination':
          this.combination(rule, path, claimed);
          break;
        case 'detector':
          if (this.present(rule, 'detector', path, claimed)) this.oneOf(rule, 'detector', path, DETECTOR_NAMES, 'detector');
          if (rule.options !== undefined && this.object(rule, 'options', path)) this.optionPatterns(rule.options as Obj, `${path}.options`);
          break;
      }
    } finally {
      this.ruleId = undefined;
    }
  }

  private combination(rule: Obj, path: string, claimed: Set<string>): void {
    let totalWeight = 0;
    const names: string[] = [];
    if (this.present(rule, 'clues', path, claimed) && this.object(rule, 'clues', path)) {
      const clues = rule.clues as Obj;
      if (Object.keys(clues).length === 0) this.report(`${path}.clues`, 'A combination rule needs at least one clue in "clues".');
      for (const [name, clue] of Object.entries(clues)) {
        const cluePath = `${path}.clues${seg(name)}`;
        names.push(name);
        if (name.trim() === '') this.report(cluePath, 'A clue name cannot be empty: the name is shown in the message ("age + ward").');
        if (!isObject(clue)) {
          this.report(cluePath, `Clue "${name}" must be an object with "words" and/or "patterns", but it is ${describe(clue)}.`);
          continue;
        }
        this.matcher(clue, cluePath, CLUE_KEYS, `clue "${name}"`);
        if (clue.weight === undefined) totalWeight += 1;
        else if (this.positiveNumber(clue, 'weight', cluePath)) totalWeight += clue.weight as number;
      }
    }
    if (rule.requireAny !== undefined && this.stringList(rule, 'requireAny', path, { nonEmpty: true })) {
      (rule.requireAny as string[]).forEach((name, i) => {
        if (typeof name === 'string' && isObject(rule.clues) && !Object.prototype.hasOwnProperty.call(rule.clues, name)) {
          this.report(
            `${path}.requireAny[${i}]`,
            `"requireAny" names the clue "${name}", but this rule has no clue by that name.${didYouMean(name, names)} Its clues are: ${names.length ? names.join(', ') : '(none)'}.`,
          );
        }
      });
    }
    if (this.present(rule, 'threshold', path, claimed) && this.positiveNumber(rule, 'threshold', path)) {
      const threshold = rule.threshold as number;
      if (names.length && threshold > totalWeight) {
        this.report(`${path}.threshold`, `"threshold" is ${threshold}, but all the clues together only weigh ${totalWeight}, so this rule could never match.`);
      }
    }
    if (rule.window !== undefined) this.positiveInteger(rule, 'window', path);
  }

  private matcher(m: Obj, path: string, allowed: readonly string[], what: string): void {
    this.keys(m, path, allowed, what);
    const hasWords = m.words !== undefined;
    const hasPatterns = m.patterns !== undefined;
    if (!hasWords && !hasPatterns) {
      this.report(path, `${capitalise(what)} needs "words" or "patterns" (or both) to look for.`);
    }
    if (hasWords) this.wordList(m, 'words', path);
    if (hasPatterns && this.stringList(m, 'patterns', path, { nonEmpty: true })) {
      (m.patterns as unknown[]).forEach((p, i) => {
        if (typeof p === 'string' && p !== '') this.regex(p, `${path}.patterns[${i}]`, false);
      });
    }
    if (m.window !== undefined) this.positiveInteger(m, 'window', path);
  }

  /** Detector options are free-form, but any "patterns" list in them holds regexes: check them too. */
  private optionPatterns(options: Obj, path: string, depth = 0): void {
    if (depth > 5) return;
    for (const [key, value] of Object.entries(options)) {
      const p = `${path}${seg(key)}`;
      if (key === 'patterns' && Array.isArray(value)) {
        value.forEach((source, i) => {
          if (typeof source === 'string') this.regex(source, `${p}[${i}]`, false);
        });
      } else if (isObject(value)) {
        this.optionPatterns(value, p, depth + 1);
      }
    }
  }

  private examples(ex: Obj, path: string): void {
    const claimed = this.keys(ex, path, EXAMPLES_KEYS, '"examples"');
    for (const key of EXAMPLES_KEYS) {
      if (!this.present(ex, key, path, claimed)) continue;
      if (!this.array(ex, key, path)) continue;
      const items = ex[key] as unknown[];
      if (items.length === 0) {
        this.report(
          `${path}.${key}`,
          key === 'flag'
            ? 'There are no "flag" examples: add at least one text this rule must catch.'
            : 'There are no "pass" examples: add at least one text this rule must leave alone.',
        );
      }
      items.forEach((item, i) => {
        if (typeof item !== 'string') this.report(`${path}.${key}[${i}]`, `Each example must be text, but this is ${describe(item)}.`);
        else if (item.trim() === '') this.report(`${path}.${key}[${i}]`, 'This example is empty.');
      });
    }
  }

  private applies(rule: Obj, path: string): void {
    if (!this.object(rule, 'applies', path)) return;
    const a = rule.applies as Obj;
    const p = `${path}.applies`;
    this.keys(a, p, APPLIES_KEYS, '"applies"');
    const lists = [
      ['kinds', KINDS],
      ['audiences', AUDIENCES],
    ] as const;
    for (const [key, allowed] of lists) {
      if (a[key] === undefined || !this.array(a, key, p)) continue;
      const items = a[key] as unknown[];
      if (items.length === 0) this.report(`${p}.${key}`, `"${key}" is an empty list, so the rule would never run. Remove it to check everywhere.`);
      items.forEach((item, i) => {
        if (typeof item !== 'string' || !(allowed as readonly string[]).includes(item)) {
          this.report(`${p}.${key}[${i}]`, `${describe(item, true)} is not allowed in "${key}".${typeof item === 'string' ? didYouMean(item, allowed) : ''} Allowed: ${list(allowed)}.`);
        }
      });
    }
    if (a.sites !== undefined && this.stringList(a, 'sites', p, { nonEmpty: false }) && (a.sites as unknown[]).length === 0) {
      this.report(`${p}.sites`, '"sites" is an empty list, so the rule would never run. Remove it to check everywhere.');
    }
  }

  private override(o: unknown, path: string): void {
    if (!isObject(o)) {
      this.report(path, `An override must be an object such as { "severity": "info" }, but it is ${describe(o)}.`);
      return;
    }
    this.keys(o, path, OVERRIDE_KEYS, 'an override');
    if (o.enabled !== undefined) this.boolean(o, 'enabled', path);
    if (o.severity !== undefined) this.oneOf(o, 'severity', path, SEVERITIES, 'severity');
    for (const key of ['message', 'why', 'suggestion'] as const) this.optionalString(o, key, path);
  }

  private regex(source: string, path: string, caseSensitive: boolean): void {
    const compiled = compilePattern(source, { caseSensitive });
    if (compiled.error !== undefined) {
      this.report(path, `This regular expression does not compile: ${compiled.error.replace(/^Invalid regular expression: /, '')}.`);
      return;
    }
    const risk = regexRisk(source);
    if (risk) this.report(path, `This regular expression could be very slow on some text: ${risk}`);
  }

  private phrase(match: string, path: string): void {
    const closers: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
    const stack: string[] = [];
    for (const ch of match) {
      if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
      else if (ch in closers) {
        if (stack.pop() !== closers[ch]) {
          this.report(path, `The phrase has an unmatched "${ch}".`);
          return;
        }
      }
    }
    if (stack.length) this.report(path, `The phrase has an unclosed "${stack[stack.length - 1]}".`);
  }

  // --- building blocks --------------------------------------------------------------------

  /**
   * Reports unknown keys. Returns the allowed keys that an unknown key looks like a typo
   * of, so a missing required key is not reported twice.
   */
  private keys(obj: Obj, path: string, allowed: readonly string[], what: string): Set<string> {
    const claimed = new Set<string>();
    for (const key of Object.keys(obj)) {
      if (allowed.includes(key) || obj[key] === undefined) continue;
      const near = nearest(key, allowed.filter((k) => obj[k] === undefined));
      if (near) claimed.add(near);
      this.report(
        `${path}${seg(key)}`,
        `Unknown key "${key}" in ${what}.${near ? ` Did you mean "${near}"?` : ''} Allowed keys: ${allowed.join(', ')}.`,
      );
    }
    return claimed;
  }

  private present(obj: Obj, key: string, path: string, claimed: Set<string>): boolean {
    if (obj[key] !== undefined) return true;
    if (!claimed.has(key)) {
      const hint = REQUIRED_HINTS[key];
      this.report(`${path}${seg(key)}`, `Missing required key "${key}"${hint ? `: ${hint}` : ''}.`);
    }
    return false;
  }

  private string(obj: Obj, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value !== 'string') {
      this.report(`${path}${seg(key)}`, `"${key}" must be text, but it is ${describe(value)}.`);
      return false;
    }
    if (value.trim() === '') {
      this.report(`${path}${seg(key)}`, `"${key}" is empty.`);
      return false;
    }
    return true;
  }

  private optionalString(obj: Obj, key: string, path: string): void {
    if (obj[key] !== undefined) this.string(obj, key, path);
  }

  private boolean(obj: Obj, key: string, path: string): boolean {
    if (typeof obj[key] === 'boolean') return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be true or false, but it is ${describe(obj[key])}.`);
    return false;
  }

  private integer(obj: Obj, key: string, path: string): boolean {
    if (Number.isInteger(obj[key])) return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be a whole number, but it is ${describe(obj[key])}.`);
    return false;
  }

  private positiveInteger(obj: Obj, key: string, path: string): boolean {
    const value = obj[key];
    if (Number.isInteger(value) && (value as number) >= 1) return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be a whole number of 1 or more, but it is ${describe(value)}.`);
    return false;
  }

  private positiveNumber(obj: Obj, key: string, path: string): boolean {
    const value = obj[key];
    if (typeof value === 'number' && Number.isFinite(value) && value > 0) return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be a number greater than 0, but it is ${describe(value)}.`);
    return false;
  }

  private array(obj: Obj, key: string, path: string): boolean {
    if (Array.isArray(obj[key])) return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be a list ([ ... ]), but it is ${describe(obj[key])}.`);
    return false;
  }

  private object(obj: Obj, key: string, path: string): boolean {
    if (isObject(obj[key])) return true;
    this.report(`${path}${seg(key)}`, `"${key}" must be an object ({ ... }), but it is ${describe(obj[key])}.`);
    return false;
  }

  private oneOf(obj: Obj, key: string, path: string, allowed: readonly string[], what: string): boolean {
    const value = obj[key];
    if (typeof value === 'string' && allowed.includes(value)) return true;
    const hint = typeof value === 'string' ? didYouMean(value, allowed) : '';
    const label = typeof value === 'string' ? `Unknown ${what} "${value}".` : `"${key}" must be text, but it is ${describe(value)}.`;
    this.report(`${path}${seg(key)}`, `${label}${hint} Allowed: ${list(allowed)}.`);
    return false;
  }

  /** A list of text; returns true when it is a list (entries are checked one by one). */
  private stringList(obj: Obj, key: string, path: string, { nonEmpty }: { nonEmpty: boolean }): boolean {
    if (!this.array(obj, key, path)) return false;
    const items = obj[key] as unknown[];
    if (nonEmpty && items.length === 0) this.report(`${path}${seg(key)}`, `"${key}" is an empty list: add at least one entry, or remove it.`);
    items.forEach((item, i) => {
      if (typeof item !== 'string') this.report(`${path}${seg(key)}[${i}]`, `Each entry of "${key}" must be text, but this is ${describe(item)}.`);
      else if (item.trim() === '') this.report(`${path}${seg(key)}[${i}]`, `This entry of "${key}" is empty.`);
    });
    return true;
  }

  private wordList(obj: Obj, key: string, path: string): void {
    if (!this.array(obj, key, path)) return;
    const items = obj[key] as unknown[];
    if (items.length === 0) {
      this.report(`${path}${seg(key)}`, `"${key}" is an empty list: add at least one word or phrase.`);
      return;
    }
    items.forEach((item, i) => {
      const p = `${path}${seg(key)}[${i}]`;
      if (typeof item !== 'string') this.report(p, `Each entry of "${key}" must be text, but this is ${describe(item)}.`);
      else if (item.trim() === '') this.report(p, `This entry of "${key}" is empty.`);
      else if (!/[\p{L}\p{N}]/u.test(item)) this.report(p, `"${item}" has no letters or digits, so it would match almost anything.`);
      else if (item.slice(0, -1).includes('*')) this.report(p, `"${item}" has a "*" before its end; "*" is only allowed at the end of a word ("swear*").`);
    });
  }

  private idFormat(id: string, path: string, what: string): boolean {
    if (ID_PATTERN.test(id)) return true;
    const fixed = id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/([.-])[.-]+/g, '$1').replace(/^[.-]+|[.-]+$/g, '');
    this.report(
      path,
      `${what} "${id}" is not valid: use lower-case letters and digits, with single dots or hyphens between them (like "patient.nhs-number").` +
        (fixed && fixed !== id && ID_PATTERN.test(fixed) ? ` Perhaps "${fixed}"?` : ''),
    );
    return false;
  }
}

// ---------------------------------------------------------------------------------------

function isObject(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON path segment: `.key` for plain names, `["key"]` otherwise. */
function seg(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

function describe(value: unknown, capital = false): string {
  let text: string;
  if (value === null) text = 'null';
  else if (value === undefined) text = 'missing';
  else if (Array.isArray(value)) text = 'a list';
  else if (typeof value === 'string') text = `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  else if (typeof value === 'number') text = `the number ${value}`;
  else if (typeof value === 'boolean') text = String(value);
  else text = 'an object';
  return capital ? capitalise(text) : text;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(items: readonly string[]): string {
  return items.join(', ');
}

function didYouMean(value: string, options: Iterable<string>): string {
  const near = nearest(value, [...options]);
  return near ? ` Did you mean "${near}"?` : '';
}

/** The option a likely typo of `word` was meant to be, if any. */
export function nearest(word: string, options: readonly string[]): string | undefined {
  const w = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const option of options) {
    const d = distance(w, option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.min(3, Math.max(1, Math.floor(Math.max(word.length, best.length) / 3)));
  return bestDistance <= limit ? best : undefined;
}

/** Damerau-Levenshtein distance (optimal string alignment). */
function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) => Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[rows - 1]![cols - 1]!;
}
