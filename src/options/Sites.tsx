// Where the coach runs: a switch per supported site, and other sites the person or the trust added.
// Adding a site asks the browser for access to it there and then (optional permissions only).
import { useEffect, useState } from 'preact/hooks';
import { normaliseOrigin, withSiteAdded } from '../settings';
import { OWN_SITES } from '../sites';
import { t } from '../ui/i18n';
import type { SectionProps } from './App';

export function Sites({ config, deps, save, announce }: SectionProps) {
  const { settings, policy } = config;
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const [access, setAccess] = useState<Record<string, boolean>>({});
  const added = [...new Set([...policy.sites, ...settings.sites.added])];

  useEffect(() => {
    let live = true;
    void Promise.all(added.map(async (origin) => [origin, await deps.hasAccess(origin)] as const)).then((pairs) => {
      if (live) setAccess(Object.fromEntries(pairs));
    });
    return () => {
      live = false;
    };
  }, [added.join(' '), deps]);

  // Called straight from the click: browsers only show the permission prompt during a user gesture.
  const allow = (origin: string, then?: () => Promise<void>) => {
    void deps.requestAccess(origin).then(async (granted) => {
      if (!granted) {
        announce(t('options.sites.notAllowed', { origin }));
        return;
      }
      setAccess((a) => ({ ...a, [origin]: true }));
      if (then) await then();
      else announce(t('options.sites.nowRuns', { origin }));
    });
  };

  const onAdd = (event: Event) => {
    event.preventDefault();
    const origin = normaliseOrigin(address);
    if (!origin) {
      setError(t('options.sites.badAddress'));
      return;
    }
    setError('');
    allow(origin, async () => {
      await save((s) => withSiteAdded(s, origin) ?? s, t('options.sites.added', { origin }));
      setAddress('');
    });
  };

  return (
    <section aria-labelledby="sites-heading" class="card">
      <h2 id="sites-heading">{t('options.sites.heading')}</h2>
      <fieldset class="group">
        <legend>{t('options.sites.legend')}</legend>
        {policy.lockSettings && <p class="hint">{t('options.sites.lockedAll')}</p>}
        <ul class="sites">
          {OWN_SITES.map(({ id, name }) => (
            <li class="switch-row" key={id}>
              <input
                type="checkbox"
                id={`site-${id}`}
                checked={policy.lockSettings || settings.sites.enabled[id] !== false}
                disabled={policy.lockSettings}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  void save((s) => ({ ...s, sites: { ...s.sites, enabled: { ...s.sites.enabled, [id]: on } } }), t(on ? 'options.sites.siteOn' : 'options.sites.siteOff', { site: name }));
                }}
              />
              <label for={`site-${id}`}>{name}</label>
            </li>
          ))}
        </ul>
      </fieldset>

      <h3>{t('options.sites.otherHeading')}</h3>
      {added.length === 0 ? (
        <p class="hint">{t('options.sites.none')}</p>
      ) : (
        <ul class="added-sites">
          {added.map((origin) => {
            const byTrust = policy.sites.includes(origin);
            return (
              <li key={origin} data-origin={origin}>
                <span class="origin">{origin}</span>
                {byTrust && <span class="tag">{t('options.sites.addedByTrust')}</span>}
                {access[origin] === false && (
                  <>
                    <span class="tag tag-warning">{t('options.sites.needsPermission')}</span>
                    <button type="button" class="button button-secondary" onClick={() => allow(origin)}>
                      {t('options.sites.allow')}
                    </button>
                  </>
                )}
                {!byTrust && (
                  <button
                    type="button"
                    class="button button-secondary"
                    aria-label={t('common.removeNamed', { name: origin })}
                    onClick={() => void save((s) => ({ ...s, sites: { ...s.sites, added: s.sites.added.filter((o) => o !== origin) } }), t('options.sites.removed', { origin }))}
                  >
                    {t('common.remove')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form class="inline-form" onSubmit={onAdd} noValidate>
        <label for="add-site" class="label">
          {t('options.sites.addLabel')}
        </label>
        <p class="hint" id="add-site-hint">
          {t('options.sites.addHint')}
        </p>
        {error && (
          <p class="field-error" id="add-site-error">
            <span class="visually-hidden">{t('common.error')}</span> {error}
          </p>
        )}
        <div class="input-row">
          <input
            id="add-site"
            class="input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            placeholder="forum.example.org"
            aria-describedby={error ? 'add-site-hint add-site-error' : 'add-site-hint'}
            aria-invalid={error ? true : undefined}
            value={address}
            onInput={(e) => setAddress(e.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t('options.sites.addButton')}
          </button>
        </div>
      </form>
    </section>
  );
}
