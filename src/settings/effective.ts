// What the engine runs with, for one person: the built-in packs, the trust's policy and the person's
// own settings, merged. Pure: the background reads storage and passes the values in.
//
// Order (later overrides earlier, through resolvePacks):
//   built in (minus the trust's disabledPacks) < the trust's packs < the pack from the trust's
//   refresh URL < the trust's lockedRules < packs the person imported.
// The trust's locks and every pack's `locked` win over the person's switches, category switches
// and sensitivity; the person's imported packs cannot replace or change a locked rule.
// A pack that fails validation is reported and skipped whole.
import type { Severity } from '../engine/types';
import { resolvePacks, type ResolvedPacks } from '../packs/resolve';
import type { PackProblem, RulesPack } from '../packs/types';
import { validatePack } from '../packs/validate';
import { REFRESH_FILE, type RefreshedPack, type TrustPolicy } from './policy';
import { SENSITIVITY_MIN_SEVERITY, isSiteId, originHostname, type Sensitivity, type Settings } from './schema';

export type PackSource = 'built-in' | 'trust policy' | 'imported file';

export interface EffectiveInput {
  /** The built-in packs, validated, in order (src/packs/builtin.ts). */
  builtin: readonly RulesPack[];
  policy: TrustPolicy;
  settings: Settings;
  /** The trust's pack from its refresh URL (RefreshState.lastGood); used only while the policy has a refreshUrl. */
  refreshed?: RefreshedPack;
}

export interface EffectiveConfig {
  /** Every pack that went into resolvePacks, in order. */
  packs: Array<{ pack: RulesPack; source: PackSource; file: string }>;
  resolved: ResolvedPacks;
  /** Rule ids off for this person (CheckOptions.disabled). Never contains a locked rule. */
  disabled: Set<string>;
  /** CheckOptions.minSeverity. */
  minSeverity: Severity;
  /** Locked rule id -> the reason people see. */
  locked: Map<string, string>;
  /** Every problem found while merging (not those of parsePolicy: add those yourself). */
  problems: PackProblem[];
}

/** The id of the pack that carries the trust policy's lockedRules into resolvePacks. */
export const TRUST_LOCKS_PACK_ID = 'tbyp.trust-policy-locks';

export function effectiveConfig(input: EffectiveInput): EffectiveConfig {
  const { builtin, policy, settings } = input;
  const problems: PackProblem[] = [];
  const packs: EffectiveConfig['packs'] = [];
  const known = new Set<string>();
  const add = (pack: RulesPack, source: PackSource, file: string) => {
    packs.push({ pack, source, file });
    for (const rule of pack.rules) known.add(rule.id);
  };

  // 1. Built in, minus the packs the trust switched off.
  const builtinIds = new Set(builtin.map((p) => p.id));
  policy.disabledPacks.forEach((id, i) => {
    if (!builtinIds.has(id)) {
      problems.push({ file: 'trust policy', path: `$.disabledPacks[${i}]`, message: `"disabledPacks" names "${id}", but no built-in pack has that id. Built-in packs: ${[...builtinIds].join(', ')}.` });
    }
  });
  for (const pack of builtin) {
    if (!policy.disabledPacks.includes(pack.id)) add(pack, 'built-in', `built-in pack "${pack.id}"`);
  }

  // 2. The trust's packs, checked again against the packs actually loaded before them.
  const trustPacks: Array<{ data: unknown; file: string }> = policy.packs.map((p) => ({ data: p.pack, file: p.file }));
  if (input.refreshed && policy.refreshUrl) trustPacks.push({ data: input.refreshed.data, file: REFRESH_FILE });
  for (const { data, file } of trustPacks) {
    const result = validatePack(data, file, { knownRuleIds: known });
    problems.push(...result.problems);
    if (result.pack) add(result.pack, 'trust policy', file);
  }

  // 3. The trust policy's own locks, as a pack of locks only, so resolvePacks applies them.
  if (policy.lockedRules.length) {
    const present = policy.lockedRules.filter((lock, i) => {
      if (known.has(lock.rule)) return true;
      problems.push({ file: 'trust policy', path: `$.lockedRules[${i}].rule`, ruleId: lock.rule, message: `Rule "${lock.rule}" is locked, but no loaded pack has a rule with that id. The lock is ignored.` });
      return false;
    });
    if (present.length) {
      add(
        { schemaVersion: 1, id: TRUST_LOCKS_PACK_ID, name: 'Trust policy: locked rules', version: '1', author: 'trust policy', locked: present, rules: [] },
        'trust policy',
        'trust policy lockedRules',
      );
    }
  }

  // 4. The person's imported packs: valid ones only, and never touching a locked rule.
  const lockedSoFar = new Set(packs.flatMap(({ pack }) => (pack.locked ?? []).map((l) => l.rule)));
  if (policy.lockSettings && settings.importedPacks.length) {
    problems.push({ file: 'settings', path: '$.importedPacks', message: 'Your organisation has locked these settings, so packs you imported are not used.' });
  } else {
    for (const imported of settings.importedPacks) {
      const file = imported.file;
      const result = validatePack(imported.data, file, { knownRuleIds: known });
      problems.push(...result.problems);
      if (!result.pack) continue;
      add(withoutLockedOverrides(result.pack, file, lockedSoFar, problems), 'imported file', file);
    }
  }

  const resolved = resolvePacks(
    packs.map((p) => p.pack),
    { files: packs.map((p) => p.file) },
  );
  problems.push(...resolved.problems);
  const locked = resolved.locked;

  // 5. What is off for this person.
  const disabled = new Set<string>(policy.disabledRules);
  if (!policy.lockSettings) {
    for (const id of settings.disabledRules) disabled.add(id);
    for (const rule of resolved.rules) if (settings.categories[rule.category] === false) disabled.add(rule.id);
  }
  for (const id of locked.keys()) disabled.delete(id);

  return { packs, resolved, disabled, minSeverity: SENSITIVITY_MIN_SEVERITY[effectiveSensitivity(settings, policy)], locked, problems };
}

/** With lockSettings, a person can make checking stricter but not looser. */
export function effectiveSensitivity(settings: Settings, policy: TrustPolicy): Sensitivity {
  return policy.lockSettings && settings.sensitivity === 'low' ? 'normal' : settings.sensitivity;
}

function withoutLockedOverrides(pack: RulesPack, file: string, locked: ReadonlySet<string>, problems: PackProblem[]): RulesPack {
  const ids = Object.keys(pack.overrides ?? {}).filter((id) => locked.has(id));
  if (!ids.length) return pack;
  const overrides = { ...pack.overrides };
  for (const id of ids) {
    delete overrides[id];
    problems.push({ file, path: `$.overrides${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`, ruleId: id, message: `Rule "${id}" is locked by your organisation, so this pack cannot change it. The change is ignored.` });
  }
  return { ...pack, overrides };
}

// --- where checking runs -----------------------------------------------------------------------

/**
 * Should the extension check drafts on this page now?
 * - Paused (pausedUntil in the future) -> no, unless the trust locked settings.
 * - A site with its own adapter -> its switch (on unless switched off; always on with lockSettings).
 * - Anything else (the generic adapter) -> only on origins the person or the trust added.
 */
export function isActiveOn(hostname: string, siteId: string | undefined, settings: Settings, policy: TrustPolicy | undefined, now: number): boolean {
  const lockSettings = policy?.lockSettings === true;
  if (!lockSettings && settings.pausedUntil !== undefined && now < settings.pausedUntil) return false;
  if (isSiteId(siteId)) return lockSettings || settings.sites.enabled[siteId] !== false;
  const host = hostname.trim().toLowerCase().replace(/\.$/, '');
  if (!host) return false;
  return addedOrigins(settings, policy).some((origin) => originHostname(origin) === host);
}

/** Origins checked with the generic adapter: the person's and the trust's, without repeats. */
export function addedOrigins(settings: Settings, policy: TrustPolicy | undefined): string[] {
  return [...new Set([...(policy?.sites ?? []), ...settings.sites.added])];
}

/** Match patterns for the added origins ("https://mastodon.example/*"), for registering the content script. */
export function addedOriginMatches(settings: Settings, policy: TrustPolicy | undefined): string[] {
  return addedOrigins(settings, policy).map(originMatch);
}

/** "https://mastodon.example:8443" -> "https://mastodon.example/*". Match patterns have no port; the host covers every port. */
export function originMatch(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
}

/** Is checking paused now (and allowed to be)? */
export function isPaused(settings: Settings, policy: TrustPolicy | undefined, now: number): boolean {
  return policy?.lockSettings !== true && settings.pausedUntil !== undefined && now < settings.pausedUntil;
}

// --- for the options page ------------------------------------------------------------------------

export interface RuleState {
  id: string;
  /** The rule's short name, when its pack gives one. */
  title?: string;
  category: string;
  severity: Severity;
  /** The pack the rule comes from and where that pack came from. */
  packId: string;
  source: PackSource;
  message: string;
  /** Set when the rule is locked: the reason to show next to a switch that can't be moved. */
  locked?: string;
  /** Off for this person, and why: their own switch, their category switch, or the trust. */
  off?: 'you' | 'category' | 'trust';
  /** Can the person move this rule's switch? */
  canToggle: boolean;
}

/** Every rule that runs, with its state, for a list of switches. */
export function ruleStates(config: EffectiveConfig, settings: Settings, policy: TrustPolicy): RuleState[] {
  const sourceOf = new Map(config.packs.map((p) => [p.pack.id, p.source]));
  const trustOff = new Set(policy.disabledRules);
  return config.resolved.rules.map((rule) => {
    const locked = config.locked.get(rule.id);
    let off: RuleState['off'];
    if (config.disabled.has(rule.id)) {
      if (trustOff.has(rule.id)) off = 'trust';
      else if (settings.disabledRules.includes(rule.id)) off = 'you';
      else off = 'category';
    }
    return {
      id: rule.id,
      ...(rule.title ? { title: rule.title } : {}),
      category: rule.category,
      severity: rule.severity,
      packId: rule.packId,
      source: sourceOf.get(rule.packId) ?? 'built-in',
      message: rule.message,
      ...(locked !== undefined ? { locked } : {}),
      ...(off ? { off } : {}),
      canToggle: locked === undefined && !trustOff.has(rule.id) && !policy.lockSettings,
    };
  });
}
