// Merges validated packs into the one set of rules the engine runs. No Node APIs.
//
// Packs come in order: built in first, then the trust's, then a personal import.
//  - `extends` must name a pack earlier in the list.
//  - A later pack's rule with the same id replaces the earlier rule (in its place).
//  - Overrides change rules of earlier packs or the same pack.
//  - Locks from every pack accumulate. A locked rule is always on: a pack cannot switch
//    off a rule locked by itself or an earlier pack, nor replace a rule locked by an
//    earlier pack (each attempt is ignored and reported). Other overrides still apply.
//  - Rules that end up `enabled: false` are dropped.
//  - An override's words replace the rule's in every language: a new English message without a new
//    Welsh one is shown in English to Welsh readers, never with the old rule's Welsh.
//  - Vocabularies accumulate (duplicates, ignoring case, are kept once).
//  - A category declared by several packs is named as the first declared it.

import { LANGUAGES } from './format';
import type { CategoryDeclaration, DenyTerm, LockReason, PackProblem, Rule, RuleOverride, RulesPack } from './types';

export type ResolvedRule = Rule & {
  /** The pack that defined the rule (the last one, when a later pack replaced it). */
  packId: string;
  /** Why it is locked (in English), when a pack locked it; ResolvedPacks.locked has its translations. */
  locked?: string;
};

export interface ResolveOptions {
  /** File names of the packs, in the same order, for problems. Default: `pack "<id>"`. */
  files?: readonly string[];
}

export interface ResolvedPacks {
  rules: ResolvedRule[];
  allow: string[];
  deny: DenyTerm[];
  /** Locked rule id -> the reason shown to people (with its translations, when the lock gives them). */
  locked: Map<string, LockReason>;
  /** Locked rule id -> the id of the pack that locked it (whose lock it is). */
  lockedBy: Map<string, string>;
  /** Category id -> how the first pack that declared it names it, for categories beyond the built-in ones. */
  categories: Map<string, CategoryDeclaration>;
  problems: PackProblem[];
}

interface Lock extends LockReason {
  packIndex: number;
  packId: string;
}

export function resolvePacks(packs: readonly RulesPack[], options: ResolveOptions = {}): ResolvedPacks {
  const problems: PackProblem[] = [];
  const rules = new Map<string, ResolvedRule>();
  const locks = new Map<string, Lock>();
  const lockPaths: Array<{ id: string; file: string; path: string }> = [];
  const allow = new Map<string, string>();
  const deny = new Map<string, DenyTerm>();
  const seenPacks = new Map<string, number>();
  const categories = new Map<string, CategoryDeclaration>();

  packs.forEach((pack, index) => {
    const file = options.files?.[index] ?? `pack "${pack.id}"`;
    const problem = (path: string, message: string, ruleId?: string) =>
      problems.push({ file, path, ...(ruleId !== undefined ? { ruleId } : {}), message });

    const earlier = seenPacks.get(pack.id);
    if (earlier !== undefined) {
      problem('$.id', `Pack "${pack.id}" is loaded twice (also as pack ${earlier + 1} of ${packs.length}); its rules replace the earlier copy's.`);
    }

    (pack.extends ?? []).forEach((ext, i) => {
      if (seenPacks.has(ext)) return;
      const later = packs.findIndex((p, j) => j > index && p.id === ext);
      problem(
        `$.extends[${i}]`,
        later >= 0
          ? `Pack "${pack.id}" extends "${ext}", but "${ext}" is loaded after it. A pack can only extend packs loaded before it (built in, then trust, then personal).`
          : `Pack "${pack.id}" extends "${ext}", but no pack with that id is loaded before it.`,
      );
    });
    seenPacks.set(pack.id, index);

    for (const category of pack.categories ?? []) if (!categories.has(category.id)) categories.set(category.id, category);

    // Locks first, so this pack cannot switch off what it locks itself.
    (pack.locked ?? []).forEach((lock, i) => {
      lockPaths.push({ id: lock.rule, file, path: `$.locked[${i}].rule` });
      if (!locks.has(lock.rule)) locks.set(lock.rule, { reason: lock.reason, ...(lock.translations ? { translations: lock.translations } : {}), packIndex: index, packId: pack.id });
    });

    pack.rules.forEach((rule, i) => {
      const lock = locks.get(rule.id);
      const existing = rules.get(rule.id);
      if (existing && lock && lock.packIndex < index) {
        problem(
          `$.rules[${i}]`,
          `Rule "${rule.id}" is locked by pack "${lock.packId}" (${lock.reason}), so this pack cannot replace it. This rule is ignored.`,
          rule.id,
        );
        return;
      }
      if (rule.enabled === false && lock) {
        problem(`$.rules[${i}].enabled`, `Rule "${rule.id}" is locked by pack "${lock.packId}" (${lock.reason}), so it cannot be switched off. It stays on.`, rule.id);
      }
      const resolved: ResolvedRule = { ...rule, packId: pack.id };
      // Map.set keeps an existing key's place, so a replaced rule keeps its position.
      rules.set(rule.id, resolved);
    });

    for (const [id, override] of Object.entries(pack.overrides ?? {})) {
      const path = `$.overrides${/^[A-Za-z_$][\w$]*$/.test(id) ? `.${id}` : `[${JSON.stringify(id)}]`}`;
      const rule = rules.get(id);
      if (!rule) {
        problem(path, `There is an override for rule "${id}", but no pack loaded so far (including this one) has a rule with that id.`, id);
        continue;
      }
      const changed: ResolvedRule = { ...rule };
      if (override.enabled !== undefined) {
        const lock = locks.get(id);
        if (override.enabled === false && lock) {
          problem(`${path}.enabled`, `Rule "${id}" is locked by pack "${lock.packId}" (${lock.reason}), so it cannot be switched off. It stays on.`, id);
        } else {
          changed.enabled = override.enabled;
        }
      }
      if (override.severity !== undefined) changed.severity = override.severity;
      if (override.message !== undefined) changed.message = override.message;
      if (override.why !== undefined) changed.why = override.why;
      if (override.suggestion !== undefined) changed.suggestion = override.suggestion;
      const translations = overriddenTranslations(rule, override);
      if (translations) changed.translations = translations;
      else delete changed.translations;
      rules.set(id, changed);
    }

    for (const term of pack.vocabularies?.allow ?? []) {
      const key = term.toLocaleLowerCase('en-GB');
      if (!allow.has(key)) allow.set(key, term);
    }
    for (const term of pack.vocabularies?.deny ?? []) {
      const key = term.term.toLocaleLowerCase('en-GB');
      if (!deny.has(key)) deny.set(key, { ...term });
    }
  });

  for (const { id, file, path } of lockPaths) {
    if (!rules.has(id)) problems.push({ file, path, ruleId: id, message: `Rule "${id}" is locked, but no loaded pack has a rule with that id.` });
  }

  const locked = new Map<string, LockReason>();
  const lockedBy = new Map<string, string>();
  for (const [id, { reason, translations, packId }] of locks) {
    if (!rules.has(id)) continue;
    locked.set(id, { reason, ...(translations ? { translations } : {}) });
    lockedBy.set(id, packId);
  }

  const result: ResolvedRule[] = [];
  for (const rule of rules.values()) {
    const lock = locked.get(rule.id);
    if (lock !== undefined) result.push({ ...rule, enabled: true, locked: lock.reason });
    else if (rule.enabled !== false) result.push(rule);
  }

  return { rules: result, allow: [...allow.values()], deny: [...deny.values()], locked, lockedBy, categories, problems };
}

/** The rule's translations after an override: its own, less the fields the override rewrote, plus the override's. */
function overriddenTranslations(rule: Rule, override: RuleOverride): Rule['translations'] {
  const out: NonNullable<Rule['translations']> = {};
  for (const lang of LANGUAGES) {
    const words = { ...rule.translations?.[lang] };
    for (const field of ['message', 'why', 'suggestion'] as const) if (override[field] !== undefined) delete words[field];
    Object.assign(words, override.translations?.[lang]);
    if (Object.keys(words).length) out[lang] = words;
  }
  return Object.keys(out).length ? out : undefined;
}
