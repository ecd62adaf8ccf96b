// Validate packs in the order they apply, then merge them. Used by the extension, the CLI and the bench.
// A pack with any problem is skipped whole: nothing from an invalid pack is applied.
import { resolvePacks, type ResolvedPacks } from './resolve';
import type { PackProblem, RulesPack } from './types';
import { validatePack } from './validate';

export interface PackSource {
  /** Where it came from, for problems: a file path, "trust policy pack 1", ... */
  file: string;
  data: unknown;
}

export interface LoadedPacks {
  packs: Array<{ file: string; pack: RulesPack }>;
  resolved: ResolvedPacks;
  problems: PackProblem[];
}

export function loadPacks(sources: readonly PackSource[]): LoadedPacks {
  const problems: PackProblem[] = [];
  const packs: Array<{ file: string; pack: RulesPack }> = [];
  // Overrides and locks may name a rule from any pack loaded alongside.
  const knownRuleIds = new Set<string>();
  for (const { data } of sources) {
    const rules = (data as { rules?: unknown } | null)?.rules;
    if (Array.isArray(rules)) for (const r of rules) if (typeof r?.id === 'string') knownRuleIds.add(r.id);
  }
  for (const { file, data } of sources) {
    const result = validatePack(data, file, { knownRuleIds });
    problems.push(...result.problems);
    if (result.pack) packs.push({ file, pack: result.pack });
  }
  const resolved = resolvePacks(
    packs.map((p) => p.pack),
    { files: packs.map((p) => p.file) },
  );
  problems.push(...resolved.problems);
  return { packs, resolved, problems };
}
