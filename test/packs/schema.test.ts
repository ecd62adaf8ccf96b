// rules/schema/rules-pack.schema.json is for editors; src/packs/validate.ts is what runs.
// These tests keep the two describing the same format.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPackDir } from '../../src/packs/load-file';
import { DETECTOR_NAMES, SCHEMA_VERSION, VALIDATOR_NAMES } from '../../src/packs/types';
import {
  APPLIES_KEYS,
  AUDIENCES,
  CLUE_KEYS,
  DENY_TERM_KEYS,
  EXAMPLES_KEYS,
  ID_PATTERN,
  KINDS,
  LOCKED_KEYS,
  NEARBY_KEYS,
  OVERRIDE_KEYS,
  PACK_KEYS,
  RULE_BASE_KEYS,
  RULE_TYPE_KEYS,
  RULE_TYPES,
  SEVERITIES,
  VOCABULARY_KEYS,
} from '../../src/packs/validate';

type Schema = { [key: string]: unknown };
const schema = JSON.parse(readFileSync('rules/schema/rules-pack.schema.json', 'utf8')) as Schema;
const defs = schema.$defs as Record<string, Schema>;

function resolveRef(s: Schema): Schema {
  let out = s;
  while (typeof out.$ref === 'string') {
    const name = (out.$ref as string).replace('#/$defs/', '');
    expect(defs[name], out.$ref as string).toBeDefined();
    out = { ...defs[name], ...Object.fromEntries(Object.entries(out).filter(([k]) => k !== '$ref')) };
  }
  return out;
}

const props = (s: Schema) => Object.keys((resolveRef(s).properties ?? {}) as object).sort();
const sorted = (...lists: ReadonlyArray<readonly string[]>) => [...new Set(lists.flat())].sort();

/** Every subschema, with where it is. */
function* walk(s: unknown, where = '#'): Generator<[Schema, string]> {
  if (typeof s !== 'object' || s === null) return;
  if (Array.isArray(s)) {
    for (const [i, x] of s.entries()) yield* walk(x, `${where}/${i}`);
    return;
  }
  yield [s as Schema, where];
  for (const [k, v] of Object.entries(s)) {
    // Skip values and conditions (`if` only tests the "type" to pick a variant).
    if (k === 'defaultSnippets' || k === 'examples' || k === 'enum' || k === 'const' || k === 'if') continue;
    yield* walk(v, `${where}/${k}`);
  }
}

// A small JSON Schema evaluator for the keywords the schema uses (no library needed).
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', 'title', 'description', 'examples', 'enumDescriptions', 'defaultSnippets']);

function evaluate(s: unknown, value: unknown, path: string, errors: string[]): void {
  if (s === true) return;
  if (s === false) {
    errors.push(`${path} false`);
    return;
  }
  const sch = s as Schema;
  const err = (keyword: string, at = path) => errors.push(`${at} ${keyword}`);
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const seg = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? `.${k}` : `[${JSON.stringify(k)}]`);
  const valid = (sub: unknown, v: unknown) => {
    const e: string[] = [];
    evaluate(sub, v, path, e);
    return e.length === 0;
  };
  for (const [k, v] of Object.entries(sch)) {
    switch (k) {
      case '$ref':
        evaluate(defs[(v as string).replace('#/$defs/', '')], value, path, errors);
        break;
      case 'type': {
        const ok =
          v === 'object' ? isObj(value) : v === 'array' ? Array.isArray(value) : v === 'integer' ? Number.isInteger(value) : typeof value === v;
        if (!ok) err('type');
        break;
      }
      case 'enum':
        if (!(v as unknown[]).some((x) => JSON.stringify(x) === JSON.stringify(value))) err('enum');
        break;
      case 'const':
        if (JSON.stringify(v) !== JSON.stringify(value)) err('const');
        break;
      case 'pattern':
        if (typeof value === 'string' && !new RegExp(v as string, 'u').test(value)) err('pattern');
        break;
      case 'minLength':
        if (typeof value === 'string' && [...value].length < (v as number)) err('minLength');
        break;
      case 'maxLength':
        if (typeof value === 'string' && [...value].length > (v as number)) err('maxLength');
        break;
      case 'minimum':
        if (typeof value === 'number' && value < (v as number)) err('minimum');
        break;
      case 'exclusiveMinimum':
        if (typeof value === 'number' && value <= (v as number)) err('exclusiveMinimum');
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (v as number)) err('minItems');
        break;
      case 'uniqueItems':
        if (Array.isArray(value) && v && new Set(value.map((x) => JSON.stringify(x))).size !== value.length) err('uniqueItems');
        break;
      case 'items':
        if (Array.isArray(value)) value.forEach((x, i) => evaluate(v, x, `${path}[${i}]`, errors));
        break;
      case 'properties':
        if (isObj(value)) for (const [p, sub] of Object.entries(v as Schema)) if (p in value) evaluate(sub, value[p], `${path}${seg(p)}`, errors);
        break;
      case 'required':
        if (isObj(value)) for (const p of v as string[]) if (!(p in value)) err('required', `${path}${seg(p)}`);
        break;
      case 'additionalProperties':
        if (isObj(value)) {
          const known = (sch.properties ?? {}) as Schema;
          for (const p of Object.keys(value)) if (!(p in known)) evaluate(v, value[p], `${path}${seg(p)}`, errors);
        }
        break;
      case 'propertyNames':
        if (isObj(value)) for (const p of Object.keys(value)) evaluate(v, p, `${path}${seg(p)}`, errors);
        break;
      case 'minProperties':
        if (isObj(value) && Object.keys(value).length < (v as number)) err('minProperties');
        break;
      case 'anyOf':
        if (!(v as unknown[]).some((sub) => valid(sub, value))) err('anyOf');
        break;
      case 'allOf':
        for (const sub of v as unknown[]) evaluate(sub, value, path, errors);
        break;
      case 'if':
        if (valid(v, value)) {
          if ('then' in sch) evaluate(sch.then, value, path, errors);
        } else if ('else' in sch) {
          evaluate(sch.else, value, path, errors);
        }
        break;
      case 'then':
      case 'else':
        break;
      default:
        if (!ANNOTATIONS.has(k)) throw new Error(`The test evaluator does not know the keyword "${k}"`);
    }
  }
}

function schemaErrors(value: unknown): string[] {
  const errors: string[] = [];
  evaluate(schema, value, '$', errors);
  return [...new Set(errors)];
}

const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/packs/${name}`, 'utf8'));

describe('rules-pack.schema.json', () => {
  it('is a draft 2020-12 schema for the current schemaVersion and id format', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const top = schema.properties as Record<string, Schema>;
    expect(top.schemaVersion!.const).toBe(SCHEMA_VERSION);
    expect(defs.id!.pattern).toBe(ID_PATTERN.source);
  });

  it('allows no unknown keys anywhere', () => {
    for (const [s, where] of walk(schema)) {
      if (s.properties) expect(s.additionalProperties, where).toBe(false);
    }
  });

  it('describes every property, for hover text', () => {
    let count = 0;
    for (const [s, where] of walk(schema)) {
      for (const [name, p] of Object.entries((s.properties ?? {}) as Record<string, Schema>)) {
        count++;
        expect(resolveRef(p).description, `${where}/properties/${name}`).toEqual(expect.any(String));
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('has the same keys as the validator', () => {
    expect(props(schema)).toEqual(sorted(PACK_KEYS));
    for (const type of RULE_TYPES) {
      expect(props(defs[`${type}Rule`]!), type).toEqual(sorted(RULE_BASE_KEYS, ['type'], RULE_TYPE_KEYS[type]));
    }
    expect(props(defs.rule!)).toEqual(sorted(RULE_BASE_KEYS, ['type'], ...Object.values(RULE_TYPE_KEYS)));
    expect(props(defs.override!)).toEqual(sorted(OVERRIDE_KEYS));
    expect(props(defs.lockedRule!)).toEqual(sorted(LOCKED_KEYS));
    expect(props(defs.denyTerm!)).toEqual(sorted(DENY_TERM_KEYS));
    expect(props(defs.nearby!)).toEqual(sorted(NEARBY_KEYS));
    expect(props(defs.clue!)).toEqual(sorted(CLUE_KEYS));
    expect(props(defs.examples!)).toEqual(sorted(EXAMPLES_KEYS));
    expect(props(defs.applies!)).toEqual(sorted(APPLIES_KEYS));
    expect(props((schema.properties as Record<string, Schema>).vocabularies!)).toEqual(sorted(VOCABULARY_KEYS));
  });

  it('has the same allowed values as the validator', () => {
    const ruleProps = defs.rule!.properties as Record<string, Schema>;
    expect(ruleProps.type!.enum).toEqual([...RULE_TYPES]);
    expect(resolveRef(ruleProps.severity!).enum).toEqual([...SEVERITIES]);
    expect(ruleProps.validator!.enum).toEqual([...VALIDATOR_NAMES]);
    expect(ruleProps.detector!.enum).toEqual([...DETECTOR_NAMES]);
    const applies = defs.applies!.properties as Record<string, Schema>;
    expect((applies.kinds!.items as Schema).enum).toEqual([...KINDS]);
    expect((applies.audiences!.items as Schema).enum).toEqual([...AUDIENCES]);
    for (const type of RULE_TYPES) {
      const variant = defs[`${type}Rule`]!.properties as Record<string, Schema>;
      expect(variant.type!.const).toBe(type);
    }
  });

  it('accepts the valid fixtures', () => {
    expect(schemaErrors(fixture('minimal.json'))).toEqual([]);
    expect(schemaErrors(fixture('full.json'))).toEqual([]);
  });

  it('catches the structural mistakes in broken.json (the rest needs the validator)', () => {
    expect(schemaErrors(fixture('broken.json')).sort()).toEqual(
      [
        '$.schemaVersion const',
        '$.rules[0].validator enum',
        '$.rules[1].colour false',
        '$.rules[2].enabled type',
        '$.rules[6].examples.pass required',
      ].sort(),
    );
  });

  it('picks the rule variant by type', () => {
    const pack = fixture('minimal.json') as { rules: Array<Record<string, unknown>> };
    pack.rules[0]!.pattern = 'x'; // a pattern-rule key on a words rule
    expect(schemaErrors(pack)).toEqual(['$.rules[0].pattern false']);
    pack.rules[0]!.type = 'pattern';
    delete pack.rules[0]!.words;
    expect(schemaErrors(pack)).toEqual([]);
  });

  it('accepts every pack under rules/ that the validator accepts', () => {
    const { packs } = loadPackDir('rules');
    for (const { file, pack } of packs) expect(schemaErrors(pack), file).toEqual([]);
  });
});
