// Problems in untrusted JSON (a pack, a policy, settings), in plain English, each naming its place.
// schemaProblems() turns TypeBox's errors for any schema into these messages. No Node or browser APIs.
import type { TSchema } from '@sinclair/typebox';
import { Errors, ValueErrorType, type ValueError } from '@sinclair/typebox/errors';
import { Check } from '@sinclair/typebox/value';
import { ID_PATTERN, NOT_BLANK, regexProblem, wordProblem } from './format';

/** One problem found while loading a pack. Every problem names its place. */
export interface PackProblem {
  file: string;
  /** JSON path, e.g. "$.rules[3].pattern". */
  path: string;
  ruleId?: string;
  /** 1-based, when the file's text is known. */
  line?: number;
  column?: number;
  message: string;
}

/** One line for people: `broken.json:4:7 $.rules[3].pattern (rule "patient.nhs"): message`. */
export function formatProblem(p: PackProblem): string {
  const at = p.line !== undefined ? `:${p.line}:${p.column ?? 1}` : '';
  return `${p.file}${at} ${p.path}${p.ruleId !== undefined ? ` (rule "${p.ruleId}")` : ''}: ${p.message}`;
}

/** Structural problems of `value` against `schema`: paths like "$.rules[0].id" (relative to `value`). */
export function schemaProblems(schema: TSchema, value: unknown): Array<{ path: string; message: string }> {
  // Check first: it gives the same verdict several times faster than walking Errors, and nearly every pack is valid.
  if (Check(schema, value)) return [];
  const errors = [...Errors(schema, value)];
  // An unknown key that looks like a typo of a missing key is reported once, as the typo.
  const claimed = new Set<string>();
  for (const e of errors) {
    if (e.type !== ValueErrorType.ObjectAdditionalProperties || e.value === undefined || !e.schema.properties) continue;
    const { parent, key } = split(e.path);
    const holder = at(value, parent) as Record<string, unknown>;
    const near = nearest(key, Object.keys(e.schema.properties).filter((k) => holder[k] === undefined));
    if (near) claimed.add(`${parent}/${near}`);
  }
  const out: Array<{ path: string; message: string }> = [];
  for (const e of errors) {
    if (claimed.has(e.path) && e.value === undefined) continue;
    const message = messageFor(e);
    const path = jsonPath(e.path);
    if (message !== undefined && !out.some((p) => p.path === path && p.message === message)) out.push({ path, message });
  }
  return out;
}

/**
 * For lenient formats (a policy, stored settings): reports each problem and returns the JSON paths of
 * the parts that are valid, from the top down: "$.sites" when "sites" has the right type, "$.sites[2]"
 * when that entry is also right. An unknown key is reported but does not make its object invalid.
 */
export function validParts(schema: TSchema, value: unknown, report: (path: string, message: string) => void): Set<string> {
  const problems = schemaProblems(schema, value);
  for (const p of problems) report(p.path, p.message);
  const bad = problems.filter((p) => !p.message.startsWith('Unknown key')).map((p) => p.path);
  const valid = new Set<string>();
  const within = (path: string) => bad.some((b) => b === path || b.startsWith(`${path}.`) || b.startsWith(`${path}[`));
  const walk = (v: unknown, path: string): void => {
    if (bad.includes(path)) return;
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (path === '$' && typeof v === 'object' && v !== null) for (const [k, item] of Object.entries(v)) walk(item, `${path}${seg(k)}`);
    else if (within(path)) return;
    valid.add(path);
  };
  walk(value, '$');
  return valid;
}

function messageFor(e: ValueError): string | undefined {
  const { key, parent } = split(e.path);
  const isItem = /^\d+$/.test(key);
  const name = isItem ? `Each entry of "${split(parent).key}"` : `"${key}"`;
  const value = e.value;
  const mustBe = (what: string) => (value === undefined ? missing(key, e.schema) : `${name} must be ${what}, but ${isItem ? 'this' : 'it'} is ${describe(value)}.`);
  switch (e.type) {
    case ValueErrorType.ObjectRequiredProperty:
      return missing(key, e.schema);
    case ValueErrorType.ObjectAdditionalProperties: {
      if (value === undefined) return undefined;
      if (!e.schema.properties) return `Id "${key}" is not valid: use lower-case letters and digits, with single dots or hyphens between them (like "patient.nhs-number").${perhaps(key)}`;
      const allowed = Object.keys(e.schema.properties);
      if (typeof e.schema.keysAre === 'string') {
        // "cym", "CY" or "cy-GB" for "cy".
        const meant = nearest(key, allowed) ?? allowed.find((a) => key.toLowerCase().startsWith(`${a}-`) || key.toLowerCase().startsWith(`${a}_`));
        const capital = e.schema.keysAre[0]!.toUpperCase() + e.schema.keysAre.slice(1);
        return `Unknown ${e.schema.keysAre} "${key}" in ${e.schema.title ?? 'this object'}.${meant ? ` Did you mean "${meant}"?` : ''} ${capital}s allowed: ${allowed.join(', ')}.`;
      }
      const near = nearest(key, allowed);
      return `Unknown key "${key}" in ${e.schema.title ?? 'this object'}.${near ? ` Did you mean "${near}"?` : ''} Allowed keys: ${allowed.join(', ')}.`;
    }
    case ValueErrorType.Object:
      return mustBe('an object ({ ... })');
    case ValueErrorType.Array:
      return mustBe('a list ([ ... ])');
    case ValueErrorType.String:
      return mustBe('text');
    case ValueErrorType.Boolean:
      return mustBe('true or false');
    case ValueErrorType.Integer:
      return mustBe(e.schema.minimum === 1 ? 'a whole number of 1 or more' : 'a whole number');
    case ValueErrorType.Number:
      return mustBe(e.schema.exclusiveMinimum === 0 ? 'a number greater than 0' : 'a number');
    case ValueErrorType.IntegerMinimum:
    case ValueErrorType.NumberMinimum:
      return mustBe(`a whole number of ${e.schema.minimum} or more`);
    case ValueErrorType.IntegerExclusiveMinimum:
    case ValueErrorType.NumberExclusiveMinimum:
      return mustBe(`a number greater than ${e.schema.exclusiveMinimum}`);
    case ValueErrorType.StringPattern:
      if (e.schema.pattern === NOT_BLANK) return isItem ? `This entry of "${split(parent).key}" is empty.` : `"${key}" is empty.`;
      if (e.schema.pattern === ID_PATTERN.source) {
        return `${e.schema.title ?? 'Id'} "${value}" is not valid: use lower-case letters and digits, with single dots or hyphens between them (like "patient.nhs-number").${perhaps(String(value))}`;
      }
      // A schema may say in words what its pattern allows (`mustBe`), for a clearer message than the pattern.
      if (typeof e.schema.mustBe === 'string') return mustBe(e.schema.mustBe);
      return `${name} does not have the right form (${e.schema.pattern}).`;
    case ValueErrorType.StringFormat:
      return (e.schema.format === 'regex' ? regexProblem(String(value)) : e.schema.format === 'word' ? wordProblem(String(value)) : undefined) ?? e.message;
    case ValueErrorType.ArrayMinItems:
      return `${name} is an empty list: it needs ${e.schema.description?.replace(/\.$/, '') ?? 'at least one entry'}.`;
    case ValueErrorType.ObjectMinProperties:
      return `${name} is empty: add at least one entry.`;
    case ValueErrorType.Literal:
    case ValueErrorType.Union: {
      // OneOf(...): a union of string literals (a single literal when there is one value).
      const allowed = ((e.schema.anyOf as TSchema[] | undefined) ?? [e.schema]).map((s) => s.const).filter((c): c is string => typeof c === 'string');
      if (typeof value !== 'string') return `${mustBe('text')} Allowed: ${allowed.join(', ')}.`;
      const label = isItem ? `The text ${JSON.stringify(value)} is not allowed in "${split(parent).key}".` : `Unknown ${key} "${value}".`;
      return `${label}${didYouMean(value, allowed)} Allowed: ${allowed.join(', ')}.`;
    }
    default:
      return `${name}: ${e.message}.`;
  }
}

function missing(key: string, schema: TSchema): string {
  const hint = schema.description?.replace(/\.$/, '');
  return `Missing required key "${key}"${hint ? `: ${hint}` : ''}.`;
}

function perhaps(id: string): string {
  const fixed = id.toLowerCase().replace(/[^a-z0-9.-]+/g, '-').replace(/([.-])[.-]+/g, '$1').replace(/^[.-]+|[.-]+$/g, '');
  return fixed && fixed !== id && ID_PATTERN.test(fixed) ? ` Perhaps "${fixed}"?` : '';
}

// --- paths -------------------------------------------------------------------------------------------

const unescape = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');

function split(pointer: string): { parent: string; key: string } {
  const i = pointer.lastIndexOf('/');
  return { parent: pointer.slice(0, Math.max(0, i)), key: unescape(pointer.slice(i + 1)) };
}

/** "/rules/0/my key" -> '$.rules[0]["my key"]'. */
export function jsonPath(pointer: string): string {
  if (pointer === '') return '$';
  return '$' + pointer.slice(1).split('/').map(unescape).map((s) => (/^\d+$/.test(s) ? `[${s}]` : seg(s))).join('');
}

function at(value: unknown, pointer: string): unknown {
  let v = value;
  for (const s of pointer.split('/').slice(1)) v = (v as Record<string, unknown> | undefined)?.[unescape(s)];
  return v;
}

/** A JSON path segment: `.key` for plain names, `["key"]` otherwise. */
export function seg(key: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key) ? `.${key}` : `[${JSON.stringify(key)}]`;
}

// --- words -------------------------------------------------------------------------------------------

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'missing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + '...' : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'an object';
}

export function didYouMean(value: string, options: Iterable<string>): string {
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
