// The options page: the person's own settings, what their trust set, and a box to try a post in.
// Every change is saved at once; the live region says so. Nothing here ever stores draft text.
import type { ComponentType } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LoadedConfig, Settings } from '../settings';
import { languageChoice, saveLanguage, t, type LanguageChoice } from '../ui/i18n';
import { Backup } from './Backup';
import { Checks } from './Checks';
import type { PageDeps } from './deps';
import { Packs } from './Packs';
import { Personal } from './Personal';
import { Help } from './Help';
import { SectionBoundary } from './SectionBoundary';
import { Sites } from './Sites';
import { SwitchedOff } from './SwitchedOff';
import { TryPost } from './TryPost';
import { WrongWarnings } from './WrongWarnings';
import { labelPage, pausedText } from './words';

export interface SectionProps {
  config: LoadedConfig;
  deps: PageDeps;
  /** Save a change and announce it ("Saved: ..."). */
  save: (change: (settings: Settings) => Settings, announcement: string) => Promise<void>;
  announce: (text: string) => void;
  /** Switch the words of every page and the nudge to English, Welsh or the browser's language. */
  chooseLanguage: (choice: LanguageChoice) => Promise<void>;
}

export function OptionsApp({ deps }: { deps: PageDeps }) {
  const [config, setConfig] = useState<LoadedConfig>();
  const [failed, setFailed] = useState(false);
  const [status, setStatus] = useState('');
  const [language, setLanguageState] = useState(languageChoice());
  useEffect(() => labelPage(t('options.pageTitle')), [language]);

  const saving = useRef(0);
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
    // While one of our own saves is under way, storage may still hold the state before it: that save
    // reloads when it is done.
    return deps.watch(() => {
      if (saving.current === 0) void reload();
    });
  }, [deps, reload]);

  const announce = useCallback((text: string) => {
    // Clear first so the same words are read out again.
    setStatus('');
    setTimeout(() => setStatus(text), 50);
  }, []);

  const save = useCallback(
    async (change: (settings: Settings) => Settings, announcement: string) => {
      // Reload before announcing, so the page never shows the old state after the change.
      saving.current++;
      let saved = true;
      try {
        await deps.update(change);
      } catch {
        saved = false;
      } finally {
        saving.current--;
      }
      await reload();
      announce(saved ? announcement : t('options.saveFailed'));
    },
    [deps, announce, reload],
  );

  const chooseLanguage = useCallback(
    async (choice: LanguageChoice) => {
      await saveLanguage(choice).catch(() => undefined);
      setLanguageState(choice);
      announce(t('options.language.saved', { language: t(choice === 'browser' ? 'options.language.browser' : `options.language.${choice}`) }));
    },
    [announce],
  );

  return (
    <div class="page">
      <a class="skip-link" href="#main">
        {t('options.skipLink')}
      </a>
      <header class="masthead">
        <div class="wrap">
          <p class="product">{t('extName')}</p>
          <h1>{t('options.heading')}</h1>
        </div>
      </header>
      <main class="wrap" id="main">
        <p class="lede">{t('options.lede')}</p>
        {failed && (
          <div class="notice notice-error" role="alert">
            <p>{t('options.loadFailed')}</p>
            {/* Nothing else could be drawn: a way back from whatever stored setting broke it. */}
            <button type="button" class="button button-secondary" onClick={() => void deps.reset().then(reload, () => undefined)}>
              {t('options.backup.reset')}
            </button>
          </div>
        )}
        {!config && !failed && <p>{t('options.loadingSettings')}</p>}
        {config && <Sections config={config} deps={deps} save={save} announce={announce} chooseLanguage={chooseLanguage} />}
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="status">
        {status}
      </div>
    </div>
  );
}

/** The page's sections in order, each behind its own boundary (SectionBoundary.tsx says why). */
const SECTIONS: ReadonlyArray<readonly [string, ComponentType<SectionProps>]> = [
  ['try', TryPost],
  ['switched-off', SwitchedOff],
  ['checks', Checks],
  ['personal', Personal],
  ['sites', Sites],
  ['wrong-warnings', WrongWarnings],
  ['packs', Packs],
  ['backup', Backup],
];

function Sections(props: SectionProps) {
  const { config, deps, save } = props;
  const { policy, settings } = config;
  const managed = policy.packs.length > 0 || policy.lockedRules.length > 0 || policy.disabledRules.length > 0 || policy.sites.length > 0 || !!policy.refreshUrl || policy.lockSettings;
  const paused = pausedText(settings, policy, deps.now());
  return (
    <>
      {managed && (
        <p class="notice" data-testid="managed-notice">
          {t('options.managed')} {policy.lockSettings ? t('options.managedLocked') : t('options.managedMarked')}
        </p>
      )}
      {paused && (
        <p class="notice" data-testid="paused-notice">
          {paused}{' '}
          <button type="button" class="button button-secondary" onClick={() => void save(({ pausedUntil: _p, ...rest }) => rest, t('common.resumed'))}>
            {t('common.resume')}
          </button>
        </p>
      )}
      {config.help && <Help help={config.help} />}
      {SECTIONS.map(([name, Section]) => (
        <SectionBoundary key={name} name={name}>
          <Section {...props} />
        </SectionBoundary>
      ))}
    </>
  );
}
