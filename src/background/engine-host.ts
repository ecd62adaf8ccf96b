// The engine in the background service worker, off the page's main thread.
// compromise is imported statically: MV3 service workers forbid dynamic import().
// Never stores or logs draft text.
import nlpLibrary from 'compromise';
import { check, compilePack, createNlp, type CompiledPack, type Nlp } from '../engine';
import type { Context } from '../engine/types';
import { formatProblem, validatePack } from '../packs/validate';
import { resolvePacks } from '../packs/resolve';
import type { PackProblem, RulesPack } from '../packs/types';
import { isRequest, type CheckResponse } from './messages';

/** What the engine runs with. Built in packs today; the trust's and personal packs come later. */
export interface EngineSettings {
  /** Packs in the order they apply: built in, then the trust's, then a personal import. */
  packs: ReadonlyArray<{ file: string; data: unknown }>;
  /** Rule ids the person switched off ("Don't warn me about this"). Locked rules stay on. */
  disabledRules: readonly string[];
}

interface Ready {
  pack: CompiledPack;
  locked: Map<string, string>;
  disabled: Set<string>;
  problems: PackProblem[];
}

export interface EngineHost {
  /** Compile the packs now (if not done yet). */
  warm(): Promise<void>;
  check(text: string, context: Context): Promise<CheckResponse>;
  /** Settings changed: recompile on next use. */
  invalidate(): void;
  /** Problems found in the packs at the last compile (for an options page; never text). */
  problems(): Promise<PackProblem[]>;
  /**
   * runtime.onMessage handler: a promise of the reply for our messages, undefined for others.
   * `dismissRule` stores a rule id (never text).
   */
  handleMessage(message: unknown, dismissRule: (ruleId: string) => Promise<void>): Promise<unknown> | undefined;
}

/** Validate, merge and compile. Invalid packs are skipped whole (and reported), never half-used. */
export function compileSettings(settings: EngineSettings): Ready {
  const problems: PackProblem[] = [];
  const valid: Array<{ file: string; pack: RulesPack }> = [];
  const knownRuleIds = new Set<string>();
  for (const { file, data } of settings.packs) {
    const result = validatePack(data, file, { knownRuleIds });
    problems.push(...result.problems);
    if (result.pack) {
      valid.push({ file, pack: result.pack });
      for (const rule of result.pack.rules) knownRuleIds.add(rule.id);
    }
  }
  const resolved = resolvePacks(
    valid.map((v) => v.pack),
    { files: valid.map((v) => v.file) },
  );
  problems.push(...resolved.problems);
  return {
    pack: compilePack({ rules: resolved.rules, allow: resolved.allow, deny: resolved.deny }),
    locked: resolved.locked,
    disabled: new Set(settings.disabledRules),
    problems,
  };
}

export function createEngineHost(loadSettings: () => Promise<EngineSettings>, nlp: Nlp = createNlp(nlpLibrary as never)): EngineHost {
  let ready: Promise<Ready> | undefined;

  const ensure = (): Promise<Ready> => {
    if (!ready) {
      ready = loadSettings().then(compileSettings);
      ready.then(
        (r) => {
          // Pack problems are about rules files, never drafts: fine to log.
          if (r.problems.length) console.warn(`[tbyp] rules packs: ${r.problems.length} problem(s)\n${r.problems.map(formatProblem).join('\n')}`);
        },
        () => {
          ready = undefined; // try again next time
        },
      );
    }
    return ready;
  };

  const host: EngineHost = {
    warm: async () => {
      await ensure();
    },
    async check(text, context) {
      const r = await ensure();
      const findings = check(text, context, r.pack, { nlp, disabled: r.disabled });
      const locked: Record<string, string> = {};
      for (const f of findings) {
        const reason = r.locked.get(f.ruleId);
        if (reason !== undefined) locked[f.ruleId] = reason;
      }
      return { findings, locked };
    },
    invalidate() {
      ready = undefined;
    },
    async problems() {
      return (await ensure()).problems;
    },
    handleMessage(message, dismissRule) {
      if (!isRequest(message)) return undefined;
      switch (message.type) {
        case 'tbyp/check':
          return host.check(message.text, message.context);
        case 'tbyp/warm':
          return host.warm().then(() => ({ ok: true }));
        case 'tbyp/dismiss-rule':
          return dismissRule(message.ruleId).then(() => {
            host.invalidate();
            return { ok: true };
          });
      }
    },
  };
  return host;
}
