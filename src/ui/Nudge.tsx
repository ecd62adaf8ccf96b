// The nudge: a calm, modal explanation shown before a risky post goes out.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef } from 'preact/hooks';
import type { Finding } from '../engine/types';
import type { NudgeProps } from './types';
import { excerpt } from './excerpt';
import { activeElementFor, trapFocus } from './focus';
import { t } from './i18n';
import { categoryLabel, introText, orderFindings } from './labels';

export { trapFocus };

function LockIcon() {
  return (
    <svg class="tbyp-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 1a3.5 3.5 0 0 0-3.5 3.5V6H4a1.5 1.5 0 0 0-1.5 1.5v6A1.5 1.5 0 0 0 4 15h8a1.5 1.5 0 0 0 1.5-1.5v-6A1.5 1.5 0 0 0 12 6h-.5V4.5A3.5 3.5 0 0 0 8 1Zm-2 3.5a2 2 0 1 1 4 0V6H6V4.5Z" />
    </svg>
  );
}

interface FindingItemProps {
  finding: Finding;
  text: string;
  id: string;
  lockedReason: string | undefined;
  onDismissRule(ruleId: string): void;
}

function FindingItem({ finding, text, id, lockedReason, onDismissRule }: FindingItemProps) {
  const parts = excerpt(text, finding.spans ?? []);
  const showExcerpt = parts.some((p) => p.mark);
  const clues = (finding.clues ?? []).filter(Boolean).join(' + ');
  // Combination messages often name the clues already ("…could identify a patient: age + ward").
  const showClues = !!clues && !finding.message.includes(clues);
  const messageId = `${id}-message`;
  return (
    <li class="tbyp-finding" data-rule-id={finding.ruleId} data-category={finding.category}>
      <span class="tbyp-category">{categoryLabel(finding.category)}</span>
      <h3 class="tbyp-message" id={messageId}>
        {finding.message}
      </h3>
      {showExcerpt && (
        <blockquote class="tbyp-excerpt">
          {parts.map((p, i) =>
            p.mark ? (
              <mark class="tbyp-mark" key={i}>
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </blockquote>
      )}
      <dl class="tbyp-details">
        {showClues && (
          <>
            <dt>{t('nudge.together')}</dt>
            <dd class="tbyp-clues">{clues}</dd>
          </>
        )}
        {finding.why && (
          <>
            <dt>{t('nudge.why')}</dt>
            <dd>{finding.why}</dd>
          </>
        )}
        {finding.suggestion && (
          <>
            <dt>{t('nudge.tryInstead')}</dt>
            <dd>{finding.suggestion}</dd>
          </>
        )}
      </dl>
      <div class="tbyp-finding-actions">
        {lockedReason !== undefined ? (
          <p class="tbyp-locked">
            <LockIcon />
            <span>
              {lockedReason.trim() ? t('nudge.locked', { reason: lockedReason.trim() }) : t('nudge.lockedNoReason')}
            </span>
          </p>
        ) : (
          <button
            type="button"
            class="tbyp-link"
            aria-describedby={messageId}
            onClick={() => onDismissRule(finding.ruleId)}
          >
            {t('nudge.dismiss')}
          </button>
        )}
      </div>
    </li>
  );
}

export function Nudge(props: NudgeProps) {
  const { text, state, locked, account, onEdit, onPostAnyway, onDismissRule } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `tbyp-title-${uid}`;
  const introId = `tbyp-intro-${uid}`;
  const dialogRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Focus: into the dialog on open, and back in whenever the focused control disappears
  // (a dismissed finding, or the switch from "checking" to "unavailable").
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const active = activeElementFor(dialog);
    if (!opened.current || !active || !dialog.contains(active)) {
      (primaryRef.current ?? dialog).focus({ preventScroll: false });
    }
    opened.current = true;
  });

  // The findings list scrolls on small screens and at high zoom: make it reachable by keyboard only then.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body) return;
    const update = () => {
      const scrolls = body.scrollHeight > body.clientHeight + 1;
      if (scrolls && !body.hasAttribute('tabindex')) body.setAttribute('tabindex', '0');
      if (!scrolls && body.hasAttribute('tabindex')) body.removeAttribute('tabindex');
    };
    update();
    const view = body.ownerDocument.defaultView;
    const RO = view?.ResizeObserver;
    if (!RO) return;
    const ro = new RO(update);
    ro.observe(body);
    if (body.firstElementChild) ro.observe(body.firstElementChild);
    return () => ro.disconnect();
  });

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      event.stopPropagation();
      onEdit();
      return;
    }
    if (event.key === 'Tab' && dialogRef.current) {
      trapFocus(dialogRef.current, event);
      event.stopPropagation();
    }
  };

  // Clicks on the backdrop must not move focus out to the page behind.
  const onBackdropMouseDown = (event: MouseEvent) => {
    if (event.target === event.currentTarget) event.preventDefault();
  };

  const unavailable = state.kind === 'unavailable';
  const findings = state.kind === 'findings' ? orderFindings(state.findings) : [];

  let title = t('nudge.title');
  let intro: ComponentChildren;
  if (state.kind === 'checking') {
    intro = (
      <>
        <span class="tbyp-spinner" aria-hidden="true" />
        <span>{t('nudge.checking')}</span>
      </>
    );
  } else if (unavailable) {
    title = t('nudge.unavailableTitle');
    intro = t('nudge.unavailable');
  } else {
    intro = introText(findings.length, account);
  }

  return (
    <div class="tbyp-root tbyp-overlay" onMouseDown={onBackdropMouseDown}>
      <div
        ref={dialogRef}
        class={unavailable ? 'tbyp-dialog tbyp-dialog-compact' : 'tbyp-dialog'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={introId}
        aria-busy={state.kind === 'checking' ? 'true' : undefined}
        tabIndex={-1}
        data-state={state.kind}
        onKeyDown={onKeyDown}
      >
        <div class="tbyp-header">
          <h2 class="tbyp-title" id={titleId}>
            {title}
          </h2>
          <p class="tbyp-intro" id={introId} aria-live="polite">
            {intro}
          </p>
        </div>
        {findings.length > 0 ? (
          <div class="tbyp-body" ref={bodyRef} role="region" aria-label={t('nudge.findingsRegion')}>
            <ul class="tbyp-findings">
              {findings.map((f, i) => (
                <FindingItem
                  key={`${f.ruleId}:${i}`}
                  id={`tbyp-f-${uid}-${i}`}
                  finding={f}
                  text={text}
                  lockedReason={locked?.get(f.ruleId)}
                  onDismissRule={onDismissRule}
                />
              ))}
            </ul>
          </div>
        ) : null}
        {unavailable ? (
          <div class="tbyp-footer" key="unavailable">
            <button type="button" class="tbyp-btn tbyp-btn-primary" ref={primaryRef} onClick={() => onEdit()}>
              {t('nudge.close')}
            </button>
          </div>
        ) : (
          <div class="tbyp-footer" key="actions">
            <button type="button" class="tbyp-btn tbyp-btn-primary" ref={primaryRef} onClick={() => onEdit()}>
              {t('nudge.edit')}
            </button>
            <button type="button" class="tbyp-btn tbyp-btn-secondary" onClick={() => onPostAnyway()}>
              {t('nudge.postAnyway')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

export default Nudge;
