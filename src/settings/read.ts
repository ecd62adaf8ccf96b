// Reads untrusted stored settings against their TypeBox schema, keeping every part that is right.
// Objects are read key by key and lists entry by entry, so one wrong switch or one bad rule id costs
// only itself; an object inside a list (an imported pack) is kept whole or not at all. Whatever is left
// out gets a note naming its field, and the caller fills the gaps with the defaults.
import { Kind, Type, type TSchema } from '@sinclair/typebox';
import { Check } from '@sinclair/typebox/value';
import { schemaProblems, seg } from '../packs/problems';

type Loose = Record<string, unknown>;

/** `value` where it is right; undefined (with notes) where it is not. `path` is the field's name ("sites.enabled"). */
export function readValid(schema: TSchema, value: unknown, notes: string[], path = '', name = path): unknown {
  if (schema[Kind] === 'Object' && isObject(value)) {
    const properties = schema.properties as Record<string, TSchema>;
    const out: Loose = {};
    for (const [key, item] of Object.entries(value)) {
      const where = join(path, key);
      if (!Object.hasOwn(properties, key)) notes.push(`Ignored "${where}": not a setting.`);
      else {
        const kept = readValid(properties[key]!, item, notes, where, key);
        if (kept !== undefined) out[key] = kept;
      }
    }
    return out;
  }
  if (schema[Kind] === 'Record' && isObject(value)) {
    const [pattern, itemSchema] = Object.entries(schema.patternProperties as Record<string, TSchema>)[0]!;
    const out: Loose = {};
    for (const [key, item] of Object.entries(value)) {
      const where = join(path, key);
      if (!new RegExp(pattern).test(key)) notes.push(`Ignored "${where}": "${key.slice(0, 60)}" is not a valid name here.`);
      else {
        const kept = readValid(itemSchema, item, notes, where, key);
        if (kept !== undefined) out[key] = kept;
      }
    }
    return out;
  }
  if (schema[Kind] === 'Array' && Array.isArray(value)) {
    const items = schema.items as TSchema;
    return value.filter((item, i) => whole(items, item, notes, `${path}[${i}]`, name, true));
  }
  return whole(schema, value, notes, path, name, false) ? value : undefined;
}

/**
 * Whether `value` is right as a whole; when not, a note with what is wrong. The value is checked inside
 * an object holding it under its own name, so the messages say "sensitivity", not "the value".
 */
function whole(schema: TSchema, value: unknown, notes: string[], where: string, name: string, asItem: boolean): boolean {
  if (Check(schema, value)) return true;
  const holder = Type.Object({ [name]: asItem ? Type.Array(schema) : schema });
  const problems = schemaProblems(holder, { [name]: asItem ? [value] : value });
  notes.push(`Ignored "${where}": ${problems.map((p) => p.message).join(' ') || 'it is not the right kind of value.'}`);
  return false;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}${seg(key)}`;
}

function isObject(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
