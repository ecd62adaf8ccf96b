// A rules pack the person picked from a file in the options page: read, validated, compiled and tried
// against everything else before it is added. Nothing is applied when anything is wrong. Pure.
import type { PackProblem } from '../packs/types';
import { checkPack } from '../packs/pack-set';
import { parseJson } from '../packs/json';
import { MAX_PACK_JSON_LENGTH, type TrustPolicy } from './policy';
import type { Settings } from './schema';

export interface PackImport {
  /** The settings with the pack added (or replacing an earlier import of the same pack id). */
  settings?: Settings;
  /** Every problem, each naming the file and the place in it. Empty when the pack was added. */
  problems: PackProblem[];
}

export interface PackImportContext {
  settings: Settings;
  policy: TrustPolicy;
  /** Rule ids of the packs that load before imported ones (overrides and locks may name them). */
  knownRuleIds: ReadonlySet<string>;
  now?: Date;
}

/**
 * Reads and validates the file and returns the settings with the pack added. The caller then merges
 * those settings with everything else (loadConfig) and keeps them only if mergeProblems() is empty.
 */
export function importPackFile(text: string, file: string, context: PackImportContext): PackImport {
  const fail = (path: string, message: string): PackImport => ({ problems: [{ file, path, message }] });
  if (context.policy.lockSettings) return fail('$', 'Your organisation has locked these settings, so packs cannot be imported here.');
  if (text.length > MAX_PACK_JSON_LENGTH) return fail('$', `The file is too big for a rules pack (over ${MAX_PACK_JSON_LENGTH.toLocaleString('en-GB')} characters).`);
  const parsed = parseJson(text);
  if (!parsed.ok) return fail(`line ${parsed.line}, column ${parsed.column}`, `This is not valid JSON: ${parsed.message}.`);

  const validated = checkPack(parsed.value, { file, origin: 'imported file', text }, { knownRuleIds: context.knownRuleIds });
  if (!validated.pack) return { problems: validated.problems };

  const id = validated.pack.id;
  const others = context.settings.importedPacks.filter((p) => (p.data as { id?: unknown } | null)?.id !== id);
  return {
    settings: { ...context.settings, importedPacks: [...others, { data: parsed.value, file, importedAt: (context.now ?? new Date()).toISOString() }] },
    problems: [],
  };
}

/** Merging can still go wrong (an unknown pack in "extends", a change to a locked rule): the problems that name `file`. */
export function mergeProblems(merged: { problems: readonly PackProblem[] }, file: string): PackProblem[] {
  return merged.problems.filter((p) => p.file === file);
}

/** The settings without the imported pack `id`. */
export function withPackRemoved(settings: Settings, id: string): Settings {
  return { ...settings, importedPacks: settings.importedPacks.filter((p) => (p.data as { id?: unknown } | null)?.id !== id) };
}
