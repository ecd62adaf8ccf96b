// The CLI and the extension get packs through the same buildPackSet, so what `tbyp validate` and
// `tbyp check` say about a trust's packs is what the extension applies.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPackSources } from '../../src/cli/load-packs';
import { check, compilePack, loadNlp } from '../../src/engine';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { loadConfig } from '../../src/settings';

const dir = mkdtempSync(join(tmpdir(), 'tbyp-one-path-'));
const rule = (id: string, words: string[], extra: Record<string, unknown> = {}) => ({
  id,
  type: 'words',
  category: 'confidentiality',
  severity: 'warning',
  message: `Saw {match} (${id}).`,
  why: 'Trust policy.',
  words,
  examples: { flag: [`about ${words[0]} today`], pass: ['nothing here'] },
  ...extra,
});
const pack = (id: string, extra: Record<string, unknown>) => ({ schemaVersion: 1, id, name: id, version: '1.0.0', author: 'Tests', rules: [], ...extra });

// The second pack extends the first but is given first: both paths must order them the same way.
const base = pack('trust.base', {
  categories: [{ id: 'estates', name: 'Estates' }],
  rules: [rule('trust.kestrel', ['kestrel']), rule('trust.boiler', ['boiler room'], { category: 'estates' })],
  overrides: { 'rudeness.profanity': { severity: 'high', message: 'Trust: please do not swear.' } },
  locked: [{ rule: 'patient.nhs-number', reason: 'IG-04' }],
  vocabularies: { allow: ['Ward 4 Friends'], deny: [{ term: 'Project Osprey', reason: 'Not announced.' }] },
});
const local = pack('trust.local', {
  extends: ['trust.base'],
  rules: [rule('trust.kestrel', ['kestrel', 'merlin'], { message: 'Local: {match}.' })],
  overrides: { 'trust.boiler': { severity: 'high' } },
});
const texts = [
  'Fuck this, kestrel and merlin are in the boiler room',
  'Project Osprey starts Monday with Ward 4 Friends',
  'Mrs Kowalczyk in bed 8, NHS no 943 476 5919',
  'Lovely walk to work this morning',
];

describe('one pack path', () => {
  it('gives the CLI and the extension the same rules and the same findings', async () => {
    const files = [join(dir, 'local.json'), join(dir, 'base.json')];
    writeFileSync(files[0]!, JSON.stringify(local, null, 2));
    writeFileSync(files[1]!, JSON.stringify(base, null, 2));
    const cli = loadPackSources(files, true);
    const extension = loadConfig({
      builtinFiles: BUILTIN_PACK_FILES,
      managed: { packs: [{ name: 'Local', json: JSON.stringify(local) }, { name: 'Base', json: JSON.stringify(base) }] },
      stored: undefined,
    });
    expect(cli.problems).toEqual([]);
    expect(extension.problems).toEqual([]);
    expect(cli.packs.map((p) => p.pack.id)).toEqual(extension.packs.map((p) => p.pack.id));
    expect(extension.packs.map((p) => p.pack.id).slice(-2)).toEqual(['trust.base', 'trust.local']);
    expect(cli.resolved.rules).toEqual(extension.resolved.rules);
    expect(cli.resolved.locked).toEqual(extension.resolved.locked);

    const nlp = await loadNlp();
    const cliPack = compilePack(cli.resolved);
    const extensionPack = compilePack(extension.resolved);
    for (const text of texts) expect(check(text, {}, cliPack, { nlp }), text).toEqual(check(text, {}, extensionPack, { nlp }));
    expect(check(texts[0]!, {}, extensionPack, { nlp }).map((f) => f.ruleId)).toEqual(expect.arrayContaining(['rudeness.profanity', 'trust.kestrel', 'trust.boiler']));
  });

  it('refuses the same bad pack on both paths, naming the same rule', () => {
    const bad = pack('trust.bad', { rules: [rule('trust.bad-category', ['x'], { category: 'patient-detail' })] });
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify(bad));
    const cli = loadPackSources([file], true);
    const extension = loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed: { packs: [bad] }, stored: undefined });
    const summary = (problems: typeof cli.problems) => problems.map((p) => [p.path, p.ruleId, p.message]);
    expect(summary(cli.problems)).toEqual(summary(extension.problems));
    expect(summary(cli.problems)).toEqual([['$.rules[0].category', 'trust.bad-category', expect.stringMatching(/Did you mean "patient-details"/)]]);
  });
});
