// rules/schema/rules-pack.schema.json is generated from the same TypeBox schemas the validator uses.
// These tests keep the file up to date and check, with an independent JSON Schema validator (ajv),
// that editors see the same format the extension enforces.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { rulesPackJsonSchema } from '../../src/packs/json-schema';
import { validatePack } from '../../src/packs/validate';

type Schema = { [key: string]: unknown };
const schema = JSON.parse(readFileSync('rules/schema/rules-pack.schema.json', 'utf8')) as Schema;
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(schema);
const fixture = (name: string): unknown => JSON.parse(readFileSync(`test/fixtures/packs/${name}`, 'utf8'));

/** Every subschema, with where it is. */
function* walk(s: unknown, where = '#'): Generator<[Schema, string]> {
  if (typeof s !== 'object' || s === null) return;
  if (Array.isArray(s)) {
    for (const [i, x] of s.entries()) yield* walk(x, `${where}/${i}`);
    return;
  }
  yield [s as Schema, where];
  for (const [k, v] of Object.entries(s)) if (k !== 'if' && k !== 'enum' && k !== 'const') yield* walk(v, `${where}/${k}`);
}

describe('rules-pack.schema.json', () => {
  it('is up to date with the format (run `npm run schema` after changing it)', () => {
    expect(schema).toEqual(rulesPackJsonSchema());
  });

  it('allows no unknown keys anywhere and describes every property, for hover text', () => {
    let count = 0;
    for (const [s, where] of walk(schema)) {
      if (!s.properties || where.endsWith('/rules/items') || where.includes('/allOf/')) continue;
      expect(s.additionalProperties, where).toBe(false);
      for (const [name, p] of Object.entries(s.properties as Record<string, Schema>)) {
        count++;
        expect(p.description, `${where}/properties/${name}`).toEqual(expect.any(String));
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it('accepts the valid fixtures and the built-in packs', () => {
    for (const data of [fixture('minimal.json'), fixture('full.json'), ...BUILTIN_PACK_FILES.map((f) => f.data)]) {
      validate(data);
      expect(validate.errors ?? []).toEqual([]);
    }
  });

  it('rejects the structural mistakes the validator reports', () => {
    const pack = fixture('minimal.json') as { rules: Array<Record<string, unknown>> };
    pack.rules[0]!.pattern = 'x'; // a pattern-rule key on a words rule
    expect(validate(pack)).toBe(false);
    expect(validatePack(pack, 'x.json').problems[0]!.path).toBe('$.rules[0].pattern');
    pack.rules[0]!.type = 'pattern';
    delete pack.rules[0]!.words;
    expect(validate(pack)).toBe(true);
    expect(validate(fixture('broken.json'))).toBe(false);
  });

  it('types detector options per detector', () => {
    const pack = fixture('minimal.json') as { rules: Array<Record<string, unknown>> };
    Object.assign(pack.rules[0]!, { type: 'detector', detector: 'patient-name', options: { care: 'bed' } });
    delete pack.rules[0]!.words;
    expect(validate(pack)).toBe(false);
    expect(validatePack(pack, 'x.json').problems.map((p) => p.path)).toEqual(['$.rules[0].options.care']);
  });
});
