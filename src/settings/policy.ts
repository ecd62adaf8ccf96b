// The trust's policy: what a trust's IT team pushes to every browser through enterprise policy
// (Chrome/Edge managed storage, Firefox policies.json "3rdparty"). public/managed_schema.json
// declares the same keys for Chrome. Pure: the background reads storage.managed and passes the
// value here; nothing in this file touches browser APIs.
//
// Everything is checked and every problem reported. The trust's packs are only read here: like every
// pack, they are validated and compiled once, in order, by buildPackSet (src/packs/pack-set.ts).
import type { LockedRule, LockReason, PackProblem } from '../packs/types';
import { Type } from '@sinclair/typebox';
import { Id, LOCK_WORDS, LockedRule as PackLock, Obj, Text, Translations } from '../packs/format';
import * as cy from '../../locales/cy.json';
import * as en from '../../locales/en.json';
import { describe, validParts } from '../packs/problems';
import { checkPack } from '../packs/pack-set';
import { BUILTIN_PACK_FILES } from '../packs/builtin';
import { parseJson } from '../packs/json';
import { normaliseOrigin } from './schema';

/** The policy's shape. public/managed_schema.json declares the same keys for Chrome (checked by test/settings/policy.test.ts). */
export const PolicySchema = Obj('the trust policy', {
  packs: Type.Optional(Type.Array(Type.Unknown(), { description: 'Rules packs: { "name", "json" } (the pack as text) or the pack itself.' })),
  disabledRules: Type.Optional(Type.Array(Id('Rule id', 'A rule id, like "rudeness.profanity".'), { description: 'Rule ids off for everyone.' })),
  disabledPacks: Type.Optional(Type.Array(Id('Pack id', 'A built-in pack id, like "nhs.rudeness".'), { description: 'Built-in packs not to load.' })),
  lockedRules: Type.Optional(
    Type.Array(
      Type.Object(
        {
          rule: PackLock.properties.rule,
          reason: Type.Optional(Text('The reason people see.')),
          translations: Type.Optional(Translations(LOCK_WORDS, 'The reason')),
        },
        { additionalProperties: false, title: 'a locked rule', description: 'A rule nobody can switch off.' },
      ),
      { description: 'Rules nobody can switch off.' },
    ),
  ),
  sites: Type.Optional(Type.Array(Type.String({ description: 'An http or https web address.' }), { description: 'Extra sites to check.' })),
  refreshUrl: Type.Optional(Type.String({ description: 'Where to fetch the trust\'s pack from (https).' })),
  lockSettings: Type.Optional(Type.Boolean({ description: 'Staff cannot weaken checking.' })),
});
export const POLICY_KEYS = Object.keys(PolicySchema.properties) as Array<keyof typeof PolicySchema.properties>;
export const POLICY_PACK_KEYS = ['name', 'json'] as const;
export const POLICY_LOCK_KEYS = ['rule', 'reason', 'translations'] as const;

/** Shown when the trust locked a rule without saying why: the message catalogue's words, in each language. */
export const DEFAULT_LOCK: Readonly<LockReason> = Object.freeze({
  reason: en.nudge.lockedDefaultReason,
  translations: { cy: { reason: cy.nudge.lockedDefaultReason } },
});
export const DEFAULT_LOCK_REASON = DEFAULT_LOCK.reason;

/** Packs bigger than this (in characters of JSON) are refused: a rules pack is a few hundred KB at most. */
export const MAX_PACK_JSON_LENGTH = 2_000_000;

export interface TrustPack {
  /** The parsed pack, not yet validated (buildPackSet does that, with the packs loaded before it). */
  data: unknown;
  /** For problems: "trust policy pack 1 (Northvale NHS Trust)". */
  file: string;
  name?: string;
}

/** The policy after checking. Every field is present and well-formed. */
export interface TrustPolicy {
  /** The packs, in the order given (each one that could be read). */
  packs: TrustPack[];
  /** Rule ids off for everyone (unless a pack locks them). */
  disabledRules: string[];
  /** Built-in pack ids not to load ("nhs.rudeness"). */
  disabledPacks: string[];
  /** Rules nobody can switch off, with the reason people see. */
  lockedRules: LockedRule[];
  /** Extra origins to check, such as the trust's own intranet ("https://intranet.northvale.nhs.example"). */
  sites: string[];
  /** Where to fetch the trust's pack from, already checked by checkRefreshUrl. */
  refreshUrl?: string;
  /** Staff cannot weaken checking: their switches, "low" sensitivity, pause and imported packs are ignored. */
  lockSettings: boolean;
}

/** No policy (nothing in managed storage). Frozen all the way down. */
export const EMPTY_POLICY: Readonly<TrustPolicy> = Object.freeze({
  packs: Object.freeze([]) as never[],
  disabledRules: Object.freeze([]) as never[],
  disabledPacks: Object.freeze([]) as never[],
  lockedRules: Object.freeze([]) as never[],
  sites: Object.freeze([]) as never[],
  lockSettings: false,
});

export interface ParsePolicyOptions {
  /**
   * Rule ids the refresh URL's pack may override or lock (those of the packs loaded before it).
   * Default: the rule ids of the built-in packs.
   */
  knownRuleIds?: ReadonlySet<string>;
}

const FILE = 'trust policy';

/** The value of storage.managed (or anything at all) -> a checked policy and every problem found. */
export function parsePolicy(raw: unknown): { policy: TrustPolicy; problems: PackProblem[] } {
  const problems: PackProblem[] = [];
  const problem = (path: string, message: string, ruleId?: string) =>
    problems.push({ file: FILE, path, ...(ruleId !== undefined ? { ruleId } : {}), message });
  const policy: TrustPolicy = { packs: [], disabledRules: [], disabledPacks: [], lockedRules: [], sites: [], lockSettings: false };

  if (raw === undefined || raw === null) return { policy, problems };
  if (!isObject(raw)) {
    problem('$', `The trust policy must be an object ({ ... }), but it is ${describe(raw)}. Nothing from it is used.`);
    return { policy, problems };
  }

  // The shape, checked by the policy's schema: a wrongly typed field or entry is ignored alone.
  // A problem inside a locked rule names that rule, as pack problems do.
  const lockedRuleAt = (path: string): string | undefined => {
    const i = /^\$\.lockedRules\[(\d+)\]/.exec(path)?.[1];
    const lock = i !== undefined && Array.isArray(raw.lockedRules) ? (raw.lockedRules[Number(i)] as unknown) : undefined;
    return isObject(lock) && typeof lock.rule === 'string' ? lock.rule : undefined;
  };
  const valid = validParts(PolicySchema, raw, (path, message) => problem(path, `${message} It is ignored.`, lockedRuleAt(path)));
  const list = <T>(key: keyof typeof PolicySchema.properties): T[] => (valid.has(`$.${key}`) ? (raw[key] as T[]) ?? [] : []).filter((_, i) => valid.has(`$.${key}[${i}]`));

  list<unknown>('packs').forEach((entry, i) => {
    const trustPack = policyPack(entry, i, problems);
    if (trustPack) policy.packs.push(trustPack);
  });
  policy.disabledRules = [...new Set(list<string>('disabledRules'))];
  policy.disabledPacks = [...new Set(list<string>('disabledPacks'))];
  (valid.has('$.lockedRules') ? ((raw.lockedRules as Array<Partial<LockedRule> & { rule: string }> | undefined) ?? []) : []).forEach((lock, i) => {
    // A bad Welsh reason drops only the Welsh: the rule stays locked, with its English reason.
    const at = `$.lockedRules[${i}]`;
    const inWelsh = (path: string) => path.startsWith(`${at}.translations`);
    const badWelsh = problems.some((p) => inWelsh(p.path));
    const badRest = problems.some((p) => p.path.startsWith(at) && !inWelsh(p.path) && !p.message.startsWith('Unknown key'));
    if (!(valid.has(at) || (badWelsh && !badRest)) || policy.lockedRules.some((l) => l.rule === lock.rule)) return;
    const translations = badWelsh ? undefined : lock.translations;
    if (lock.reason === undefined) {
      problem(`$.lockedRules[${i}].reason`, `Rule "${lock.rule}" is locked without a reason (text people see); "${DEFAULT_LOCK_REASON}" is shown instead.`, lock.rule);
      // A Welsh reason with no English one would say something English readers never see.
      if (translations) problem(`$.lockedRules[${i}].translations`, `Rule "${lock.rule}" has a reason in another language but none in English. Add "reason" in English too; until then the standard reason is shown in every language.`, lock.rule);
      policy.lockedRules.push({ rule: lock.rule, ...DEFAULT_LOCK });
      return;
    }
    policy.lockedRules.push({ rule: lock.rule, reason: lock.reason.trim(), ...(translations ? { translations } : {}) });
  });
  const origins = new Set<string>();
  (valid.has('$.sites') ? ((raw.sites as unknown[] | undefined) ?? []) : []).forEach((site, i) => {
    const origin = normaliseOrigin(site);
    if (origin) origins.add(origin);
    else if (valid.has(`$.sites[${i}]`)) problem(`$.sites[${i}]`, `${capital(describe(site))} is not an http or https web address (like "https://intranet.example.nhs.uk"). It is ignored.`);
  });
  policy.sites = [...origins];
  if (raw.refreshUrl !== undefined && valid.has('$.refreshUrl')) {
    const checked = checkRefreshUrl(raw.refreshUrl);
    if (checked.ok) policy.refreshUrl = checked.url;
    else problem('$.refreshUrl', `${checked.problem} The refresh URL is not used.`);
  }
  if (valid.has('$.lockSettings') && typeof raw.lockSettings === 'boolean') policy.lockSettings = raw.lockSettings;
  return { policy, problems };
}

/** One entry of "packs": `{ name?, json }` (Chrome, Edge) or the pack object itself (Firefox, tests). */
function policyPack(entry: unknown, index: number, problems: PackProblem[]): TrustPack | undefined {
  let file = `trust policy pack ${index + 1}`;
  const report = (message: string) => problems.push({ file, path: '$', message });
  if (!isObject(entry)) {
    problems.push({ file: FILE, path: `$.packs[${index}]`, message: `Each entry of "packs" must be an object like { "name": "...", "json": "..." }, but this is ${describe(entry)}. It is ignored.` });
    return undefined;
  }

  let data: unknown = entry;
  let name: string | undefined;
  if ('json' in entry) {
    if (typeof entry.name === 'string' && entry.name.trim() !== '') {
      name = entry.name.trim();
      file = `${file} (${name})`;
    } else if (entry.name !== undefined) {
      problems.push({ file: FILE, path: `$.packs[${index}].name`, message: `"name" must be text, but it is ${describe(entry.name)}. It is ignored.` });
    }
    for (const key of Object.keys(entry)) {
      if (!(POLICY_PACK_KEYS as readonly string[]).includes(key)) {
        problems.push({ file: FILE, path: `$.packs[${index}].${key}`, message: `Unknown key "${key}" next to "json"; it is ignored. Put the whole pack, as text, in "json".` });
      }
    }
    if (typeof entry.json !== 'string') {
      report(`"json" must be the rules pack as text (a JSON string), but it is ${describe(entry.json)}. Nothing from this pack is used.`);
      return undefined;
    }
    if (entry.json.length > MAX_PACK_JSON_LENGTH) {
      report(`The pack is too big (${entry.json.length.toLocaleString('en-GB')} characters; the most allowed is ${MAX_PACK_JSON_LENGTH.toLocaleString('en-GB')}). Nothing from this pack is used.`);
      return undefined;
    }
    const parsed = parseJson(entry.json);
    if (!parsed.ok) {
      report(`The pack is not valid JSON: ${parsed.message}. Nothing from this pack is used.`);
      return undefined;
    }
    data = parsed.value;
  } else if (typeof entry.name === 'string' && typeof entry.id === 'string') {
    file = `${file} (${entry.name})`;
  }

  return { data, file, ...(name !== undefined ? { name } : {}) };
}

// --- the refresh URL ---------------------------------------------------------------------------

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Query parameters that carry secrets. A policy is readable by everyone on the machine (chrome://policy). */
const SECRET_PARAMS = /^(?:pass(?:word)?|passwd|pwd|secret|client[_-]?secret|token|access[_-]?token|auth|authorization|api[_-]?key|apikey|sig|signature)$/i;

export type RefreshUrlCheck = { ok: true; url: string } | { ok: false; problem: string };

/**
 * A URL the extension may fetch the trust's pack from: https only (http only on localhost or
 * 127.0.0.1, for testing), with no user name, password or secret token in it.
 */
export function checkRefreshUrl(url: unknown): RefreshUrlCheck {
  if (typeof url !== 'string' || url.trim() === '') return { ok: false, problem: `"refreshUrl" must be a web address (text), but it is ${describe(url)}.` };
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, problem: `"${url.slice(0, 100)}" is not a complete web address (it should start with https://).` };
  }
  if (parsed.username || parsed.password) {
    return { ok: false, problem: 'The refresh URL contains a user name or password. Host the pack where it can be read without one: everyone on the computer can read browser policies.' };
  }
  for (const key of parsed.searchParams.keys()) {
    if (SECRET_PARAMS.test(key)) {
      return { ok: false, problem: `The refresh URL carries a secret in "${key}=". Host the pack where it can be read without one: everyone on the computer can read browser policies.` };
    }
  }
  if (parsed.protocol === 'https:') return { ok: true, url: parsed.href };
  if (parsed.protocol === 'http:' && LOCAL_HOSTS.has(parsed.hostname)) return { ok: true, url: parsed.href };
  if (parsed.protocol === 'http:') return { ok: false, problem: 'The refresh URL must use https:// (http:// is only allowed for localhost, for testing).' };
  return { ok: false, problem: `The refresh URL must be an https:// address, not ${parsed.protocol.replace(/:$/, '')}.` };
}

/** The trust's pack as last fetched from the refresh URL, kept in local storage by the background. */
export interface RefreshedPack {
  url: string;
  /** ISO 8601. */
  fetchedAt: string;
  /** The parsed pack. Valid when fetched; checked again each time it is used. */
  data: unknown;
}

export interface RefreshState {
  /** The last pack that was fetched and valid. Kept when a later fetch fails or is invalid. */
  lastGood?: RefreshedPack;
  /** The last try, good or bad. */
  lastAttempt?: { url: string; at: string; ok: boolean; problem?: string; problems?: PackProblem[] };
}

export const REFRESH_FILE = 'trust refresh URL pack';
/** The most problems of a refused refresh pack kept in storage for the options page. */
const MAX_KEPT_PROBLEMS = 50;

/**
 * The result of one fetch of the refresh URL -> the new state. `text` is the response body when it
 * arrived with a 2xx status; otherwise `error` says what went wrong ("HTTP 404", "network error").
 * A new pack replaces the last good one only when it is valid JSON and a valid pack.
 */
export function applyRefresh(
  state: RefreshState | undefined,
  attempt: { url: string; at: string; text?: string; error?: string },
  options: ParsePolicyOptions = {},
): { state: RefreshState; problems: PackProblem[]; changed: boolean } {
  const lastGood = state?.lastGood;
  const fail = (message: string) => {
    const problems: PackProblem[] = [
      { file: REFRESH_FILE, path: '$', message: `${message} ${lastGood ? `The pack fetched on ${lastGood.fetchedAt} is still used.` : 'No pack from the refresh URL is used yet.'}` },
    ];
    return { state: { ...(lastGood ? { lastGood } : {}), lastAttempt: { url: attempt.url, at: attempt.at, ok: false, problem: problems[0]!.message } }, problems, changed: false };
  };
  const checked = checkRefreshUrl(attempt.url);
  if (!checked.ok) return fail(checked.problem);
  if (attempt.text === undefined) return fail(`The pack could not be fetched from ${attempt.url}: ${attempt.error ?? 'no response'}.`);
  if (attempt.text.length > MAX_PACK_JSON_LENGTH) return fail(`The pack at ${attempt.url} is too big (${attempt.text.length} characters; the most allowed is ${MAX_PACK_JSON_LENGTH}).`);
  const parsed = parseJson(attempt.text);
  if (!parsed.ok) return fail(`The pack at ${attempt.url} is not valid JSON: ${parsed.message}.`);
  const result = checkPack(parsed.value, { file: REFRESH_FILE, origin: 'trust policy', text: attempt.text }, { knownRuleIds: options.knownRuleIds ?? builtinRuleIds() });
  if (!result.pack) {
    const summary = fail(`The pack at ${attempt.url} has ${result.problems.length} problem(s) and was not used.`);
    // Kept with the try so the options page can name each one by its place, as for the policy's packs.
    const details = result.problems.slice(0, MAX_KEPT_PROBLEMS);
    return { ...summary, state: { ...summary.state, lastAttempt: { ...summary.state.lastAttempt!, problems: details } }, problems: [...result.problems, ...summary.problems] };
  }
  const changed = JSON.stringify(parsed.value) !== JSON.stringify(lastGood?.data);
  return {
    state: { lastGood: { url: attempt.url, fetchedAt: attempt.at, data: parsed.value }, lastAttempt: { url: attempt.url, at: attempt.at, ok: true } },
    problems: [],
    changed,
  };
}

// --- helpers -------------------------------------------------------------------------------------

let builtinIds: Set<string> | undefined;

/** The rule ids of the packs that ship with the extension. */
export function builtinRuleIds(): ReadonlySet<string> {
  if (!builtinIds) {
    builtinIds = new Set();
    for (const { data } of BUILTIN_PACK_FILES) {
      const rules = isObject(data) && Array.isArray(data.rules) ? data.rules : [];
      for (const rule of rules) if (isObject(rule) && typeof rule.id === 'string') builtinIds.add(rule.id);
    }
  }
  return builtinIds;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
