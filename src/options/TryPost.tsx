// "Try a post": the same engine and the same merged rules the extension uses, run here on the page as
// the person types. The text stays in this box: it is never saved or sent anywhere.
import nlpLibrary from 'compromise';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { check, compilePack, createNlp, type Finding } from '../engine';
import { t } from '../ui/i18n';
import { categoryName, findingWords, orderFindings } from '../ui/labels';
import { Say } from '../ui/say';
import type { SectionProps } from './App';
import { highlightParts } from './highlight';
import { ruleTitle } from './words';

const nlp = createNlp(nlpLibrary as never);
const TYPING_DELAY_MS = 150;

export function TryPost({ config }: SectionProps) {
  const [text, setText] = useState('');
  const [checked, setChecked] = useState('');
  const pack = useMemo(() => compilePack(config.resolved), [config]);

  useEffect(() => {
    const timer = setTimeout(() => setChecked(text), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const findings: Finding[] = useMemo(
    () =>
      checked.trim()
        ? orderFindings(check(checked, { kind: 'post', audience: 'public', account: config.settings.account }, pack, { nlp, disabled: config.disabled, minSeverity: config.minSeverity }))
        : [],
    [checked, pack, config],
  );

  // Not memoised: the titles follow the language, which can change while the page is open.
  const titles = new Map(config.resolved.rules.map((r) => [r.id, ruleTitle(r)]));
  return (
    <section aria-labelledby="try-heading" class="card">
      <h2 id="try-heading">{t('options.try.heading')}</h2>
      <p class="hint" id="try-hint">
        {t('options.try.hint')}
      </p>
      <label for="try-text" class="label">
        {t('options.try.label')}
      </label>
      <textarea id="try-text" class="textarea" rows={4} aria-describedby="try-hint" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {/* Only the one-line summary is announced as the person types; the details are there to read. */}
      <div data-testid="try-result">
        <p class={findings.length ? 'try-summary' : 'all-clear'} aria-live="polite">
          {checked.trim() === '' ? '' : findings.length === 0 ? t('nudge.nothing') : t('options.try.count', findings.length)}
        </p>
        {findings.length > 0 && (
          <>
            <p class="try-preview" data-testid="try-preview">
              {highlightParts(checked, findings).map((part, i) =>
                part.findings.length ? (
                  <mark key={i} class="mark" title={part.findings.map((n) => titles.get(findings[n]!.ruleId)?.text).join(', ')}>
                    {part.text}
                  </mark>
                ) : (
                  part.text
                ),
              )}
            </p>
            <ul class="findings">
              {findings.map((f) => {
                const words = findingWords(f);
                return (
                  <li key={f.ruleId} data-rule-id={f.ruleId}>
                    <strong>
                      <Say words={titles.get(f.ruleId) ?? ruleTitle({ id: f.ruleId, ...(f.translations ? { translations: f.translations } : {}) })} />
                    </strong>{' '}
                    <span class="tag">
                      <Say words={categoryName(f.category, config.resolved.categories)} />
                    </span>
                    <br />
                    <Say words={words.message} />
                    {words.suggestion && (
                      <span class="suggestion">
                        {' '}
                        <Say words={words.suggestion} />
                      </span>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
