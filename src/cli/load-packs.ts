// Loads packs for the CLI: the built-in NHS packs, then files and folders named on the command line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK_FILES } from '../packs/builtin';
import { loadPackFile } from '../packs/load-file';
import { resolvePacks, type ResolvedPacks } from '../packs/resolve';
import type { PackProblem, RulesPack } from '../packs/types';
import { validatePack } from '../packs/validate';

export interface LoadedPacks {
  files: string[];
  packs: Array<{ file: string; pack: RulesPack }>;
  resolved: ResolvedPacks;
  problems: PackProblem[];
}

/** Every pack file under a path: the file itself, or the .json files in a folder (not its schema/). */
function packFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [path]; // loadPackFile reports it as missing
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && e.name === 'schema'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? packFiles(join(path, e.name)) : e.name.endsWith('.json') ? [join(path, e.name)] : []));
}

/** Packs that extend others come after them. */
function inExtendsOrder<T extends { pack: RulesPack }>(packs: T[]): T[] {
  const ids = new Set(packs.map((p) => p.pack.id));
  const done = new Set<string>();
  const out: T[] = [];
  let remaining = [...packs];
  while (remaining.length) {
    const ready = remaining.filter((p) => (p.pack.extends ?? []).every((id) => done.has(id) || !ids.has(id)));
    const next = ready.length ? ready : remaining; // a cycle: resolve reports it
    for (const p of next) {
      out.push(p);
      done.add(p.pack.id);
    }
    remaining = remaining.filter((p) => !next.includes(p));
  }
  return out;
}

export function loadPackSources(paths: string[], builtin: boolean): LoadedPacks {
  const problems: PackProblem[] = [];
  const loaded: Array<{ file: string; pack: RulesPack }> = [];
  const knownRuleIds = new Set<string>();

  const add = (file: string, result: { pack?: RulesPack; problems: PackProblem[] }) => {
    problems.push(...result.problems);
    if (result.pack) loaded.push({ file, pack: result.pack });
  };

  if (builtin) for (const { file, data } of BUILTIN_PACK_FILES) add(file, validatePack(data, file));
  for (const p of loaded) for (const r of p.pack.rules) knownRuleIds.add(r.id);

  const extra: Array<{ file: string; pack: RulesPack }> = [];
  for (const file of paths.flatMap(packFiles)) {
    const result = loadPackFile(file);
    problems.push(...result.problems);
    if (result.pack) extra.push({ file, pack: result.pack });
  }
  // Overrides and locks may name rules from any pack loaded alongside.
  for (const p of extra) for (const r of p.pack.rules) knownRuleIds.add(r.id);
  for (const p of inExtendsOrder(extra)) {
    const again = validatePack(p.pack, p.file, { knownRuleIds });
    add(p.file, again);
  }

  const resolved = resolvePacks(loaded.map((p) => p.pack), { files: loaded.map((p) => p.file) });
  problems.push(...resolved.problems);
  return { files: loaded.map((p) => p.file), packs: loaded, resolved, problems };
}
