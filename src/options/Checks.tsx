// Checks grouped by category: a switch per category and per rule. Locked rules show the trust's reason.
import { useState } from 'preact/hooks';
import { ruleStates, withRuleDisabled, type RuleState } from '../settings';
import { t, type MessageKey } from '../ui/i18n';
import { categoryName, inLanguage, lockReason, lockText, phrase, type Worded } from '../ui/labels';
import { Say } from '../ui/say';
import type { SectionProps } from './App';
import { ruleTitle, severityLabel } from './words';

const CATEGORY_ORDER = ['patient-details', 'confidentiality', 'rudeness'];
const CATEGORY_HINTS: Record<string, MessageKey> = {
  'patient-details': 'options.checks.hintPatientDetails',
  confidentiality: 'options.checks.hintConfidentiality',
  rudeness: 'options.checks.hintRudeness',
};
const SOURCE_NAMES: Record<RuleState['source'], MessageKey> = {
  'built-in': 'options.checks.fromBuiltIn',
  'trust policy': 'options.checks.fromTrust',
  'imported file': 'options.checks.fromImported',
};

function byCategory(rules: RuleState[]): Array<[string, RuleState[]]> {
  const groups = new Map<string, RuleState[]>();
  for (const rule of rules) groups.set(rule.category, [...(groups.get(rule.category) ?? []), rule]);
  const rank = (c: string) => (CATEGORY_ORDER.includes(c) ? CATEGORY_ORDER.indexOf(c) : CATEGORY_ORDER.length);
  return [...groups].sort(([a], [b]) => rank(a) - rank(b) || a.localeCompare(b));
}

export function Checks({ config, save }: SectionProps) {
  const { settings, policy } = config;
  const locked = policy.lockSettings;
  const rules = ruleStates(config, settings, policy);
  return (
    <section aria-labelledby="checks-heading" class="card">
      <h2 id="checks-heading">{t('options.checks.heading')}</h2>
      <p class="hint">{t('options.checks.hint')}</p>
      {byCategory(rules).map(([category, list]) => {
        const name = categoryName(category, config.resolved.categories);
        const label = name.text;
        const lower = { ...name, text: label.toLowerCase() };
        const hint = CATEGORY_HINTS[category];
        const declared = config.resolved.categories.get(category);
        const about = !hint && declared?.description ? inLanguage({ description: declared.description }, declared.translations).description : undefined;
        const on = settings.categories[category] !== false;
        const id = `category-${category.replace(/[^a-z0-9-]/gi, '_')}`;
        return (
          <fieldset key={category} class="group" data-category={category}>
            <legend>
              <Say words={name} />
            </legend>
            {hint && <p class="hint">{t(hint)}</p>}
            {about && (
              <p class="hint">
                <Say words={about} />
              </p>
            )}
            <div class="switch-row switch-row-main">
              <input
                type="checkbox"
                id={id}
                checked={on}
                disabled={locked}
                onChange={(e) => {
                  const next = e.currentTarget.checked;
                  void save((s) => ({ ...s, categories: { ...s.categories, [category]: next } }), t(next ? 'options.checks.categoryOn' : 'options.checks.categoryOff', { category: label.toLowerCase() }));
                }}
              />
              <label for={id}>
                <Say words={phrase('options.checks.categorySwitch', { category: lower })} />
              </label>
            </div>
            <RuleList label={lower} list={list} categoryOn={on} save={save} />
          </fieldset>
        );
      })}
    </section>
  );
}

/** Folded away unless the person switched one of them off; stays as they leave it while they work. */
function RuleList({ label, list, categoryOn, save }: { label: Worded; list: RuleState[]; categoryOn: boolean; save: SectionProps['save'] }) {
  const [open, setOpen] = useState(() => list.some((r) => r.off === 'you'));
  return (
    <details class="rule-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <Say words={phrase('options.checks.oneByOne', { category: label, count: list.length })} />
      </summary>
      <ul class="rules">
        {list.map((rule) => (
          <Rule key={rule.id} rule={rule} categoryOn={categoryOn} save={save} />
        ))}
      </ul>
    </details>
  );
}

function Rule({ rule, categoryOn, save }: { rule: RuleState; categoryOn: boolean; save: SectionProps['save'] }) {
  const title = ruleTitle(rule);
  const id = `rule-${rule.id.replace(/[^a-z0-9-]/gi, '_')}`;
  const on = rule.off === undefined;
  const note =
    rule.locked !== undefined
      ? lockText(rule.lockOwner, lockReason(rule.locked.reason, rule.locked.translations))
      : rule.off === 'trust'
        ? t('options.checks.offByTrust')
        : !categoryOn
          ? t('options.checks.offWithGroup')
          : undefined;
  return (
    <li class="switch-row" data-rule-id={rule.id} data-locked={rule.locked !== undefined ? 'true' : undefined}>
      <input
        type="checkbox"
        id={id}
        checked={on}
        disabled={!rule.canToggle || (!categoryOn && rule.locked === undefined)}
        aria-describedby={`${id}-about`}
        onChange={(e) => {
          const next = e.currentTarget.checked;
          void save((s) => withRuleDisabled(s, rule.id, !next), t(next ? 'options.checks.ruleOn' : 'options.checks.ruleOff', { rule: title.text }));
        }}
      />
      <label for={id}>
        {rule.locked !== undefined && (
          <span class="lock" aria-hidden="true">
            🔒{' '}
          </span>
        )}
        <Say words={title} />
      </label>
      <p class="rule-about" id={`${id}-about`}>
        {severityLabel(rule.severity)} · {t(SOURCE_NAMES[rule.source])}
        {note && (
          <span class={rule.locked !== undefined ? 'locked-note' : undefined}>
            {' · '}
            <Say words={note} />
          </span>
        )}
      </p>
    </li>
  );
}
