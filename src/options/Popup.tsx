// The toolbar popup: is the coach on here, pause it here or everywhere, how many posts were reconsidered, settings.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { adaptersFor } from '../content/hosts';
import type { SelfTestReport } from '../content/self-test';
import { addedOrigins, isActiveOn, normaliseOrigin, sitePausedUntil, withSiteAdded, withSitePaused, type LoadedConfig, type Settings } from '../settings';
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
  /** Whether the coach may run on the tab's origin (asked once the address is known). */
  const [access, setAccess] = useState<boolean>();
  /** What the last click on a site button did, said politely. */
  const [siteMessage, setSiteMessage] = useState('');
  const origin = url ? normaliseOrigin(url) : undefined;

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

  useEffect(() => {
    if (origin && /^https?:/.test(url ?? '')) void deps.hasAccess(origin).then(setAccess);
  }, [origin, url, deps]);

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
      {origin && site && !site.id && (
        <SiteChoice
          origin={origin}
          hostname={site.hostname}
          added={addedOrigins(config.settings, config.policy).includes(origin)}
          byPerson={config.settings.sites.added.includes(origin)}
          access={access === true}
          message={siteMessage}
          onAdd={() => {
            // Straight from the click: the browser shows its permission prompt only during a user gesture.
            void deps.requestAccess(origin).then(async (granted) => {
              if (!granted) {
                setSiteMessage(t('popup.siteNotAllowed', { site: site.hostname }));
                return;
              }
              setAccess(true);
              await deps.update((s) => withSiteAdded(s, origin) ?? s);
              await deps.startHere().catch(() => undefined); // else from the next page load
              setSiteMessage(t('popup.siteAdded', { site: site.hostname }));
              reload();
            });
          }}
          onRemove={() => {
            void deps
              .update((s) => ({ ...s, sites: { ...s.sites, added: s.sites.added.filter((o) => o !== origin) } }))
              .then(() => deps.removeAccess(origin))
              .then(() => {
                setAccess(false);
                setSiteMessage(t('popup.siteRemoved', { site: site.hostname }));
                reload();
              });
          }}
        />
      )}
      {site && <SelfTest run={deps.selfTest} />}
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

/** "Check posts on this site" (access for this origin only, asked there and then), or a way back. */
function SiteChoice(props: {
  origin: string;
  hostname: string;
  added: boolean;
  byPerson: boolean;
  access: boolean;
  message: string;
  onAdd(): void;
  onRemove(): void;
}) {
  const on = props.added && props.access;
  return (
    <div class="popup-site" data-origin={props.origin}>
      {!on && (
        <>
          <button type="button" class="button" data-testid="add-site" onClick={props.onAdd}>
            {t('popup.addSite')}
          </button>
          <p class="hint">{t('popup.addSiteHint')}</p>
        </>
      )}
      {on && props.byPerson && (
        <button type="button" class="button button-secondary" data-testid="remove-site" onClick={props.onRemove}>
          {t('popup.removeSite')}
        </button>
      )}
      <p role="status" data-testid="site-message">
        {props.message}
      </p>
    </div>
  );
}

/** "Check this page": the self-test's findings, and the markup snippet to copy for a bug report. */
function SelfTest({ run }: { run: () => Promise<SelfTestReport | null> }) {
  const [report, setReport] = useState<SelfTestReport | null>();
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const check = () => {
    setBusy(true);
    setCopied(false);
    void run()
      .catch(() => null)
      .then((r) => {
        setReport(r);
        setBusy(false);
      });
  };
  const copy = (snippet: string) => {
    const done = () => setCopied(true);
    navigator.clipboard?.writeText(snippet).then(done, () => undefined);
  };
  const kind = (k: string) => t(`selfTest.kind.${k}` as Parameters<typeof t>[0]);
  return (
    <section class="popup-self-test" aria-labelledby="self-test-button">
      <button type="button" id="self-test-button" class="button button-secondary" data-testid="self-test" disabled={busy} onClick={check}>
        {t('popup.checkPage')}
      </button>
      <p class="hint">{t('popup.checkPageHint')}</p>
      <div aria-live="polite" data-testid="self-test-report">
        {report === null && <p>{t('popup.checkFailed')}</p>}
        {report && !report.running && <p>{t('popup.notRunning')}</p>}
        {report?.running && report.composers.length === 0 && <p>{t('popup.noneFound')}</p>}
        {report?.running && report.composers.length > 0 && (
          <>
            <p>{t('popup.found', report.composers.length)}</p>
            <ul class="self-test-list">
              {report.composers.map((c, i) => (
                <li key={i} data-by={c.by} data-send={c.send ? 'found' : 'missing'}>
                  {t(c.by === 'adapter' ? 'popup.foundByAdapter' : 'popup.foundByStructure', { site: c.site, kind: kind(c.kind) })}{' '}
                  {t(c.send ? 'popup.sendFound' : 'popup.sendMissing')}
                  {c.keys.length > 0 && ` ${t('popup.keys', { keys: c.keys.join(', ') })}`}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {report?.running && report.snippet && (
        <div class="snippet">
          <label for="self-test-snippet" class="label">
            {t('popup.snippetLabel')}
          </label>
          <textarea id="self-test-snippet" class="input" readOnly rows={8} spellcheck={false} value={report.snippet} />
          <button type="button" class="button button-secondary" onClick={() => copy(report.snippet)}>
            {t('popup.copySnippet')}
          </button>
          <span role="status">{copied ? t('popup.copied') : ''}</span>
        </div>
      )}
    </section>
  );
}
