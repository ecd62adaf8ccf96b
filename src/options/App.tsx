// The options page: the person's own settings, what their trust set, and a box to try a post in.
// Every change is saved at once; the live region says so. Nothing here ever stores draft text.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LoadedConfig, Settings } from '../settings';
import { Backup } from './Backup';
import { Checks } from './Checks';
import type { PageDeps } from './deps';
import { Packs } from './Packs';
import { Personal } from './Personal';
import { Sites } from './Sites';
import { TryPost } from './TryPost';
import { pausedText } from './words';

export interface SectionProps {
  config: LoadedConfig;
  deps: PageDeps;
  /** Save a change and announce it ("Saved: ..."). */
  save: (change: (settings: Settings) => Settings, announcement: string) => Promise<void>;
  announce: (text: string) => void;
}

export function OptionsApp({ deps }: { deps: PageDeps }) {
  const [config, setConfig] = useState<LoadedConfig>();
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');

  const reload = useCallback(
    () =>
      deps.load().then(
        (loaded) => {
          setConfig(loaded);
          setFailed(false);
        },
        () => setFailed(true),
      ),
    [deps],
  );

  useEffect(() => {
    void reload();
    return deps.watch(() => void reload());
  }, [deps, reload]);

  const announce = useCallback((text: string) => {
    // Clear first so the same words are read out again.
    setStatus('');
    setTimeout(() => setStatus(text), 50);
  }, []);

  const save = useCallback(
    async (change: (settings: Settings) => Settings, announcement: string) => {
      // Reload before announcing, so the page never shows the old state after the change.
      try {
        await deps.update(change);
        await reload();
        announce(announcement);
      } catch {
        await reload();
        announce("Sorry, that change couldn't be saved. Please try again.");
      }
    },
    [deps, announce, reload],
  );

  return (
    <div class="page">
      <header class="masthead">
        <div class="wrap">
          <p class="product">Think Before You Post</p>
          <h1>Settings</h1>
        </div>
      </header>
      <main class="wrap" id="main">
        <p class="lede">
          Think Before You Post checks what you write on social media, on your own computer, and points out anything that could identify a patient, upset
          someone or share something internal. Your posts never leave your browser.
        </p>
        {failed && (
          <p class="notice notice-error" role="alert">
            Your settings couldn't be loaded. Checking still works with the standard checks. Try reloading this page.
          </p>
        )}
        {!config && !failed && <p>Loading your settings…</p>}
        {config && <Sections config={config} deps={deps} save={save} announce={announce} />}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="status">
        {status}
      </div>
    </div>
  );
}

function Sections(props: SectionProps) {
  const { config, deps, save } = props;
  const { policy, settings } = config;
  const managed = policy.packs.length > 0 || policy.lockedRules.length > 0 || policy.disabledRules.length > 0 || policy.sites.length > 0 || !!policy.refreshUrl || policy.lockSettings;
  const paused = pausedText(settings, policy, deps.now());
  return (
    <>
      {managed && (
        <p class="notice" data-testid="managed-notice">
          Your organisation manages some of these settings.{' '}
          {policy.lockSettings ? 'It has locked them, so you can make checking stricter but not switch checks off.' : 'Checks it has locked are marked.'}
        </p>
      )}
      {paused && (
        <p class="notice" data-testid="paused-notice">
          {paused}{' '}
          <button type="button" class="button button-secondary" onClick={() => void save(({ pausedUntil: _p, ...rest }) => rest, 'Checking is back on.')}>
            Resume checking
          </button>
        </p>
      )}
      <TryPost {...props} />
      <Checks {...props} />
      <Personal {...props} />
      <Sites {...props} />
      <Packs {...props} />
      <Backup {...props} />
    </>
  );
}
