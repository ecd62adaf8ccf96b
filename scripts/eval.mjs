#!/usr/bin/env node
// npm run eval [-- --misses] [-- --gold FILE]
// Scans every labelled set with the built-in packs and prints score.mjs's figures for each:
// the shared corpus, and each test/corpus set split into the half we studied and the half we never
// read. heldout-2's odd ids were studied and its even ids never were; heldout.jsonl and the
// *-studied.jsonl sets were studied whole. --misses lists the studied halves' mistakes only, so
// the never-studied posts stay unread. --gold FILE scores one file alone (all of it studied).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The corpus lives beside the checkout (../shared) or, from a worktree, two levels up.
const corpusDir = [resolve(root, '../shared/corpus'), resolve(root, '../../shared/corpus')].find((d) =>
  existsSync(join(d, 'posts.jsonl')),
);
if (!corpusDir) throw new Error('cannot find shared/corpus/posts.jsonl beside the checkout');
const score = join(corpusDir, 'score.mjs');

const args = process.argv.slice(2);
const showMisses = args.includes('--misses');
const goldAt = args.indexOf('--gold');

/** Which posts of a set were never studied. */
const neverStudied = {
  'heldout-2.jsonl': (id) => Number(String(id).replace(/\D/g, '')) % 2 === 0,
};

const sets =
  goldAt >= 0
    ? [resolve(args[goldAt + 1])]
    : [
        join(corpusDir, 'posts.jsonl'),
        ...readdirSync(join(root, 'test/corpus'))
          .filter((f) => f.endsWith('.jsonl'))
          .sort()
          .map((f) => join(root, 'test/corpus', f)),
      ];

const tmp = mkdtempSync(join(tmpdir(), 'tbyp-eval-'));
const readJsonl = (p) => readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
const pct = (x) => `${(100 * x).toFixed(1)}%`;

function scoreHalf(name, gold, predictionsFile) {
  const goldFile = join(tmp, `${name.replace(/\W+/g, '-')}.jsonl`);
  writeFileSync(goldFile, gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
  const run = (...extra) =>
    execFileSync(process.execPath, [score, '--gold', goldFile, '--pred', predictionsFile, ...extra], { encoding: 'utf8' });
  return { summary: JSON.parse(run('--json')), misses: showMisses && !name.includes('never') ? run('--misses') : '' };
}

const summaries = [];
for (const file of sets) {
  const predictions = execFileSync(process.execPath, [join(root, 'bin/tbyp.mjs'), 'scan', '--jsonl', file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const predictionsFile = join(tmp, `${basename(file)}.pred`);
  writeFileSync(predictionsFile, predictions);
  const gold = readJsonl(file);
  const isNever = neverStudied[basename(file)];
  const halves = isNever
    ? [
        [`${basename(file)} studied`, gold.filter((g) => !isNever(g.id))],
        [`${basename(file)} never studied`, gold.filter((g) => isNever(g.id))],
      ]
    : [[file.startsWith(root) ? basename(file) : `corpus ${basename(file)}`, gold]];
  for (const [name, posts] of halves) {
    const { summary, misses } = scoreHalf(name, posts, predictionsFile);
    summaries.push([name, summary]);
    console.log(`\n== ${name} (${summary.posts} posts)`);
    for (const l of summary.labels) {
      console.log(
        `  ${l.label.padEnd(16)} tp ${String(l.tp).padStart(3)} fp ${String(l.fp).padStart(3)} fn ${String(l.fn).padStart(3)}` +
          `  P ${pct(l.precision).padStart(6)}  R ${pct(l.recall).padStart(6)}  F1 ${pct(l.f1).padStart(6)}`,
      );
    }
    console.log(
      `  macro F1 ${pct(summary.macroF1)}  clean posts warned ${pct(summary.falseWarningRate)}  risky posts missed ${pct(summary.silentRiskyRate)}`,
    );
    if (misses) console.log(misses.split('\n').filter((l) => /^F[PN] /.test(l)).map((l) => `  ${l}`).join('\n'));
  }
}

console.log('\n| set | posts | macro F1 | clean posts warned | risky posts missed |\n|---|---|---|---|---|');
for (const [name, s] of summaries) {
  console.log(`| ${name} | ${s.posts} | ${pct(s.macroF1)} | ${pct(s.falseWarningRate)} | ${pct(s.silentRiskyRate)} |`);
}
