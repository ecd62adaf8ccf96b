import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'tbyp-cli-'));

function tbyp(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/tbyp.mjs'), ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('tbyp check', () => {
  it('explains findings with the words highlighted and exits 1', () => {
    const r = tbyp(['check', 'Mrs Kowalczyk in bed 8, NHS no 943 476 5919']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('patient.nhs-number');
    expect(r.out).toContain('[943 476 5919]');
    expect(r.out).toMatch(/Why: .*NHS number/);
  });

  it('reads stdin, prints JSON with --json, and exits 0 when there is nothing to flag', () => {
    const r = tbyp(['check', '--json'], 'Lovely sunny walk to work this morning');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual({ labels: [], findings: [] });
  });
});

describe('tbyp scan', () => {
  it('stops quietly when the reader closes the pipe early (| head)', () => {
    const file = join(tmp, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'Fuck this trust.' })).join('\n') + '\n');
    const errors = join(tmp, 'many.err');
    const r = spawnSync('sh', ['-c', `"${process.execPath}" bin/tbyp.mjs scan --jsonl "${file}" 2>"${errors}" | head -n 1`], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toContain('"id":0');
    expect(readFileSync(errors, 'utf8')).toBe('');
  });

  it('prints one {id, labels, findings} line per input line, in order', () => {
    const file = join(tmp, 'posts.jsonl');
    writeFileSync(
      file,
      [
        { id: 'a', text: 'Fuck this trust.' },
        { id: 'b', text: 'Ward 4 door code is 2946' },
        { id: 'c', text: 'Lovely walk today' },
      ]
        .map((x) => JSON.stringify(x))
        .join('\n') + '\n',
    );
    const r = tbyp(['scan', '--jsonl', file]);
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.id, l.labels])).toEqual([
      ['a', ['rudeness']],
      ['b', ['confidentiality']],
      ['c', []],
    ]);
    expect(lines[0].findings[0]).toMatchObject({ ruleId: 'rudeness.profanity', spans: [{ start: 0, end: 4 }] });
  });

  it('names the line of a bad record and carries on', () => {
    const file = join(tmp, 'bad.jsonl');
    writeFileSync(file, '{"id":"a","text":"hello"}\nnot json\n{"id":"c","text":"hi"}\n');
    const r = tbyp(['scan', '--jsonl', file]);
    expect(r.code).toBe(3);
    expect(r.err).toContain('bad.jsonl:2: not valid JSON');
    expect(r.out.trim().split('\n')).toHaveLength(2);
  });
});

/** A pack whose text tries to clear the terminal and print a fake green "valid". */
const sneaky = '\u001b[2J\u001b[32m1 pack(s) valid\u001b[0m';
const sneakyPack = { schemaVersion: 1, id: 'test.escape', name: 'E', version: '1', author: 'A', rules: [{ id: 'x.y', type: 'words', category: 'rudeness', severity: 'high', words: ['muppet'], message: sneaky, why: sneaky, examples: { flag: ['muppet'], pass: ['fine'] } }] };

describe('tbyp validate and test', () => {
  it('accepts the built-in and example packs', () => {
    expect(tbyp(['validate', 'rules/']).code).toBe(0);
  });

  it('says which declared categories have no Welsh name', () => {
    const file = join(tmp, 'categories.json');
    const pack = {
      ...sneakyPack,
      id: 'test.categories',
      categories: [
        { id: 'research', name: 'Research', translations: { cy: { name: 'Ymchwil' } } },
        { id: 'estates', name: 'Estates' },
      ],
      rules: [{ ...sneakyPack.rules[0], message: 'Fine.', why: 'Fine.', category: 'estates', translations: { cy: { message: 'Iawn.' } } }],
    };
    writeFileSync(file, JSON.stringify(pack));
    const r = tbyp(['validate', file]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`${file}: Welsh readers see these categories' names in English (no translations.cy.name): estates.`);
    expect(r.out).not.toMatch(/names in English.*research/);
  });

  it('lists every problem of a broken pack on its own line, with its place, and exits 1', () => {
    const r = tbyp(['validate', 'test/fixtures/packs/broken.json']);
    expect(r.code).toBe(1);
    const lines = r.err.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(10);
    for (const line of lines) expect(line).toMatch(/^test\/fixtures\/packs\/broken\.json:\d+:\d+ \$/);
  });

  it('reports a missing file and bad JSON with line and column', () => {
    expect(tbyp(['validate', 'no/such/pack.json']).err).toContain('File not found');
    const bad = join(tmp, 'bad.json');
    writeFileSync(bad, '{\n  "id": "x",\n  "rules": [,]\n}\n');
    const r = tbyp(['validate', bad]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/line 3, column \d+/);
  });

  it('reports an empty file', () => {
    const empty = join(tmp, 'empty.json');
    writeFileSync(empty, '  \n');
    expect(tbyp(['validate', empty]).err).toMatch(/The file is empty/);
  });

  it('names the line and column of a problem in the pack file', () => {
    const file = join(tmp, 'typo.json');
    writeFileSync(file, '{\n  "schemaVersion": 1,\n  "id": "test.typo",\n  "name": "T",\n  "version": "1",\n  "author": "A",\n  "rules": [],\n  "colour": "red"\n}\n');
    expect(tbyp(['validate', file]).err).toContain(`${file}:8:3 $.colour: Unknown key "colour" in a rules pack.`);
  });

  it('refuses a category that is neither built in nor declared, with a suggestion, and accepts a declared one', () => {
    const rule = { id: 'x.y', type: 'words', category: 'patient-detail', severity: 'warning', words: ['kestrel'], message: 'Saw it.', why: 'Trust policy.', examples: { flag: ['kestrel'], pass: ['fine'] } };
    const pack = { schemaVersion: 1, id: 'test.category', name: 'C', version: '1', author: 'A', rules: [rule] };
    const file = join(tmp, 'category.json');
    writeFileSync(file, JSON.stringify(pack));
    const r = tbyp(['validate', file]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('$.rules[0].category (rule "x.y"): Unknown category "patient-detail". Did you mean "patient-details"?');
    writeFileSync(file, JSON.stringify({ ...pack, categories: [{ id: 'patient-detail', name: 'Declared' }] }));
    expect(tbyp(['validate', file]).code).toBe(0);
  }, 60_000); // two runs of the CLI, on a shared machine

  it('escapes control characters from a pack, so a pack cannot rewrite the terminal', () => {
    const file = join(tmp, 'escape.json');
    writeFileSync(file, JSON.stringify({ ...sneakyPack, id: sneaky }));
    const validate = tbyp(['validate', file]);
    expect(validate.code).toBe(1);
    expect(validate.err).not.toContain('\u001b');
    expect(validate.err).toContain('\\u{1b}[2J');
  });

  it('escapes control characters in findings from a pack', () => {
    const file = join(tmp, 'escape-check.json');
    writeFileSync(file, JSON.stringify(sneakyPack));
    const check = tbyp(['check', '--pack', file, 'you muppet']);
    expect(check.code).toBe(1);
    expect(check.out).toContain('\\u{1b}[32m1 pack(s) valid');
    expect(check.out).not.toContain('\u001b');
  });

  it('runs every rule example and reports each failure', () => {
    const pack = join(tmp, 'failing.json');
    writeFileSync(
      pack,
      JSON.stringify({
        schemaVersion: 1,
        id: 'test.failing',
        name: 'Failing',
        version: '1.0.0',
        author: 'Tests',
        rules: [
          {
            id: 'test.word',
            type: 'words',
            category: 'rudeness',
            severity: 'warning',
            words: ['muppet'],
            message: 'm',
            why: 'w',
            examples: { flag: ['you muppet', 'no match here'], pass: ['fine', 'muppet again'] },
          },
        ],
      }),
    );
    const r = tbyp(['test', pack]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`should flag but didn't: "no match here"`);
    expect(r.out).toContain(`should pass but was flagged: "muppet again"`);
    // "you muppet" and its sixteen disguises (soft hyphens, zero-width spaces, direction marks, eight kinds of
    // white space or line breaks between the words, "muppet" spelt out five ways), and "fine".
    expect(r.out).toContain('18 passed, 2 failed');
  });
});

describe('usage', () => {
  it('documents exit codes in --help', () => {
    const r = tbyp(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Exit codes:[\s\S]*0[\s\S]*1[\s\S]*2[\s\S]*3/);
  });

  it('rejects an unknown option or command with exit 2', () => {
    expect(tbyp(['check', '--frobnicate', 'x']).code).toBe(2);
    expect(tbyp(['frobnicate']).err).toContain('unknown command');
  });
});
