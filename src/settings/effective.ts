// What the engine runs with, for one person: the built-in packs, the trust's policy and the person's
// own settings, merged. Pure: the background reads storage and passes the values in.
//
// Order (later overrides earlier, through resolvePacks):
//   built in (minus the trust's disabledPacks) < the trust's packs < the pack from the trust's
//   refresh URL < the trust's lockedRules < packs the person imported.
// The trust's locks and every pack's `locked` win over the person's switches, category switches
// and sensitivity; the person's imported packs cannot replace or change a locked rule.
// Every pack goes through buildPackSet (src/packs/pack-set.ts): validated once and compiled, a pack
// with any problem skipped whole.
import type { Severity } from '../engine/types';
import type { Nlp } from '../engine/nlp';
import { buildPackSet, type AcceptedPack, type PackOrigin, type PackSource as PackInput } from '../packs/pack-set';
import type { ResolvedPacks } from '../packs/resolve';
import type { LockReason, PackProblem, Rule } from '../packs/types';
import { REFRESH_FILE, type RefreshedPack, type TrustPolicy } from './policy';
import { SENSITIVITY_MIN_SEVERITY, isSiteId, originHostname, sitePausedUntil, type Sensitivity, type Settings } from './schema';

import { TRUST_LOCKS_PACK_ID } from '../packs/pack-set';
export { TRUST_LOCKS_PACK_ID };
export type PackSource = PackOrigin;

export interface EffectiveInput {
  /** The built-in packs as shipped, in order (the data of src/packs/builtin.ts BUILTIN_PACK_FILES). */
  builtin: readonly unknown[];
  /** Their file names, for problems. Default: `built-in pack "<id>"`. */
  builtinFiles?: readonly string[];
  policy: TrustPolicy;
  settings: Settings;
  /** The trust's pack from its refresh URL (RefreshState.lastGood); used only while the policy has a refreshUrl. */
  refreshed?: RefreshedPack;
  /** compromise, when loaded: imported and trust packs' rules that need it are then tried on their examples too. */
  nlp?: Nlp;
}

/** Whose lock a locked rule is: `name` is the organisation or pack named by the pack, when it names one. */
export interface LockOwner {
  by: 'trust' | 'imported' | 'built-in';
  name?: string;
}

/** A pack's `contact` and `policyUrl`, with the pack's author (the organisation) to name them by. */
export interface PackHelp {
  from: string;
  contact?: string;
  policyUrl?: string;
}

export interface EffectiveConfig {
  /** Every pack that went into resolvePacks, in order. */
  packs: Array<{ pack: AcceptedPack['pack']; source: PackSource; file: string }>;
  resolved: ResolvedPacks;
  /** Rule ids off for this person (CheckOptions.disabled). Never contains a locked rule. */
  disabled: Set<string>;
  /** CheckOptions.minSeverity. */
  minSeverity: Severity;
  /** Locked rule id -> the reason people see (with its translations, when the lock gives them). */
  locked: Map<string, LockReason>;
  /** Locked rule id -> whose lock it is (the trust's, a pack the person imported, the standard checks). */
  lockOwners: Map<string, LockOwner>;
  /** Who to ask and the social media policy, from the organisation's pack (else an imported one). */
  help?: PackHelp;
  /** Every problem found while loading and merging the packs (not those of parsePolicy: add those yourself). */
  problems: PackProblem[];
}

/** The sources of the packs, in order, for buildPackSet. */
export function packSources(input: EffectiveInput, problems: PackProblem[]): PackInput[] {
  const { policy, settings } = input;
  const idOf = (data: unknown) => (data as { id?: unknown } | null)?.id;
  const builtinIds = input.builtin.map(idOf);
  policy.disabledPacks.forEach((id, i) => {
    if (!builtinIds.includes(id)) {
      problems.push({ file: 'trust policy', path: `$.disabledPacks[${i}]`, message: `"disabledPacks" names "${id}", but no built-in pack has that id. Built-in packs: ${builtinIds.join(', ')}.` });
    }
  });
  const sources: PackInput[] = input.builtin
    .map((data, i): PackInput => ({ file: input.builtinFiles?.[i] ?? `built-in pack "${idOf(data)}"`, data, origin: 'built-in' }))
    .filter(({ data }) => !policy.disabledPacks.includes(idOf(data) as string));
  for (const p of policy.packs) sources.push({ file: p.file, data: p.data, origin: 'trust policy' });
  if (input.refreshed && policy.refreshUrl) sources.push({ file: REFRESH_FILE, data: input.refreshed.data, origin: 'trust policy' });
  if (policy.lockSettings && settings.importedPacks.length) {
    problems.push({ file: 'settings', path: '$.importedPacks', message: 'Your organisation has locked these settings, so packs you imported are not used.' });
  } else {
    for (const imported of settings.importedPacks) sources.push({ file: imported.file, data: imported.data, origin: 'imported file' });
  }
  return sources;
}

export function effectiveConfig(input: EffectiveInput): EffectiveConfig {
  const { policy, settings } = input;
  const problems: PackProblem[] = [];
  const set = buildPackSet(packSources(input, problems), { locks: policy.lockedRules, ...(input.nlp ? { nlp: input.nlp } : {}) });
  problems.push(...set.problems);
  const { resolved } = set;
  const locked = resolved.locked;

  // What is off for this person.
  const disabled = new Set<string>(policy.disabledRules);
  if (!policy.lockSettings) {
    for (const id of settings.disabledRules) disabled.add(id);
    for (const rule of resolved.rules) if (settings.categories[rule.category] === false) disabled.add(rule.id);
  }
  for (const id of locked.keys()) disabled.delete(id);

  const packs = set.packs.map(({ pack, origin, file }) => ({ pack, source: origin, file }));
  const help = packHelp(packs);
  return {
    packs,
    resolved,
    disabled,
    minSeverity: SENSITIVITY_MIN_SEVERITY[effectiveSensitivity(settings, policy)],
    locked,
    lockOwners: lockOwners(packs, resolved.lockedBy),
    ...(help ? { help } : {}),
    problems,
  };
}

const OWNER_BY: Record<PackSource, LockOwner['by']> = { 'built-in': 'built-in', 'trust policy': 'trust', 'imported file': 'imported' };

function lockOwners(packs: EffectiveConfig['packs'], lockedBy: ReadonlyMap<string, string>): Map<string, LockOwner> {
  const owners = new Map<string, LockOwner>();
  for (const [ruleId, packId] of lockedBy) {
    const found = packs.find((p) => p.pack.id === packId);
    if (!found) continue;
    // The policy's own lockedRules come in a pack we make (TRUST_LOCKS_PACK_ID): it names nobody.
    const name = found.pack.id === TRUST_LOCKS_PACK_ID ? undefined : found.source === 'imported file' ? found.pack.name : found.pack.author;
    owners.set(ruleId, { by: OWNER_BY[found.source], ...(name ? { name } : {}) });
  }
  return owners;
}

/** The organisation's contact and policy (its last pack that gives either); else a pack the person imported. */
function packHelp(packs: EffectiveConfig['packs']): PackHelp | undefined {
  const giving = (source: PackSource) => packs.filter((p) => p.source === source && (p.pack.contact || p.pack.policyUrl)).pop();
  const found = giving('trust policy') ?? giving('imported file');
  if (!found) return undefined;
  const { author, contact, policyUrl } = found.pack;
  return { from: author, ...(contact ? { contact } : {}), ...(policyUrl ? { policyUrl } : {}) };
}

/** With lockSettings, a person can make checking stricter but not looser. */
export function effectiveSensitivity(settings: Settings, policy: TrustPolicy): Sensitivity {
  return policy.lockSettings && settings.sensitivity === 'low' ? 'normal' : settings.sensitivity;
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
  if (!lockSettings && sitePausedUntil(settings, hostname, now) !== undefined) return false;
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

/** Is checking paused now (and allowed to be)? With `hostname`, a pause of that site alone counts too. */
export function isPaused(settings: Settings, policy: TrustPolicy | undefined, now: number, hostname?: string): boolean {
  if (policy?.lockSettings === true) return false;
  if (settings.pausedUntil !== undefined && now < settings.pausedUntil) return true;
  return hostname !== undefined && sitePausedUntil(settings, hostname, now) !== undefined;
}

/** When the pause that applies on `hostname` ends (the later of the all-sites and the site's own), if paused. */
export function pausedUntilOn(settings: Settings, policy: TrustPolicy | undefined, now: number, hostname?: string): number | undefined {
  if (policy?.lockSettings === true) return undefined;
  const all = settings.pausedUntil !== undefined && now < settings.pausedUntil ? settings.pausedUntil : undefined;
  const site = hostname !== undefined ? sitePausedUntil(settings, hostname, now) : undefined;
  return all === undefined ? site : site === undefined ? all : Math.max(all, site);
}

// --- for the options page ------------------------------------------------------------------------

export interface RuleState {
  id: string;
  /** The rule's short name, when its pack gives one. */
  title?: string;
  /** Its words in other languages, when its pack gives them (ruleTitle picks by the language in use). */
  translations?: Rule['translations'];
  category: string;
  severity: Severity;
  /** The pack the rule comes from and where that pack came from. */
  packId: string;
  source: PackSource;
  message: string;
  /** Set when the rule is locked: the reason to show next to a switch that can't be moved. */
  locked?: LockReason;
  /** With `locked`: whose lock it is. */
  lockOwner?: LockOwner;
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
      ...(rule.translations ? { translations: rule.translations } : {}),
      category: rule.category,
      severity: rule.severity,
      packId: rule.packId,
      source: sourceOf.get(rule.packId) ?? 'built-in',
      message: rule.message,
      ...(locked !== undefined ? { locked, lockOwner: config.lockOwners.get(rule.id) ?? { by: 'trust' } } : {}),
      ...(off ? { off } : {}),
      canToggle: locked === undefined && !trustOff.has(rule.id) && !policy.lockSettings,
    };
  });
}
