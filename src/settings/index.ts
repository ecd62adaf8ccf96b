// Personal settings and the trust's policy: one import for the background and the options page.
// Everything here is pure; the callers read and write storage.
import type { PackProblem, RulesPack } from '../packs/types';
import { validatePack } from '../packs/validate';
import { effectiveConfig, type EffectiveConfig } from './effective';
import { migrateSettings } from './migrations';
import { parsePolicy, type RefreshState, type TrustPolicy } from './policy';
import type { Settings } from './schema';

export * from './schema';
export { MIGRATIONS, migrateSettings, migrateSettingsReport, type Migration, type MigrationReport, type SettingsV1 } from './migrations';
export * from './policy';
export * from './effective';
export * from './io';
export * from './import-pack';

export interface StoredInputs {
  /** The built-in packs as shipped (src/packs/builtin.ts BUILTIN_PACK_FILES). */
  builtinFiles: ReadonlyArray<{ file: string; data: unknown }>;
  /** What storage.managed.get() returned (undefined or {} when there is no policy). */
  managed: unknown;
  /** The person's stored settings, in whatever version they were saved. */
  stored: unknown;
  /** The refresh state kept in local storage, if any. */
  refresh?: RefreshState;
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
  const problems: PackProblem[] = [];
  const builtin: RulesPack[] = [];
  const known = new Set<string>();
  for (const { file, data } of input.builtinFiles) {
    const result = validatePack(data, file, { knownRuleIds: known });
    problems.push(...result.problems);
    if (result.pack) {
      builtin.push(result.pack);
      for (const rule of result.pack.rules) known.add(rule.id);
    }
  }
  const parsed = parsePolicy(input.managed, { knownRuleIds: known });
  problems.push(...parsed.problems);
  const settings = migrateSettings(input.stored);
  const config = effectiveConfig({
    builtin,
    policy: parsed.policy,
    settings,
    ...(input.refresh?.lastGood ? { refreshed: input.refresh.lastGood } : {}),
  });
  return {
    ...config,
    problems: [...problems, ...config.problems],
    policy: parsed.policy,
    settings,
    ...(parsed.policy.refreshUrl && input.refresh ? { refresh: input.refresh } : {}),
  };
}
