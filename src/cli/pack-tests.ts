// Runs each rule's own flag/pass examples against the packs it was loaded with.
import { check, compilePack, type Nlp } from '../engine';
import { evasionsOf } from './evasion';
import type { LoadedPacks } from './load-packs';

export interface PackTestResult {
  passed: number;
  failures: string[];
}

export function runPackTests(loaded: LoadedPacks, nlp: Nlp): PackTestResult {
  const pack = compilePack(loaded.resolved);
  const fileOf = new Map<string, string>();
  for (const { file, pack: p } of loaded.packs) for (const r of p.rules) fileOf.set(r.id, file);
  const failures: string[] = [];
  let passed = 0;
  // Only the named packs' rules: built-in packs underneath are tested when they are named themselves.
  const named = new Set(loaded.packs.filter((p) => loaded.files.includes(p.file)).map((p) => p.pack.id));
  for (const rule of loaded.resolved.rules.filter((r) => named.has(r.packId))) {
    const where = `${fileOf.get(rule.id) ?? rule.packId}: rule ${rule.id}`;
    const fires = (text: string) => check(text, {}, pack, { nlp, keepRepeats: true }).some((f) => f.ruleId === rule.id);
    for (const text of rule.examples.flag) {
      if (!fires(text)) {
        failures.push(`${where}: should flag but didn't: ${JSON.stringify(text)}`);
        continue;
      }
      passed++;
      // The same example, disguised: it must still be flagged.
      for (const variant of evasionsOf(text, rule.type)) {
        if (fires(variant.text)) passed++;
        else failures.push(`${where}: should flag but didn't with ${variant.name}: ${JSON.stringify(variant.text)}`);
      }
    }
    for (const text of rule.examples.pass) {
      if (!fires(text)) passed++;
      else failures.push(`${where}: should pass but was flagged: ${JSON.stringify(text)}`);
    }
  }
  return { passed, failures };
}
