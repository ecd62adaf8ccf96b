// The rules packs in use and where each came from; importing a pack file (checked first, and not
// used at all if anything is wrong with it); problems found in any pack.
import { useState } from 'preact/hooks';
import { loadRegexSafety } from '../packs/regex-safety';
import type { PackProblem } from '../packs/types';
import { importPackFile, mergeProblems, TRUST_LOCKS_PACK_ID, withPackRemoved, type PackSource } from '../settings';
import { currentLang, t, type MessageKey } from '../ui/i18n';
import type { SectionProps } from './App';
import { ProblemList } from './ProblemList';

const SOURCE_LABELS: Record<PackSource, MessageKey> = { 'built-in': 'options.packs.builtIn', 'trust policy': 'options.packs.fromTrust', 'imported file': 'options.packs.imported' };

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
    await loadRegexSafety();
    const result =
      text === undefined
        ? { problems: [{ file: file.name, path: '$', message: t('options.packs.unreadable') }] }
        : importPackFile(text, file.name, { settings, policy, knownRuleIds: known });
    let list = result.problems;
    if (result.settings) list = mergeProblems(await deps.preview(result.settings), file.name);
    if (list.length || !result.settings) {
      setProblems({ file: file.name, list });
      announce(t('options.packs.notImported', list.length, { file: file.name }));
      return;
    }
    setProblems(undefined);
    const next = result.settings;
    await save(() => next, t('options.packs.importedOk', { file: file.name }));
  };

  return (
    <section aria-labelledby="packs-heading" class="card">
      <h2 id="packs-heading">{t('options.packs.heading')}</h2>
      <p class="hint">{t('options.packs.hint')}</p>
      <table class="packs" data-testid="packs">
        <caption class="visually-hidden">{t('options.packs.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('options.packs.pack')}</th>
            <th scope="col">{t('options.packs.version')}</th>
            <th scope="col">{t('options.packs.author')}</th>
            <th scope="col">{t('options.packs.source')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('options.packs.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {packs.map(({ pack, source, file }) => (
            <tr key={`${source}:${pack.id}`} data-pack-id={pack.id}>
              <th scope="row">{pack.name}</th>
              <td>{pack.version}</td>
              <td>{pack.author}</td>
              <td>{t(SOURCE_LABELS[source])}</td>
              <td>
                {source === 'imported file' && (
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={t('common.removeNamed', { name: pack.name })}
                    onClick={() => void save((s) => withPackRemoved(s, pack.id), t('options.packs.removed', { name: pack.name, file }))}
                  >
                    {t('common.remove')}
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {policy.refreshUrl && <RefreshStatus config={config} />}
      {policy.lockSettings ? (
        <p class="hint">{t('options.packs.lockedNoImport')}</p>
      ) : (
        <div class="file-field">
          <label for="import-pack" class="label">
            {t('options.packs.importLabel')}
          </label>
          <p class="hint" id="import-pack-hint">
            {t('options.packs.importHint')}
          </p>
          <input id="import-pack" type="file" accept=".json,application/json" aria-describedby="import-pack-hint" onChange={(e) => void onFile(e.currentTarget)} />
        </div>
      )}
      {problems && (
        <div class="notice notice-error" role="alert" data-testid="import-problems">
          <h3>{t('options.packs.notImportedHeading', problems.list.length, { file: problems.file })}</h3>
          <ProblemList problems={problems.list} />
          <p>{t('options.packs.nothingChanged')}</p>
        </div>
      )}
      {config.problems.length > 0 && (
        <details class="pack-problems">
          <summary>{t('options.packs.problemsInUse', config.problems.length)}</summary>
          <ProblemList problems={config.problems} />
        </details>
      )}
    </section>
  );
}

/** Where the trust's pack is fetched from and how the last fetch went (for whoever maintains it). */
function RefreshStatus({ config }: { config: SectionProps['config'] }) {
  const { lastGood, lastAttempt } = config.refresh ?? {};
  const when = (iso: string) => new Date(iso).toLocaleString(currentLang(), { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <p class="hint" data-testid="refresh-status">
      {t('options.packs.refreshFrom', { url: config.policy.refreshUrl ?? '' })}{' '}
      {lastGood ? t('options.packs.refreshGood', { when: when(lastGood.fetchedAt) }) : t('options.packs.refreshNone')}
      {lastAttempt && !lastAttempt.ok && ` ${t('options.packs.refreshFailed', { when: when(lastAttempt.at), problem: lastAttempt.problem ?? t('options.packs.noAnswer') })}`}
    </p>
  );
}
