// Loads packs for the CLI: the built-in NHS packs, then files and folders named on the command line.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK_FILES } from '../packs/builtin';
import { loadPacks, type LoadedPacks as Loaded, type PackSource } from '../packs/load';
import { readPackFile } from '../packs/load-file';
import type { PackProblem, RulesPack } from '../packs/types';

export interface LoadedPacks extends Loaded {
  /** The pack files named on the command line that loaded (not the built-in packs beneath them). */
  files: string[];
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
  const extra: Array<{ file: string; pack: RulesPack; data: unknown }> = [];
  for (const file of paths.flatMap(packFiles)) {
    const result = readPackFile(file);
    problems.push(...result.problems);
    if (result.data !== undefined) extra.push({ file, data: result.data, pack: result.data as RulesPack });
  }
  // A pack named on the command line replaces the built-in pack with the same id.
  const given = new Set(extra.map((p) => p.pack?.id));
  const base = builtin ? BUILTIN_PACK_FILES.filter((b) => !given.has((b.data as RulesPack).id)) : [];
  const sources: PackSource[] = [...base, ...inExtendsOrder(extra)];
  const loaded = loadPacks(sources);
  const named = new Set(extra.map((p) => p.file));
  return {
    ...loaded,
    files: loaded.packs.map((p) => p.file).filter((f) => named.has(f)),
    problems: [...problems, ...loaded.problems],
  };
}
