// "This warning is wrong": the list kept in this browser (which check, which site, when; never any
// text), to copy or save as a file for the organisation's information governance team, or to clear.
import { useEffect, useState } from 'preact/hooks';
import { exportWrongWarnings, ruleStates, type WrongWarning } from '../settings';
import { t } from '../ui/i18n';
import type { SectionProps } from './App';
import { AddressLink } from '../ui/links';
import { dateTime, ruleTitle } from './words';
import { Say } from '../ui/say';
import { saveJsonFile } from './save-file';

export function WrongWarnings({ config, deps, announce }: SectionProps) {
  const [list, setList] = useState<WrongWarning[]>([]);
  useEffect(() => {
    const load = () => void deps.wrongWarnings().then(setList, () => setList([]));
    load();
    return deps.watchWrongWarnings(load);
  }, [deps]);

  const titles = new Map(ruleStates(config, config.settings, config.policy).map((r) => [r.id, ruleTitle(r)]));
  const file = () => exportWrongWarnings(list);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(file());
      announce(t('options.wrong.copied'));
    } catch {
      announce(t('options.wrong.copyFailed'));
    }
  };
  const save = () => {
    saveJsonFile('think-before-you-post-wrong-warnings.json', file());
    announce(t('options.wrong.saving'));
  };
  const clear = async () => {
    await deps.clearWrongWarnings();
    setList([]);
    announce(t('options.wrong.cleared'));
  };

  return (
    <section aria-labelledby="wrong-heading" class="card" data-testid="wrong-warnings">
      <h2 id="wrong-heading">{t('options.wrong.heading')}</h2>
      <p class="hint">{t('options.wrong.hint')}</p>
      {config.help?.contact && (
        <p>
          {t('options.wrong.sendTo')} <AddressLink address={config.help.contact} />
        </p>
      )}
      {list.length === 0 ? (
        <p>{t('options.wrong.none')}</p>
      ) : (
        <>
          <table class="packs">
            <caption class="visually-hidden">{t('options.wrong.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('options.wrong.check')}</th>
                <th scope="col">{t('options.wrong.site')}</th>
                <th scope="col">{t('options.wrong.when')}</th>
              </tr>
            </thead>
            <tbody>
              {list
                .slice()
                .reverse()
                .map((entry, i) => (
                  <tr key={i} data-rule-id={entry.ruleId}>
                    <td>
                      <Say words={titles.get(entry.ruleId) ?? entry.ruleId} />
                    </td>
                    <td>{entry.site}</td>
                    <td>{dateTime(entry.at)}</td>
                  </tr>
                ))}
            </tbody>
          </table>
          <div class="button-row">
            <button type="button" class="button button-secondary" onClick={() => void copy()}>
              {t('options.wrong.copy')}
            </button>
            <button type="button" class="button button-secondary" onClick={save}>
              {t('options.wrong.save')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => void clear()}>
              {t('options.wrong.clear')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
