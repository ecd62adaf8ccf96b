// The toolbar popup: is the coach on here, pause it, how many posts were reconsidered, settings.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { adaptersFor } from '../content/hosts';
import { isActiveOn, type LoadedConfig, type Settings } from '../settings';
import { SITES } from '../sites';
import type { PopupDeps } from './deps';
import { HOUR_MS, pausedText, startOfTomorrow } from './words';

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

  if (failed) return <p class="notice notice-error">Your settings couldn't be loaded. Checking still works with the standard checks.</p>;
  if (!config) return <p>Loading…</p>;

  const now = deps.now();
  const site = siteOf(url);
  const paused = pausedText(config.settings, config.policy, now);
  const here = site ? isActiveOn(site.hostname, site.id, config.settings, config.policy, now) : false;
  const status = paused ?? (site ? (here ? `Checking your posts on ${site.name ?? site.hostname}.` : `Not checking posts on ${site.name ?? site.hostname}.`) : 'Nothing to check on this page.');

  return (
    <main class="popup">
      <h1>Think Before You Post</h1>
      <p class="status" data-testid="popup-status" data-active={!paused && here ? 'true' : 'false'}>
        {status}
      </p>
      {config.policy.lockSettings ? (
        <p class="hint">Your organisation keeps checking on, so it can't be paused.</p>
      ) : paused ? (
        <div class="button-row">
          <button type="button" class="button" onClick={() => pause(undefined)}>
            Resume checking
          </button>
        </div>
      ) : (
        <div class="button-row" role="group" aria-label="Pause checking">
          <button type="button" class="button button-secondary" onClick={() => pause(now + HOUR_MS)}>
            Pause for an hour
          </button>
          <button type="button" class="button button-secondary" onClick={() => pause(startOfTomorrow(now))}>
            Pause until tomorrow
          </button>
        </div>
      )}
      {count !== undefined && (
        <p data-testid="reconsidered">
          {count === 0
            ? 'No posts reconsidered this week.'
            : `You went back to edit ${count === 1 ? '1 post' : `${count} posts`} this week after a reminder.`}
        </p>
      )}
      <p>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            deps.openOptions();
          }}
        >
          Settings and checks
        </a>
      </p>
    </main>
  );
}
