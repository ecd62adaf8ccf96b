// How much to point out, and which account the person mostly posts from.
import { ACCOUNT_TYPES, SENSITIVITIES, type AccountType, type Sensitivity } from '../settings';
import type { SectionProps } from './App';

const SENSITIVITY_TEXT: Record<Sensitivity, { label: string; hint: string }> = {
  low: { label: 'Only the most important', hint: 'Patient details, passwords and anything else that could do serious harm.' },
  normal: { label: 'Standard (recommended)', hint: 'Everything worth a second look.' },
  high: { label: 'Everything', hint: 'Also small things, just so you know.' },
};

const ACCOUNT_TEXT: Record<AccountType, { label: string; hint: string }> = {
  personal: { label: 'My personal accounts', hint: 'Reminders speak to posting as yourself.' },
  professional: { label: 'A work or professional account', hint: 'Reminders speak to posting for your organisation or profession.' },
  both: { label: 'Both', hint: 'General reminders.' },
};

export function Personal({ config, save }: SectionProps) {
  const { settings, policy } = config;
  return (
    <section aria-labelledby="personal-heading" class="card">
      <h2 id="personal-heading">How it speaks to you</h2>
      <fieldset class="group" data-testid="sensitivity">
        <legend>How much to point out</legend>
        {SENSITIVITIES.map((value) => {
          const disabled = policy.lockSettings && value === 'low';
          return (
            <div class="radio-row" key={value}>
              <input
                type="radio"
                name="sensitivity"
                id={`sensitivity-${value}`}
                value={value}
                checked={settings.sensitivity === value}
                disabled={disabled}
                aria-describedby={`sensitivity-${value}-hint`}
                onChange={() => void save((s) => ({ ...s, sensitivity: value }), `Now pointing out: ${SENSITIVITY_TEXT[value].label.toLowerCase()}.`)}
              />
              <label for={`sensitivity-${value}`}>{SENSITIVITY_TEXT[value].label}</label>
              <p class="hint" id={`sensitivity-${value}-hint`}>
                {SENSITIVITY_TEXT[value].hint}
                {disabled && ' Your organisation keeps this at standard or higher.'}
              </p>
            </div>
          );
        })}
      </fieldset>
      <fieldset class="group" data-testid="account">
        <legend>Which accounts you mostly post from</legend>
        {ACCOUNT_TYPES.map((value) => (
          <div class="radio-row" key={value}>
            <input
              type="radio"
              name="account"
              id={`account-${value}`}
              value={value}
              checked={settings.account === value}
              aria-describedby={`account-${value}-hint`}
              onChange={() => void save((s) => ({ ...s, account: value }), `Account type saved: ${ACCOUNT_TEXT[value].label.toLowerCase()}.`)}
            />
            <label for={`account-${value}`}>{ACCOUNT_TEXT[value].label}</label>
            <p class="hint" id={`account-${value}-hint`}>
              {ACCOUNT_TEXT[value].hint}
            </p>
          </div>
        ))}
      </fieldset>
    </section>
  );
}
