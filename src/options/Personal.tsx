// How much to point out, and which account the person mostly posts from.
import { ACCOUNT_TYPES, SENSITIVITIES, type AccountType, type Sensitivity } from '../settings';
import { LANGUAGE_CHOICES, languageChoice, t, type LanguageChoice, type MessageKey } from '../ui/i18n';
import type { SectionProps } from './App';

/** `lang`: a language's own name is marked as that language (WCAG 3.1.2). */
type Wording = { label: MessageKey; hint?: MessageKey; lang?: string };

const SENSITIVITY_TEXT: Record<Sensitivity, Wording> = {
  low: { label: 'options.personal.low', hint: 'options.personal.lowHint' },
  normal: { label: 'options.personal.normal', hint: 'options.personal.normalHint' },
  high: { label: 'options.personal.high', hint: 'options.personal.highHint' },
};

export const ACCOUNT_TEXT: Record<AccountType, Wording> = {
  personal: { label: 'options.personal.personal', hint: 'options.personal.personalHint' },
  professional: { label: 'options.personal.professional', hint: 'options.personal.professionalHint' },
  both: { label: 'options.personal.both', hint: 'options.personal.bothHint' },
};

export const LANGUAGE_TEXT: Record<LanguageChoice, Wording> = {
  browser: { label: 'options.language.browser', hint: 'options.language.browserHint' },
  en: { label: 'options.language.en', lang: 'en-GB' },
  cy: { label: 'options.language.cy', lang: 'cy' },
};

export function Personal({ config, save, chooseLanguage }: SectionProps) {
  const { settings, policy } = config;
  return (
    <section aria-labelledby="personal-heading" class="card">
      <h2 id="personal-heading">{t('options.personal.heading')}</h2>
      <Choices
        name="language"
        legend={t('options.language.legend')}
        hint={t('options.language.hint')}
        values={LANGUAGE_CHOICES}
        wording={LANGUAGE_TEXT}
        chosen={languageChoice()}
        onChoose={chooseLanguage}
      />
      <Choices
        name="sensitivity"
        legend={t('options.personal.sensitivityLegend')}
        values={SENSITIVITIES}
        wording={SENSITIVITY_TEXT}
        chosen={settings.sensitivity}
        // With locked settings, a person can make checking stricter but not looser.
        locked={(value) => (policy.lockSettings && value === 'low' ? t('options.personal.sensitivityLocked') : undefined)}
        onChoose={(value) => save((s) => ({ ...s, sensitivity: value }), t('options.personal.sensitivitySaved', { level: t(SENSITIVITY_TEXT[value].label).toLowerCase() }))}
      />
      <Choices
        name="account"
        legend={t('options.personal.accountLegend')}
        values={ACCOUNT_TYPES}
        wording={ACCOUNT_TEXT}
        chosen={settings.account}
        onChoose={(value) => save((s) => ({ ...s, account: value }), t('options.personal.accountSaved', { account: t(ACCOUNT_TEXT[value].label).toLowerCase() }))}
      />
    </section>
  );
}

interface ChoicesProps<T extends string> {
  name: string;
  legend: string;
  hint?: string;
  values: readonly T[];
  wording: Record<T, Wording>;
  chosen: T;
  /** Why a value can't be chosen, if it can't. */
  locked?: (value: T) => string | undefined;
  onChoose: (value: T) => Promise<void>;
}

/** A group of radio buttons, each with a hint. */
export function Choices<T extends string>({ name, legend, hint, values, wording, chosen, locked, onChoose }: ChoicesProps<T>) {
  return (
    <fieldset class="group" data-testid={name}>
      <legend>{legend}</legend>
      {hint && <p class="hint">{hint}</p>}
      {values.map((value) => {
        const id = `${name}-${value}`;
        const reason = locked?.(value);
        return (
          <div class="radio-row" key={value}>
            <input
              type="radio"
              name={name}
              id={id}
              value={value}
              checked={chosen === value}
              disabled={reason !== undefined}
              aria-describedby={wording[value].hint || reason ? `${id}-hint` : undefined}
              onChange={() => void onChoose(value)}
            />
            <label for={id} lang={wording[value].lang}>
              {t(wording[value].label)}
            </label>
            {(wording[value].hint || reason) && (
              <p class="hint" id={`${id}-hint`}>
                {[wording[value].hint && t(wording[value].hint), reason].filter(Boolean).join(' ')}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
