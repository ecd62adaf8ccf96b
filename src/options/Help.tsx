// Who to ask and the social media policy, when the organisation's pack (or one the person imported)
// gives them. Only https addresses and email addresses get this far (the pack format checks them).
import type { PackHelp } from '../settings';
import { t } from '../ui/i18n';

export function Help({ help }: { help: PackHelp }) {
  const { contact, policyUrl } = help;
  const contactHref = contact && (contact.startsWith('https://') ? contact : `mailto:${contact}`);
  return (
    <section aria-labelledby="help-heading" class="card" data-testid="help">
      <h2 id="help-heading">{t('options.help.heading')}</h2>
      <p class="hint">{t('options.help.from', { name: help.from })}</p>
      {contact && (
        <p>
          {t('options.help.contact')}{' '}
          <a href={contactHref} rel="noopener noreferrer" target="_blank">
            {contact}
          </a>
        </p>
      )}
      {policyUrl && (
        <p>
          <a href={policyUrl} rel="noopener noreferrer" target="_blank">
            {t('options.help.policy')}
          </a>
        </p>
      )}
    </section>
  );
}
