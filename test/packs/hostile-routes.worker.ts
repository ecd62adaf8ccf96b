// The four routes by which a pack reaches the extension, run in a worker thread so the test can cut one
// off at a deadline (a slow regular expression blocks its thread: only terminating it stops it). Each
// route does what its caller in the extension does, pure parts only: the options page's import, a
// settings file, the trust policy, and the refresh URL (fetched for real, over HTTP).
import { parentPort } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { refreshTrustPack, fetchText } from '../../src/background/refresh';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { loadRegexSafety } from '../../src/packs/regex-safety';
import { formatProblem } from '../../src/packs/validate';
import { HOSTILE_PACKS } from '../fixtures/hostile-packs';
import { builtinRuleIds, defaultSettings, EMPTY_POLICY, importPackFile, importSettings, loadConfig, type RefreshState } from '../../src/settings';

export type Route = 'import' | 'settings file' | 'policy' | 'refresh URL';
export interface RouteRequest {
  route: Route;
  /** The pack: HOSTILE_PACKS[index] (read here, so the timed request carries no 4.7 MB copy), or this text. */
  index?: number;
  file?: string;
  text?: string;
  /** For the refresh URL: where the test's server serves `text`. */
  url?: string;
}
export interface RouteResult {
  /** Every problem, one line each as people see them (file, place, rule, message). */
  problems: string[];
  /** Ids of the packs that would run afterwards. */
  packIds: string[];
  /** The rule ids that would run, with their messages. */
  messages: Record<string, string>;
}

const GOOD_TRUST_PACK = JSON.parse(readFileSync('rules/examples/northvale-trust.json', 'utf8'));

function running(config: ReturnType<typeof loadConfig>): Pick<RouteResult, 'packIds' | 'messages'> {
  return {
    packIds: config.packs.map((p) => p.pack.id),
    messages: Object.fromEntries(config.resolved.rules.map((r) => [r.id, r.message])),
  };
}

async function run(request: RouteRequest): Promise<RouteResult> {
  const { route, url } = request;
  const { file, text } = request.index !== undefined ? HOSTILE_PACKS[request.index]! : { file: request.file!, text: request.text! };
  const builtinFiles = BUILTIN_PACK_FILES;
  switch (route) {
    case 'import': {
      const result = importPackFile(text, file, { settings: defaultSettings(), policy: { ...EMPTY_POLICY }, knownRuleIds: builtinRuleIds() });
      const config = loadConfig({ builtinFiles, managed: undefined, stored: result.settings ?? defaultSettings() });
      return { problems: [...result.problems, ...config.problems].map(formatProblem), ...running(config) };
    }
    case 'settings file': {
      // The pack as a settings file carries it: its JSON text inside the file, as written.
      const settingsFile = `{"kind": "tbyp-settings", "version": 3, "importedPacks": [{"file": ${JSON.stringify(file)}, "importedAt": "2026-12-01T10:00:00.000Z", "data": ${text}}]}`;
      const result = importSettings(settingsFile);
      const config = loadConfig({ builtinFiles, managed: undefined, stored: result.settings ?? defaultSettings() });
      return { problems: [...result.problems, ...config.problems.map(formatProblem)], ...running(config) };
    }
    case 'policy': {
      const config = loadConfig({ builtinFiles, managed: { packs: [{ name: file, json: text }] }, stored: undefined });
      return { problems: config.problems.map(formatProblem), ...running(config) };
    }
    case 'refresh URL': {
      // A good pack was fetched before; then the URL serves the hostile one.
      let state: RefreshState | undefined = { lastGood: { url: url!, fetchedAt: '2026-12-01T10:00:00.000Z', data: GOOD_TRUST_PACK } };
      const managed = { refreshUrl: url };
      const problems = await refreshTrustPack({ readManaged: async () => managed, readRefresh: async () => state, writeRefresh: async (next) => void (state = next), fetchText });
      const config = loadConfig({ builtinFiles, managed, stored: undefined, ...(state ? { refresh: state } : {}) });
      return { problems: [...problems, ...config.problems].map(formatProblem), ...running(config) };
    }
  }
}

// As in the extension's pages and background: the slow-matching analysis is loaded before packs from outside are checked.
await loadRegexSafety();
parentPort!.on('message', (request: RouteRequest) => {
  run(request).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: String((error as Error)?.stack ?? error) }),
  );
});
parentPort!.postMessage({ ready: true });
