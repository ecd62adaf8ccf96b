#!/usr/bin/env node
// node scripts/split-heldout.mjs SRC N OUTDIR: splits a new labelled set without printing any post.
// Odd ids -> heldout-N-studied.jsonl, even ids -> heldout-N-never-studied.jsonl; prints counts only.
import { readFileSync, writeFileSync } from 'node:fs';
const [src, n, outDir] = process.argv.slice(2);
const lines = readFileSync(src, 'utf8').split('\n').filter((l) => l.trim());
const posts = [];
let bad = 0;
for (const l of lines) {
  try {
    const p = JSON.parse(l);
    if (p && typeof p.text === 'string' && Array.isArray(p.labels) && p.id !== undefined && /\d/.test(String(p.id))) posts.push(p);
    else bad++;
  } catch { bad++; }
}
const ids = new Set(posts.map((p) => String(p.id)));
console.log(`lines ${lines.length} valid ${posts.length} bad ${bad} unique ids ${ids.size}`);
if (posts.length !== 240 || bad || ids.size !== 240) { console.log('not ready: nothing written'); process.exit(1); }
const num = (p) => Number(String(p.id).replace(/\D/g, ''));
const odd = posts.filter((p) => num(p) % 2 === 1);
const even = posts.filter((p) => num(p) % 2 === 0);
const w = (f, ps) => writeFileSync(f, ps.map((p) => JSON.stringify(p)).join('\n') + '\n');
w(`${outDir}/heldout-${n}-studied.jsonl`, odd);
w(`${outDir}/heldout-${n}-never-studied.jsonl`, even);
const lab = (ps) => ps.filter((p) => p.labels.length === 0).length;
console.log(`studied ${odd.length} (clean ${lab(odd)}), never ${even.length} (clean ${lab(even)})`);
