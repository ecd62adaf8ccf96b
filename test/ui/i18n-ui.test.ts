// The UI module (nudge, badge, photo reminder) bundles only its own words: each key it uses must be among them,
// or a person who chose a language would see an empty string. (No import of src/options here, on purpose.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED } from '../../src/ui/i18n';

const UI = join(import.meta.dirname, '../../src/ui');

describe('the UI module’s own words', () => {
  it('has every key that src/ui uses, in both languages', () => {
    const used = readdirSync(UI)
      .filter((f) => /\.tsx?$/.test(f))
      .flatMap((f) => [...readFileSync(join(UI, f), 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]!))
      .concat(['category.patientDetails', 'category.confidentiality', 'category.rudeness']); // by table in labels.ts
    expect(used.length).toBeGreaterThan(10);
    const missing = used.filter((key) => !(key.replaceAll('.', '_') in BUNDLED.en) || !(key.replaceAll('.', '_') in BUNDLED.cy));
    expect(missing).toEqual([]);
  });
});
