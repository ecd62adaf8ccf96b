// The toolbar popup: is the coach on here, pause it, how many posts were reconsidered, settings.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { adaptersFor } from '../content/hosts';
import { isActiveOn, type LoadedConfig, type Settings } from '../settings';
import { SITES } from '../sites';
import type { PopupDeps } from './deps';
import { t } from '../ui/i18n';
import { HOUR_MS, labelPage, pausedText, startOfTomorrow } from './words';

function siteOf(url: string | undefined): { hostname: string; id?: string; name?: string } | undefined {
  if (!url || !/^https?:/.test(url)) return undefined;
  const site = adaptersFor(url, SITES, false)[0];
  return { hostname: new URL(url).hostname, ...(site ? { id: site.id, name: site.name } : {}) };
}

export function PopupApp({ deps }: { deps: PopupDeps }) {
  const [config, setConfig] = useState<LoadedConfig>();
  const [url, setUrl] = useState<string>();
  const [count, setCount] = useState<number>();
  const [failed, setFailed] = useState(false);

  const reload = useCallback(() => {
    deps.load().then(setConfig, () => setFailed(true));
    deps.reconsideredThisWeek().then(setCount, () => setCount(undefined));
  }, [deps]);

  useEffect(() => {
    labelPage(t('extName'));
    reload();
    void deps.currentUrl().then(setUrl);
    return deps.watch(reload);
  }, [deps, reload]);

  const pause = (until: number | undefined) =>
    void deps
      .update((s): Settings => {
        const { pausedUntil: _previous, ...rest } = s;
        return until === undefined ? rest : { ...rest, pausedUntil: until };
      })
      .then(reload);

  if (failed) return <p class="notice notice-error">{t('common.settingsFailed')}</p>;
  if (!config) return <p>{t('common.loading')}</p>;

  const now = deps.now();
  const site = siteOf(url);
  const paused = pausedText(config.settings, config.policy, now);
  const here = site ? isActiveOn(site.hostname, site.id, config.settings, config.policy, now) : false;
  const status = paused ?? (site ? t(here ? 'popup.checkingOn' : 'popup.notCheckingOn', { site: site.name ?? site.hostname }) : t('popup.nothingHere'));

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p class="status" data-testid="popup-status" data-active={!paused && here ? 'true' : 'false'}>
        {status}
      </p>
      {config.policy.lockSettings ? (
        <p class="hint">{t('popup.lockedOn')}</p>
      ) : paused ? (
        <div class="button-row">
          <button type="button" class="button" onClick={() => pause(undefined)}>
            {t('common.resume')}
          </button>
        </div>
      ) : (
        <div class="button-row" role="group" aria-label={t('popup.pauseGroup')}>
          <button type="button" class="button button-secondary" onClick={() => pause(now + HOUR_MS)}>
            {t('popup.pauseHour')}
          </button>
          <button type="button" class="button button-secondary" onClick={() => pause(startOfTomorrow(now))}>
            {t('popup.pauseTomorrow')}
          </button>
        </div>
      )}
      {count !== undefined && (
        <p data-testid="reconsidered">{t('popup.reconsidered', count)}</p>
      )}
      <p>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            deps.openOptions();
          }}
        >
          {t('popup.settingsLink')}
        </a>
      </p>
    </main>
  );
}
