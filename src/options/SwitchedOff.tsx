// The checks the person switched off (from a reminder or here), newest first, each with when and a
// one-click way back on.
import { ruleStates, withRuleDisabled } from '../settings';
import { t } from '../ui/i18n';
import type { SectionProps } from './App';
import { dateTime, ruleTitle } from './words';
import { Say } from '../ui/say';

export function SwitchedOff({ config, save }: SectionProps) {
  const { settings, policy } = config;
  const when = settings.disabledAt;
  const off = ruleStates(config, settings, policy)
    .filter((rule) => rule.off === 'you')
    .sort((a, b) => (when[b.id] ?? '').localeCompare(when[a.id] ?? ''));
  return (
    <section aria-labelledby="switched-off-heading" class="card" data-testid="switched-off">
      <h2 id="switched-off-heading">{t('options.switchedOff.heading')}</h2>
      <p class="hint">{t('options.switchedOff.hint')}</p>
      {off.length === 0 ? (
        <p>{t('options.switchedOff.none')}</p>
      ) : (
        <ul class="switched-off">
          {off.map((rule) => {
            const title = ruleTitle(rule);
            const at = when[rule.id];
            return (
              <li key={rule.id} data-rule-id={rule.id}>
                <span class="switched-off-name">
                  <Say words={title} />
                </span>
                <span class="hint">{at ? t('options.switchedOff.when', { when: dateTime(at) }) : t('options.switchedOff.whenUnknown')}</span>
                <button
                  type="button"
                  class="button button-secondary"
                  aria-label={t('options.switchedOff.turnOnNamed', { rule: title.text })}
                  onClick={() => void save((s) => withRuleDisabled(s, rule.id, false), t('options.switchedOff.turnedOn', { rule: title.text }))}
                >
                  {t('options.switchedOff.turnOn')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
