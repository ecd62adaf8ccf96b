// The rules packs in use and where each came from; importing a pack file (checked first, and not
// used at all if anything is wrong with it); problems found in any pack.
import { useState } from 'preact/hooks';
import type { PackProblem } from '../packs/types';
import { importPackFile, mergeProblems, TRUST_LOCKS_PACK_ID, withPackRemoved, type PackSource } from '../settings';
import type { SectionProps } from './App';
import { ProblemList } from './ProblemList';

const SOURCE_LABELS: Record<PackSource, string> = { 'built-in': 'Built in', 'trust policy': 'From your organisation', 'imported file': 'Imported by you' };

export function Packs({ config, deps, save, announce }: SectionProps) {
  const { settings, policy } = config;
  const [problems, setProblems] = useState<{ file: string; list: PackProblem[] }>();
  const packs = config.packs.filter(({ pack }) => pack.id !== TRUST_LOCKS_PACK_ID);

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = ''; // the same file can be picked again after fixing it
    if (!file) return;
    const text = await file.text().catch(() => undefined);
    const known = new Set(config.resolved.rules.map((r) => r.id));
    const result =
      text === undefined
        ? { problems: [{ file: file.name, path: '$', message: "The file couldn't be read." }] }
        : importPackFile(text, file.name, { settings, policy, knownRuleIds: known });
    let list = result.problems;
    if (result.settings) list = mergeProblems(await deps.preview(result.settings), file.name);
    if (list.length || !result.settings) {
      setProblems({ file: file.name, list });
      announce(`${file.name} was not imported: ${list.length === 1 ? '1 problem' : `${list.length} problems`} to fix.`);
      return;
    }
    setProblems(undefined);
    const next = result.settings;
    await save(() => next, `Imported ${file.name}. Its checks are on now.`);
  };

  return (
    <section aria-labelledby="packs-heading" class="card">
      <h2 id="packs-heading">Rules packs</h2>
      <p class="hint">Packs hold the checks. Later packs can change earlier ones: built in, then your organisation's, then yours.</p>
      <table class="packs" data-testid="packs">
        <caption class="visually-hidden">Rules packs in use</caption>
        <thead>
          <tr>
            <th scope="col">Pack</th>
            <th scope="col">Version</th>
            <th scope="col">Author</th>
            <th scope="col">Where it came from</th>
            <th scope="col">
              <span class="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map(({ pack, source, file }) => (
            <tr key={`${source}:${pack.id}`} data-pack-id={pack.id}>
              <th scope="row">{pack.name}</th>
              <td>{pack.version}</td>
              <td>{pack.author}</td>
              <td>{SOURCE_LABELS[source]}</td>
              <td>
                {source === 'imported file' && (
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={`Remove ${pack.name}`}
                    onClick={() => void save((s) => withPackRemoved(s, pack.id), `Removed ${pack.name} (${file}).`)}
                  >
                    Remove
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {policy.refreshUrl && <RefreshStatus config={config} />}
      {policy.lockSettings ? (
        <p class="hint">Your organisation has locked these settings, so you can't import packs.</p>
      ) : (
        <div class="file-field">
          <label for="import-pack" class="label">
            Import a rules pack
          </label>
          <p class="hint" id="import-pack-hint">
            A JSON file from your organisation or a colleague. It is checked first and only used if nothing is wrong with it.
          </p>
          <input id="import-pack" type="file" accept=".json,application/json" aria-describedby="import-pack-hint" onChange={(e) => void onFile(e.currentTarget)} />
        </div>
      )}
      {problems && (
        <div class="notice notice-error" role="alert" data-testid="import-problems">
          <h3>
            {problems.file} was not imported. {problems.list.length === 1 ? 'One thing needs fixing:' : `${problems.list.length} things need fixing:`}
          </h3>
          <ProblemList problems={problems.list} />
          <p>Nothing was changed.</p>
        </div>
      )}
      {config.problems.length > 0 && (
        <details class="pack-problems">
          <summary>
            {config.problems.length === 1 ? '1 problem' : `${config.problems.length} problems`} found in the packs in use (for whoever maintains them)
          </summary>
          <ProblemList problems={config.problems} />
        </details>
      )}
    </section>
  );
}

/** Where the trust's pack is fetched from and how the last fetch went (for whoever maintains it). */
function RefreshStatus({ config }: { config: SectionProps['config'] }) {
  const { lastGood, lastAttempt } = config.refresh ?? {};
  const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p class="hint" data-testid="refresh-status">
      Your organisation's pack is fetched from {config.policy.refreshUrl}.{' '}
      {lastGood ? `The one in use was fetched on ${when(lastGood.fetchedAt)}.` : 'No pack has been fetched from there yet.'}
      {lastAttempt && !lastAttempt.ok && ` The last try, on ${when(lastAttempt.at)}, did not work: ${lastAttempt.problem ?? 'no answer'}`}
    </p>
  );
}
