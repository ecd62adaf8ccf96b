// The toolbar popup: is the coach on here, pause it here or everywhere, how many posts were reconsidered, settings.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { adaptersFor } from '../content/hosts';
import { isActiveOn, sitePausedUntil, withSitePaused, type LoadedConfig, type Settings } from '../settings';
import { SITES } from '../sites';
import type { PopupDeps } from './deps';
import { t } from '../ui/i18n';
import { HOUR_MS, labelPage, pausedText, sameDay, startOfTomorrow, timeOf } from './words';

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
  const { settings, policy } = config;
  const site = siteOf(url);
  const siteName = site ? (site.name ?? site.hostname) : '';
  const paused = pausedText(settings, policy, now);
  const siteUntil = site && !policy.lockSettings ? sitePausedUntil(settings, site.hostname, now) : undefined;
  const here = site ? isActiveOn(site.hostname, site.id, settings, policy, now) : false;
  const status =
    paused ??
    (siteUntil !== undefined
      ? sameDay(siteUntil, now)
        ? t('popup.sitePausedUntilTime', { site: siteName, time: timeOf(siteUntil) })
        : t('popup.sitePausedUntilTomorrow', { site: siteName })
      : site
        ? t(here ? 'popup.checkingOn' : 'popup.notCheckingOn', { site: siteName })
        : t('popup.nothingHere'));
  const pauseSite = (until: number | undefined) => void deps.update((s) => withSitePaused(s, site!.hostname, until)).then(reload);

  return (
    <main class="popup">
      <h1>{t('extName')}</h1>
      <p class="status" data-testid="popup-status" data-active={!paused && here ? 'true' : 'false'}>
        {status}
      </p>
      {policy.lockSettings ? (
        <p class="hint">{t('popup.lockedOn')}</p>
      ) : paused ? (
        <div class="button-row">
          <button type="button" class="button" onClick={() => pause(undefined)}>
            {t('common.resume')}
          </button>
        </div>
      ) : (
        <>
          {siteUntil !== undefined ? (
            <div class="button-row">
              <button type="button" class="button" onClick={() => pauseSite(undefined)}>
                {t('popup.resumeSite', { site: siteName })}
              </button>
            </div>
          ) : (
            site &&
            here && (
              <div class="button-row" role="group" aria-label={t('popup.pauseSiteGroup', { site: siteName })} data-testid="pause-site">
                <button type="button" class="button button-secondary" onClick={() => pauseSite(now + HOUR_MS)}>
                  {t('popup.pauseSiteHour', { site: siteName })}
                </button>
                <button type="button" class="button button-secondary" onClick={() => pauseSite(startOfTomorrow(now))}>
                  {t('popup.pauseSiteTomorrow', { site: siteName })}
                </button>
              </div>
            )
          )}
          <div class="button-row" role="group" aria-label={t('popup.pauseAllGroup')}>
            <button type="button" class="button button-secondary" onClick={() => pause(now + HOUR_MS)}>
              {t('popup.pauseHour')}
            </button>
            <button type="button" class="button button-secondary" onClick={() => pause(startOfTomorrow(now))}>
              {t('popup.pauseTomorrow')}
            </button>
          </div>
        </>
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
