// Packs for the CLI: the built-in NHS packs, then the files and folders named on the command line,
// through the same buildPackSet as the extension. Node only (reads files).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_PACK_FILES } from '../packs/builtin';
import { buildPackSet, type PackSet, type PackSource } from '../packs/pack-set';
import type { PackProblem } from '../packs/types';
import { MAX_PACK_JSON_LENGTH } from '../settings/policy';

export interface LoadedPacks extends PackSet {
  /** The pack files named on the command line that loaded (not the built-in packs beneath them). */
  files: string[];
}

/** Every pack file under a path: the file itself, or the .json files in a folder (not its schema/). */
function packFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [path]; // readPackText reports it as missing
  }
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .filter((e) => !(e.isDirectory() && e.name === 'schema'))
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => (e.isDirectory() ? packFiles(join(path, e.name)) : e.name.endsWith('.json') ? [join(path, e.name)] : []));
}

/** A pack file's text, with a clear problem for a missing, unreadable or empty file. */
export function readPackText(path: string): { text?: string; problem?: PackProblem } {
  const fail = (message: string) => ({ problem: { file: path, path: '$', message } });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('File not found.');
    if (code === 'EISDIR') return fail('This is a folder, not a file.');
    if (code === 'EACCES' || code === 'EPERM') return fail('The file cannot be read: permission denied.');
    return fail(`The file cannot be read: ${(e as Error).message}`);
  }
  if (text.trim() === '') return fail('The file is empty; a rules pack is a JSON object ({ ... }).');
  // The extension refuses a bigger pack from every route (import, settings file, policy, refresh URL): say so here first.
  if (text.length > MAX_PACK_JSON_LENGTH) {
    const n = (x: number) => x.toLocaleString('en-GB');
    return fail(`The pack is too big: ${n(text.length)} characters, and the extension accepts at most ${n(MAX_PACK_JSON_LENGTH)}. Split it into smaller packs.`);
  }
  return { text };
}

/**
 * The packs named on the command line are loaded as a trust's would be (after the built-in packs,
 * in `extends` order); one with the id of a built-in pack replaces it.
 */
export function loadPackSources(paths: string[], builtin: boolean): LoadedPacks {
  const problems: PackProblem[] = [];
  const named: PackSource[] = [];
  for (const file of paths.flatMap(packFiles)) {
    const read = readPackText(file);
    if (read.problem) problems.push(read.problem);
    else named.push({ file, text: read.text!, origin: 'trust policy' });
  }
  const ids = new Set(named.map((s) => idIn(s.text!)));
  const base = builtin ? BUILTIN_PACK_FILES.filter((b) => !ids.has((b.data as { id?: string }).id)) : [];
  const set = buildPackSet([...base, ...named]);
  const files = new Set(named.map((s) => s.file));
  return { ...set, files: set.packs.map((p) => p.file).filter((f) => files.has(f)), problems: [...problems, ...set.problems] };
}

function idIn(text: string): unknown {
  try {
    return (JSON.parse(text) as { id?: unknown } | null)?.id;
  } catch {
    return undefined;
  }
}
