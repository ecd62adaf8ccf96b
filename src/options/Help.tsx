// Who to ask and the social media policy, when the organisation's pack (or one the person imported)
// gives them, as links (https: and mailto: only: see src/ui/links.tsx).
import type { PackHelp } from '../settings';
import { t } from '../ui/i18n';
import { AddressLink } from '../ui/links';

export function Help({ help }: { help: PackHelp }) {
  const { contact, policyUrl } = help;
  return (
    <section aria-labelledby="help-heading" class="card" data-testid="help">
      <h2 id="help-heading">{t('options.help.heading')}</h2>
      <p class="hint">{t('options.help.from', { name: help.from })}</p>
      {contact && (
        <p>
          {t('options.help.contact')} <AddressLink address={contact} />
        </p>
      )}
      {policyUrl && (
        <p>
          <AddressLink address={policyUrl}>{t('options.help.policy')}</AddressLink>
        </p>
      )}
    </section>
  );
}
