#!/usr/bin/env node
// npm run eval: scan the labelled corpus with the built-in packs and print score.mjs's table.
// Extra arguments go to score.mjs (e.g. -- --misses).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = process.env.TBYP_CORPUS ?? resolve(root, '../shared/corpus');
const gold = join(corpus, 'posts.jsonl');
const predictions = execFileSync(process.execPath, [join(root, 'bin/tbyp.mjs'), 'scan', '--jsonl', gold], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const out = join(mkdtempSync(join(tmpdir(), 'tbyp-eval-')), 'predictions.jsonl');
writeFileSync(out, predictions);
const table = execFileSync(process.execPath, [join(corpus, 'score.mjs'), '--gold', gold, '--pred', out, ...process.argv.slice(2)], {
  encoding: 'utf8',
});
process.stdout.write(table);
