// The one path by which packs reach the engine: the CLI, the background, the options page and the
// bench all call buildPackSet. No Node or browser APIs.
//
// Sources come in tiers, in this order: built in, then the trust's (policy packs, then the refresh URL
// pack), then the person's imports. Within a tier, a pack comes after the packs it `extends`.
// Each source is parsed (when given as text), validated once against the packs accepted before it,
// and compiled (every rule, and every rule run on its own examples) before it is accepted. A pack
// with any problem is skipped whole and every problem names its file, place and rule.
import { compilePack } from '../engine/compile';
import { check } from '../engine/check';
import type { Nlp } from '../engine/nlp';
import type { LockedRule } from './format';
import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import { lineAndColumn, parseJson } from './json';
import type { PackProblem } from './problems';
import { resolvePacks, type ResolvedPacks } from './resolve';
import type { RulesPack } from './types';
import { validatePack, type ValidateOptions } from './validate';

export type PackOrigin = 'built-in' | 'trust policy' | 'imported file';

export interface PackSource {
  /** Where it came from, for problems: a file path, "trust policy pack 1", ... */
  file: string;
  origin: PackOrigin;
  /** The pack as JSON text (its problems then get a line and column) ... */
  text?: string;
  /** ... or already parsed. */
  data?: unknown;
}

export interface AcceptedPack {
  file: string;
  origin: PackOrigin;
  pack: RulesPack;
}

export interface PackSet {
  packs: AcceptedPack[];
  resolved: ResolvedPacks;
  problems: PackProblem[];
}

export interface PackSetOptions {
  /** Locks from the trust policy itself: applied after the trust's packs, before the person's. */
  locks?: readonly LockedRule[];
  /** compromise, to run the rules that need it on their examples too. */
  nlp?: Nlp;
}

/** The id of the pack that carries the trust policy's own locks into resolvePacks. */
export const TRUST_LOCKS_PACK_ID = 'tbyp.trust-policy-locks';
const TIERS: readonly PackOrigin[] = ['built-in', 'trust policy', 'imported file'];

export function buildPackSet(sources: readonly PackSource[], options: PackSetOptions = {}): PackSet {
  const problems: PackProblem[] = [];
  const packs: AcceptedPack[] = [];
  const knownRuleIds = new Set<string>();
  const knownCategories = new Set<string>();
  const accept = (accepted: AcceptedPack) => {
    packs.push(accepted);
    for (const rule of accepted.pack.rules) knownRuleIds.add(rule.id);
    for (const c of accepted.pack.categories ?? []) knownCategories.add(c.id);
  };

  const parsed = sources.map((source) => parse(source, problems));
  for (const tier of TIERS) {
    if (tier === 'imported file' && options.locks?.length) accept(locksPack(options.locks, knownRuleIds, problems));
    for (const { source, data } of inExtendsOrder(parsed.filter((p) => p.source.origin === tier && p.data !== undefined))) {
      const checked = checkPack(data, source, { knownRuleIds, knownCategories }, options.nlp);
      problems.push(...checked.problems);
      if (!checked.pack) continue;
      const pack = tier === 'imported file' ? withoutLockedOverrides(checked.pack, source.file, packs, options.locks ?? [], problems) : checked.pack;
      accept({ file: source.file, origin: tier, pack });
    }
  }

  const resolved = resolvePacks(
    packs.map((p) => p.pack),
    { files: packs.map((p) => p.file) },
  );
  problems.push(...resolved.problems);
  return { packs, resolved, problems };
}

/**
 * Validates one pack and compiles it: every rule is compiled and run on its own examples, so a rule
 * that would throw in the engine is found here (and named) instead of stopping every check later.
 * Built-in packs are only validated: `tbyp test rules/` compiles them and runs their examples before they
 * ship, and compiling them twice at start-up was a large part of the engine's cold start.
 */
export function checkPack(data: unknown, source: Pick<PackSource, 'file' | 'origin' | 'text'>, known: ValidateOptions = {}, nlp?: Nlp): { pack?: RulesPack; problems: PackProblem[] } {
  const validated = validatePack(data, source.file, known);
  if (!validated.pack) return { problems: source.text === undefined ? validated.problems : withPositions(validated.problems, source.text) };
  if (source.origin === 'built-in') return validated;
  const problems: PackProblem[] = [];
  validated.pack.rules.forEach((rule, i) => {
    try {
      const compiled = compilePack({ rules: [{ ...rule, enabled: true }] });
      for (const text of [...rule.examples.flag, ...rule.examples.pass]) check(text, {}, compiled, { nlp, keepRepeats: true, rethrow: true });
    } catch (e) {
      problems.push({ file: source.file, path: `$.rules[${i}]`, ruleId: rule.id, message: `This rule failed when it was tried on its own examples (${(e as Error)?.message ?? e}), so the pack was not used.` });
    }
  });
  return problems.length ? { problems } : validated;
}

function parse(source: PackSource, problems: PackProblem[]): { source: PackSource; data?: unknown } {
  if (source.text === undefined) return { source, data: source.data };
  const parsed = parseJson(source.text);
  if (parsed.ok) return { source, data: parsed.value };
  problems.push({ file: source.file, path: '$', line: parsed.line, column: parsed.column, message: `The file is not valid JSON: ${parsed.message}` });
  return { source };
}

/** Packs that extend others come after them (a stable order otherwise; a cycle is left to resolvePacks). */
function inExtendsOrder<T extends { data?: unknown }>(items: T[]): T[] {
  const idOf = (item: T) => (item.data as { id?: unknown } | null)?.id;
  const extendsOf = (item: T) => {
    const ext = (item.data as { extends?: unknown } | null)?.extends;
    return Array.isArray(ext) ? ext : [];
  };
  const ids = new Set(items.map(idOf));
  const done = new Set<unknown>();
  const out: T[] = [];
  let remaining = [...items];
  while (remaining.length) {
    const ready = remaining.filter((item) => extendsOf(item).every((id) => done.has(id) || !ids.has(id)));
    const next = ready.length ? ready : remaining;
    for (const item of next) {
      out.push(item);
      done.add(idOf(item));
    }
    remaining = remaining.filter((item) => !next.includes(item));
  }
  return out;
}

/** The trust policy's own locks, as a pack of locks only, so resolvePacks applies them in order. */
function locksPack(locks: readonly LockedRule[], known: ReadonlySet<string>, problems: PackProblem[]): AcceptedPack {
  const present = locks.filter((lock, i) => {
    if (known.has(lock.rule)) return true;
    problems.push({ file: 'trust policy', path: `$.lockedRules[${i}].rule`, ruleId: lock.rule, message: `Rule "${lock.rule}" is locked, but no loaded pack has a rule with that id. The lock is ignored.` });
    return false;
  });
  const pack: RulesPack = { schemaVersion: 1, id: TRUST_LOCKS_PACK_ID, name: 'Trust policy: locked rules', version: '1', author: 'trust policy', locked: present, rules: [] };
  return { file: 'trust policy lockedRules', origin: 'trust policy', pack };
}

/** A person's pack cannot change a rule their organisation (or any earlier pack) locked. */
function withoutLockedOverrides(pack: RulesPack, file: string, before: readonly AcceptedPack[], locks: readonly LockedRule[], problems: PackProblem[]): RulesPack {
  const locked = new Set([...locks.map((l) => l.rule), ...before.flatMap(({ pack: p }) => (p.locked ?? []).map((l) => l.rule))]);
  const ids = Object.keys(pack.overrides ?? {}).filter((id) => locked.has(id));
  if (!ids.length) return pack;
  const overrides = { ...pack.overrides };
  for (const id of ids) {
    delete overrides[id];
    problems.push({ file, path: `$.overrides${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`, ruleId: id, message: `Rule "${id}" is locked by your organisation, so this pack cannot change it. The change is ignored.` });
  }
  return { ...pack, overrides };
}

/** Problems with the line and column of their JSON path in `text`, where it can be found. */
function withPositions(problems: PackProblem[], text: string): PackProblem[] {
  const tree = parseTree(text);
  return tree ? problems.map((p) => ({ ...p, ...positionOf(tree, text, p.path) })) : problems;
}

function positionOf(tree: Node, text: string, path: string): { line?: number; column?: number } {
  const segments: Array<string | number> = [];
  for (const m of path.matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)) segments.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3]!)));
  // The deepest part of the path that exists: a missing key is reported where it should be.
  for (let n = segments.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, segments.slice(0, n));
    if (node) return lineAndColumn(text, node.parent?.type === 'property' && n === segments.length ? node.parent.offset : node.offset);
  }
  return {};
}
