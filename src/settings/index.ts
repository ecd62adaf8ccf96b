// Personal settings and the trust's policy: one import for the background and the options page.
// Everything here is pure; the callers read and write storage.
import type { Nlp } from '../engine/nlp';
import { effectiveConfig, type EffectiveConfig } from './effective';
import { migrateSettings } from './migrations';
import { parsePolicy, type RefreshState, type TrustPolicy } from './policy';
import type { Settings } from './schema';
import type { PackProblem } from '../packs/types';

export * from './schema';
export { MIGRATIONS, migrateSettings, migrateSettingsReport, type Migration, type MigrationReport, type SettingsV1 } from './migrations';
export * from './policy';
export * from './effective';
export * from './io';
export * from './import-pack';
export * from './wrong-warnings';

export interface StoredInputs {
  /** The built-in packs as shipped (src/packs/builtin.ts BUILTIN_PACK_FILES). */
  builtinFiles: ReadonlyArray<{ file: string; data: unknown }>;
  /** What storage.managed.get() returned (undefined or {} when there is no policy). */
  managed: unknown;
  /** The person's stored settings, in whatever version they were saved. */
  stored: unknown;
  /** The refresh state kept in local storage, if any. */
  refresh?: RefreshState;
  /** compromise, when loaded (see EffectiveInput.nlp). */
  nlp?: Nlp;
}

export interface LoadedConfig extends EffectiveConfig {
  policy: TrustPolicy;
  settings: Settings;
  /** How the last fetch of the trust's refresh URL went, when it has one. */
  refresh?: RefreshState;
}

/**
 * Raw storage values -> everything the engine and the options page need. Every problem (built-in
 * packs, the trust policy, trust and imported packs, merging) is in `problems`. Never throws on bad
 * stored data.
 */
export function loadConfig(input: StoredInputs): LoadedConfig {
  const parsed = parsePolicy(input.managed);
  const settings = migrateSettings(input.stored);
  const config = effectiveConfig({
    builtin: input.builtinFiles.map((f) => f.data),
    builtinFiles: input.builtinFiles.map((f) => f.file),
    policy: parsed.policy,
    settings,
    ...(input.refresh?.lastGood ? { refreshed: input.refresh.lastGood } : {}),
    ...(input.nlp ? { nlp: input.nlp } : {}),
  });
  return {
    ...config,
    problems: [...parsed.problems, ...config.problems, ...refusedRefresh(parsed.policy.refreshUrl, input.refresh)],
    policy: parsed.policy,
    settings,
    ...(parsed.policy.refreshUrl && input.refresh ? { refresh: input.refresh } : {}),
  };
}

/** The problems of the last pack fetched from the refresh URL, when it was refused (for the options page). */
function refusedRefresh(url: string | undefined, refresh: RefreshState | undefined): PackProblem[] {
  const attempt = refresh?.lastAttempt;
  return url && attempt && !attempt.ok && Array.isArray(attempt.problems) ? attempt.problems : [];
}
