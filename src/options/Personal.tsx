// How much to point out, and which account the person mostly posts from.
import { ACCOUNT_TYPES, SENSITIVITIES, type AccountType, type Sensitivity } from '../settings';
import type { SectionProps } from './App';

type Wording = { label: string; hint: string };

const SENSITIVITY_TEXT: Record<Sensitivity, Wording> = {
  low: { label: 'Only the most important', hint: 'Patient details, passwords and anything else that could do serious harm.' },
  normal: { label: 'Standard (recommended)', hint: 'Everything worth a second look.' },
  high: { label: 'Everything', hint: 'Also small things, just so you know.' },
};

const ACCOUNT_TEXT: Record<AccountType, Wording> = {
  personal: { label: 'My personal accounts', hint: 'Reminders speak to posting as yourself.' },
  professional: { label: 'A work or professional account', hint: 'Reminders speak to posting for your organisation or profession.' },
  both: { label: 'Both', hint: 'General reminders.' },
};

export function Personal({ config, save }: SectionProps) {
  const { settings, policy } = config;
  return (
    <section aria-labelledby="personal-heading" class="card">
      <h2 id="personal-heading">How it speaks to you</h2>
      <Choices
        name="sensitivity"
        legend="How much to point out"
        values={SENSITIVITIES}
        wording={SENSITIVITY_TEXT}
        chosen={settings.sensitivity}
        // With locked settings, a person can make checking stricter but not looser.
        locked={(value) => (policy.lockSettings && value === 'low' ? 'Your organisation keeps this at standard or higher.' : undefined)}
        onChoose={(value) => save((s) => ({ ...s, sensitivity: value }), `Now pointing out: ${SENSITIVITY_TEXT[value].label.toLowerCase()}.`)}
      />
      <Choices
        name="account"
        legend="Which accounts you mostly post from"
        values={ACCOUNT_TYPES}
        wording={ACCOUNT_TEXT}
        chosen={settings.account}
        onChoose={(value) => save((s) => ({ ...s, account: value }), `Account type saved: ${ACCOUNT_TEXT[value].label.toLowerCase()}.`)}
      />
    </section>
  );
}

interface ChoicesProps<T extends string> {
  name: string;
  legend: string;
  values: readonly T[];
  wording: Record<T, Wording>;
  chosen: T;
  /** Why a value can't be chosen, if it can't. */
  locked?: (value: T) => string | undefined;
  onChoose: (value: T) => Promise<void>;
}

/** A group of radio buttons, each with a hint. */
function Choices<T extends string>({ name, legend, values, wording, chosen, locked, onChoose }: ChoicesProps<T>) {
  return (
    <fieldset class="group" data-testid={name}>
      <legend>{legend}</legend>
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
              aria-describedby={`${id}-hint`}
              onChange={() => void onChoose(value)}
            />
            <label for={id}>{wording[value].label}</label>
            <p class="hint" id={`${id}-hint`}>
              {wording[value].hint}
              {reason && ` ${reason}`}
            </p>
          </div>
        );
      })}
    </fieldset>
  );
}
