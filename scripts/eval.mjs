#!/usr/bin/env node
// npm run eval [-- --gold FILE] [-- --misses]: scan a labelled set (the corpus by default)
// with the built-in packs and print score.mjs's table.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const corpus = resolve(root, '../shared/corpus');
const args = process.argv.slice(2);
const goldAt = args.indexOf('--gold');
const gold = goldAt >= 0 ? resolve(args.splice(goldAt, 2)[1]) : join(corpus, 'posts.jsonl');

const predictions = execFileSync(process.execPath, [join(root, 'bin/tbyp.mjs'), 'scan', '--jsonl', gold], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const out = join(mkdtempSync(join(tmpdir(), 'tbyp-eval-')), 'predictions.jsonl');
writeFileSync(out, predictions);
process.stdout.write(
  execFileSync(process.execPath, [join(corpus, 'score.mjs'), '--gold', gold, '--pred', out, ...args], { encoding: 'utf8' }),
);
