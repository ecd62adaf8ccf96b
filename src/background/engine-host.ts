// The engine in the background service worker, off the page's main thread.
// compromise is imported statically: MV3 service workers forbid dynamic import().
// Never stores or logs draft text.
import nlpLibrary from 'compromise';
import { check, compilePack, createNlp, type CompiledPack, type Nlp } from '../engine';
import type { Context, Severity } from '../engine/types';
import { formatProblem } from '../packs/validate';
import { isActiveOn, isPaused, pausedUntilOn, type LoadedConfig } from '../settings';
import { isRequest, type CheckResponse, type StatusResponse } from './messages';

interface Ready {
  config: LoadedConfig;
  pack: CompiledPack;
}

export interface EngineHost {
  /** Compile the packs now (if not done yet). */
  warm(): Promise<void>;
  /** `hostname`: the page the draft is on, to honour site switches and pauses. */
  check(text: string, context: Context, hostname?: string): Promise<CheckResponse>;
  /** Whether checking is on for `site` on `hostname` (site switches and pauses), without a check. */
  status(site: string, hostname?: string): Promise<StatusResponse>;
  /** Settings changed: recompile on next use. */
  invalidate(): void;
  /** The config the engine runs with (loaded once per change, shared with the rest of the background). */
  config(): Promise<LoadedConfig>;
  /** runtime.onMessage handler: a promise of the reply for our messages, undefined for others. */
  handleMessage(message: unknown, sender?: { url?: string }): Promise<unknown> | undefined;
}

export interface EngineHostDeps {
  loadConfig: () => Promise<LoadedConfig>;
  /** Switch a rule off from the nudge: store the rule id (never text). */
  dismissRule: (ruleId: string) => Promise<void>;
  /** Undo of that: the rule back on. */
  restoreRule: (ruleId: string) => Promise<void>;
  /** "This warning is wrong": keep the rule id and the site's hostname in the local list (never text). */
  reportWrong: (ruleId: string, site: string) => Promise<void>;
  /** The person went back to edit after a nudge: count it (a number, never text). */
  countReconsidered: () => Promise<void>;
  nlp?: Nlp;
  now?: () => number;
}

export function createEngineHost(deps: EngineHostDeps): EngineHost {
  const nlp = deps.nlp ?? createNlp(nlpLibrary as never);
  const now = deps.now ?? Date.now;
  let ready: Promise<Ready> | undefined;

  const ensure = (): Promise<Ready> => {
    if (!ready) {
      ready = deps.loadConfig().then((config) => {
        const { rules, allow, deny } = config.resolved;
        return { config, pack: compilePack({ rules, allow, deny }) };
      });
      ready.then(
        ({ config }) => {
          // Pack problems are about rules files, never drafts: fine to log.
          if (config.problems.length) console.warn(`[tbyp] rules packs: ${config.problems.length} problem(s)\n${config.problems.map(formatProblem).join('\n')}`);
        },
        () => {
          ready = undefined; // try again next time
        },
      );
    }
    return ready;
  };

  /** Site switches and pauses. The generic adapter only runs where it was added, so only a pause stops it. */
  const isActive = ({ settings, policy }: LoadedConfig, site: string | undefined, hostname: string | undefined): boolean => {
    if (hostname === undefined || site === 'generic') return !isPaused(settings, policy, now(), hostname);
    return isActiveOn(hostname, site, settings, policy, now());
  };

  /** Nothing when checking is on; else inactive, with the pause's end when a pause is why. */
  const statusOf = (config: LoadedConfig, site: string | undefined, hostname: string | undefined): StatusResponse => {
    if (isActive(config, site, hostname)) return {};
    const until = pausedUntilOn(config.settings, config.policy, now(), hostname);
    return until !== undefined ? { inactive: true, inactiveUntil: until } : { inactive: true };
  };

  const host: EngineHost = {
    warm: async () => {
      await ensure();
    },
    async check(text, context, hostname) {
      const ready = await ensure();
      const { config, pack } = ready;
      const status = statusOf(config, context.site, hostname);
      if (status.inactive) return { findings: [], locked: {}, ...status };
      const minSeverity: Severity = config.minSeverity;
      const findings = check(text, { ...context, account: config.settings.account }, pack, { nlp, disabled: config.disabled, minSeverity });
      const locked: CheckResponse['locked'] = {};
      const lockedBy: NonNullable<CheckResponse['lockedBy']> = {};
      const titles: Record<string, string> = {};
      const categories: NonNullable<CheckResponse['categories']> = {};
      for (const f of findings) {
        const declared = config.resolved.categories.get(f.category);
        if (declared) categories[f.category] = { name: declared.name, ...(declared.translations ? { translations: declared.translations } : {}) };
        const reason = config.locked.get(f.ruleId);
        if (reason !== undefined) {
          locked[f.ruleId] = reason;
          lockedBy[f.ruleId] = config.lockOwners.get(f.ruleId) ?? { by: 'trust' };
        }
        const title = titleOf(ready, f.ruleId);
        if (title) titles[f.ruleId] = title;
      }
      return { findings, locked, lockedBy, titles, categories, account: config.settings.account, ...(config.help ? { help: config.help } : {}) };
    },
    async status(site, hostname) {
      return statusOf((await ensure()).config, site, hostname);
    },
    invalidate() {
      ready = undefined;
    },
    async config() {
      return (await ensure()).config;
    },
    handleMessage(message, sender) {
      if (!isRequest(message)) return undefined;
      switch (message.type) {
        case 'tbyp/check':
          return host.check(message.text, message.context, hostnameOf(sender?.url));
        case 'tbyp/warm':
          return host.warm().then(() => ({ ok: true }));
        case 'tbyp/status':
          return host.status(message.site, hostnameOf(sender?.url));
        case 'tbyp/dismiss-rule':
          return deps.dismissRule(message.ruleId).then(() => {
            host.invalidate();
            return { ok: true };
          });
        case 'tbyp/restore-rule':
          return deps.restoreRule(message.ruleId).then(() => {
            host.invalidate();
            return { ok: true };
          });
        case 'tbyp/report-wrong': {
          const site = hostnameOf(sender?.url);
          return site ? deps.reportWrong(message.ruleId, site).then(() => ({ ok: true })) : Promise.resolve({ ok: false });
        }
        case 'tbyp/reconsidered':
          return deps.countReconsidered().then(() => ({ ok: true }));
      }
    },
  };
  return host;
}

/** A rule's short name (its pack's "title"), looked up once per compiled config. */
const titleCache = new WeakMap<object, Map<string, string>>();
function titleOf(ready: Ready, ruleId: string): string | undefined {
  let titles = titleCache.get(ready);
  if (!titles) {
    titles = new Map(ready.config.resolved.rules.filter((r) => r.title).map((r) => [r.id, r.title!]));
    titleCache.set(ready, titles);
  }
  return titles.get(ruleId);
}

function hostnameOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}
