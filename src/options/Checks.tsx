// Checks grouped by category: a switch per category and per rule. Locked rules show the trust's reason.
import { useState } from 'preact/hooks';
import { ruleStates, withRuleDisabled, type RuleState } from '../settings';
import { categoryLabel } from '../ui/labels';
import type { SectionProps } from './App';
import { ruleTitle, SEVERITY_LABELS } from './words';

const CATEGORY_ORDER = ['patient-details', 'confidentiality', 'rudeness'];
const CATEGORY_HINTS: Record<string, string> = {
  'patient-details': 'Anything that could identify a patient: numbers, names, dates, places, or details that add up.',
  confidentiality: "Things meant to stay inside the organisation: internal news, incidents, security, colleagues' whereabouts.",
  rudeness: 'Swearing, insults and words that stigmatise, even with letters disguised.',
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
      <h2 id="checks-heading">Checks</h2>
      <p class="hint">Switch off what you don't need. Checks your organisation has locked stay on.</p>
      {byCategory(rules).map(([category, list]) => {
        const label = categoryLabel(category);
        const on = settings.categories[category] !== false;
        const id = `category-${category.replace(/[^a-z0-9-]/gi, '_')}`;
        return (
          <fieldset key={category} class="group" data-category={category}>
            <legend>{label}</legend>
            {CATEGORY_HINTS[category] && <p class="hint">{CATEGORY_HINTS[category]}</p>}
            <div class="switch-row switch-row-main">
              <input
                type="checkbox"
                id={id}
                checked={on}
                disabled={locked}
                onChange={(e) => {
                  const next = e.currentTarget.checked;
                  void save((s) => ({ ...s, categories: { ...s.categories, [category]: next } }), `${label} checks switched ${next ? 'on' : 'off'}.`);
                }}
              />
              <label for={id}>Check for {label.toLowerCase()}</label>
            </div>
            <RuleList label={label} list={list} categoryOn={on} save={save} />
          </fieldset>
        );
      })}
    </section>
  );
}

/** Folded away unless the person switched one of them off; stays as they leave it while they work. */
function RuleList({ label, list, categoryOn, save }: { label: string; list: RuleState[]; categoryOn: boolean; save: SectionProps['save'] }) {
  const [open, setOpen] = useState(() => list.some((r) => r.off === 'you'));
  return (
    <details class="rule-list" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Choose {label.toLowerCase()} checks one by one ({list.length})
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
      ? `Locked on by your organisation: ${rule.locked}`
      : rule.off === 'trust'
        ? 'Switched off by your organisation.'
        : !categoryOn
          ? 'Off with its group.'
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
          void save((s) => withRuleDisabled(s, rule.id, !next), `“${title}” switched ${next ? 'on' : 'off'}.`);
        }}
      />
      <label for={id}>
        {rule.locked !== undefined && (
          <span class="lock" aria-hidden="true">
            🔒{' '}
          </span>
        )}
        {title}
      </label>
      <p class="rule-about" id={`${id}-about`}>
        {SEVERITY_LABELS[rule.severity] ?? rule.severity} · from {rule.source === 'built-in' ? 'the standard checks' : rule.source === 'trust policy' ? 'your organisation' : 'a pack you imported'}
        {note && <span class={rule.locked !== undefined ? 'locked-note' : undefined}> · {note}</span>}
      </p>
    </li>
  );
}
