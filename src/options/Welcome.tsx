// The first-run page: what the coach does, the privacy promise, and two choices (language, and which
// accounts the person posts from) saved the same way the options page saves them.
// With the organisation's pack giving one, a link to its social media policy (a pack's policyUrl).
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AccountType, LoadedConfig } from '../settings';
import { ACCOUNT_TYPES } from '../settings';
import { LANGUAGE_CHOICES, languageChoice, saveLanguage, t, type LanguageChoice } from '../ui/i18n';
import type { PageDeps } from './deps';
import { ACCOUNT_TEXT, Choices, LANGUAGE_TEXT } from './Personal';
import { AddressLink } from '../ui/links';
import { labelPage } from './words';

export function WelcomeApp({ deps }: { deps: PageDeps }) {
  const [config, setConfig] = useState<LoadedConfig>();
  const [language, setLanguageState] = useState(languageChoice());
  const [status, setStatus] = useState('');

  useEffect(() => labelPage(t('welcome.pageTitle')), [language]);
  const reload = useCallback(() => deps.load().then(setConfig, () => undefined), [deps]);
  useEffect(() => {
    void reload();
  }, [reload]);

  const chooseLanguage = async (choice: LanguageChoice) => {
    await saveLanguage(choice).catch(() => undefined);
    setLanguageState(choice);
    setStatus(t('welcome.saved'));
  };
  const chooseAccount = async (account: AccountType) => {
    await deps.update((s) => ({ ...s, account }));
    await reload();
    setStatus(t('welcome.saved'));
  };

  return (
    <div class="page">
      <header class="masthead">
        <div class="wrap masthead-brand">
          <img src="/icon/icon.svg" alt="" width="48" height="48" />
          <p class="product">{t('extName')}</p>
        </div>
      </header>
      <main class="wrap" id="main">
        <h1>{t('welcome.heading')}</h1>
        <p class="lede">{t('welcome.intro')}</p>

        <section class="card" aria-labelledby="how-heading">
          <h2 id="how-heading">{t('welcome.howHeading')}</h2>
          <ol class="steps">
            <li>{t('welcome.how1')}</li>
            <li>{t('welcome.how2')}</li>
            <li>{t('welcome.how3')}</li>
          </ol>
        </section>

        <section class="card" aria-labelledby="privacy-heading" data-testid="privacy">
          <h2 id="privacy-heading">{t('welcome.privacyHeading')}</h2>
          <ul class="promises">
            <li>{t('welcome.privacy1')}</li>
            <li>{t('welcome.privacy2')}</li>
            <li>{t('welcome.privacy3')}</li>
          </ul>
        </section>

        {config?.help?.policyUrl && (
          <section class="card" aria-labelledby="policy-heading" data-testid="policy">
            <h2 id="policy-heading">{t('welcome.policyHeading')}</h2>
            <p>
              <AddressLink address={config.help.policyUrl}>{t('welcome.policyLink')}</AddressLink>
            </p>
          </section>
        )}

        <section class="card" aria-label={t('options.personal.heading')}>
          <Choices name="language" legend={t('options.language.legend')} values={LANGUAGE_CHOICES} wording={LANGUAGE_TEXT} chosen={language} onChoose={chooseLanguage} />
          {config && (
            <Choices
              name="account"
              legend={t('welcome.accountLegend')}
              hint={t('welcome.accountHint')}
              values={ACCOUNT_TYPES}
              wording={ACCOUNT_TEXT}
              chosen={config.settings.account}
              onChoose={chooseAccount}
            />
          )}
          <p>
            <a href="/options.html">{t('welcome.settingsLink')}</a>
          </p>
        </section>
      </main>
      <div class="visually-hidden" role="status" aria-live="polite" data-testid="status">
        {status}
      </div>
    </div>
  );
}
