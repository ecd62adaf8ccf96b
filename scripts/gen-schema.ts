// Writes rules/schema/rules-pack.schema.json from the pack format's TypeBox schemas. Run: npm run schema
import { writeFileSync } from 'node:fs';
import { rulesPackJsonSchema } from '../src/packs/json-schema';

writeFileSync(new URL('../rules/schema/rules-pack.schema.json', import.meta.url), JSON.stringify(rulesPackJsonSchema(), null, 2) + '\n');
