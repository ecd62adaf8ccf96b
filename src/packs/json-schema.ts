// The published JSON Schema of the rules-pack format (rules/schema/rules-pack.schema.json), for
// editors. Made from the same TypeBox schemas the validator uses: `npm run schema` writes it, and
// test/packs/schema.test.ts fails when the file is out of date.
import { Type } from '@sinclair/typebox';
import { BUILTIN_RULE_TYPES } from '../engine/rule-types';
import { packSchema, SCHEMA_VERSION } from './format';

export function rulesPackJsonSchema(): Record<string, unknown> {
  const names = BUILTIN_RULE_TYPES.map((t) => t.type);
  // Each rule is checked against the schema of its own "type", so an editor's errors name the right fields.
  const rule = Type.Unsafe({
    type: 'object',
    required: ['type'],
    properties: { type: { enum: names, description: `The kind of rule: ${names.join(', ')}.` } },
    allOf: names.map((name) => ({ if: { properties: { type: { const: name } }, required: ['type'] }, then: { $ref: `#/$defs/${name}-rule` } })),
  });
  const pack = packSchema(rule);
  // Plain JSON: TypeBox's own markers are symbols, which JSON leaves out.
  return JSON.parse(
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `urn:think-before-you-post:rules-pack:${SCHEMA_VERSION}`,
      ...pack,
      title: 'Think Before You Post rules pack',
      $defs: Object.fromEntries(BUILTIN_RULE_TYPES.map((t) => [`${t.type}-rule`, t.schema])),
    }),
  );
}
