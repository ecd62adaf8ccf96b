// The nudge: a calm, modal explanation shown before a risky post goes out. Short by design: a one-line
// summary with the count, then each finding on a line or two (the words it saw, what to try instead),
// with "Why it matters" folded away. Each finding can be set aside for this post ("Not a problem here"),
// switched off everywhere (after a question naming it) or noted as wrong; each of those offers Undo.
import type { ComponentChildren } from 'preact';
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Finding } from '../engine/types';
import type { Names, NudgeProps, PackHelp, UndoOffer } from './types';
import { excerpt } from './excerpt';
import { activeElementFor, trapFocus } from './focus';
import { useQuestionFocus } from './question-focus';
import { t } from './i18n';
import { AddressLink } from './links';
import { categoryName, findingName, findingWords, introText, lockReason, lockText, orderFindings, phrase, summaryText, undoText, type Worded } from './labels';
import { Say } from './say';

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
  name: Worded;
  /** Categories packs declared, so a finding in one is labelled with its pack's name for it. */
  categories: Names['categories'];
  lockedText: Worded[] | undefined;
  onDismissForDraft(ruleId: string): void;
  onSwitchOff(ruleId: string): void;
  onReportWrong(ruleId: string): void;
}

function FindingItem({ finding, text, id, name, categories, lockedText, onDismissForDraft, onSwitchOff, onReportWrong }: FindingItemProps) {
  const [whyOpen, setWhyOpen] = useState(false);
  const [asking, setAsking] = useState(false);
  // Focus follows the question: onto "Switch it off" when asked, back to the question's button after "Keep it on".
  const { askRef, confirmRef } = useQuestionFocus(asking);

  const words = findingWords(finding);
  const parts = excerpt(text, finding.spans ?? []);
  const showExcerpt = parts.some((p) => p.mark);
  const clues = (finding.clues ?? []).filter(Boolean).join(' + ');
  // Combination messages often name the clues already ("…could identify a patient: age + ward").
  const showClues = !!clues && !words.message.text.includes(clues);
  const messageId = `${id}-message`;
  const whyId = `${id}-why`;
  return (
    <li class={`tbyp-finding tbyp-sev-${finding.severity}`} data-rule-id={finding.ruleId} data-category={finding.category}>
      <h3 class="tbyp-message" id={messageId}>
        <span class="tbyp-category">
          <Say words={categoryName(finding.category, categories)} />
        </span>{' '}
        <Say words={words.message} />
      </h3>
      {showExcerpt && (
        <p class="tbyp-excerpt">
          {parts.map((p, i) =>
            p.mark ? (
              <mark class="tbyp-mark" key={i}>
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </p>
      )}
      {words.suggestion && (
        <p class="tbyp-suggestion">
          <strong>{t('nudge.tryInstead')}:</strong> <Say words={words.suggestion} />
        </p>
      )}
      {(words.why || showClues) && (
        <div class="tbyp-why">
          <button type="button" class="tbyp-link tbyp-disclosure" aria-expanded={whyOpen ? 'true' : 'false'} aria-controls={whyId} onClick={() => setWhyOpen(!whyOpen)}>
            {t('nudge.why')}
          </button>
          {/* Filled only once opened: the nudge's first render (inside the Post click) stays small. */}
          <div id={whyId} class="tbyp-why-text" hidden={!whyOpen}>
            {whyOpen && showClues && (
              <p class="tbyp-clues">
                {t('nudge.together')}: {clues}
              </p>
            )}
            {whyOpen && words.why.text && (
              <p>
                <Say words={words.why} />
              </p>
            )}
          </div>
        </div>
      )}
      {lockedText !== undefined && (
        <p class="tbyp-locked">
          <LockIcon />
          <span>
            <Say words={lockedText} />
          </span>
        </p>
      )}
      {asking ? (
        <div class="tbyp-confirm" role="group" aria-labelledby={`${id}-question`}>
          <p id={`${id}-question`}><Say words={phrase('nudge.switchOffQuestion', { rule: name })} /></p>
          <div class="tbyp-finding-actions">
            <button type="button" class="tbyp-btn tbyp-btn-small tbyp-btn-secondary tbyp-confirm-off" ref={confirmRef} onClick={() => onSwitchOff(finding.ruleId)}>
              {t('nudge.switchOffYes')}
            </button>
            <button type="button" class="tbyp-btn tbyp-btn-small tbyp-btn-secondary" onClick={() => setAsking(false)}>
              {t('nudge.keepOn')}
            </button>
          </div>
        </div>
      ) : (
        <div class="tbyp-finding-actions">
          <button type="button" class="tbyp-link" aria-describedby={messageId} onClick={() => onDismissForDraft(finding.ruleId)}>
            {t('nudge.notHere')}
          </button>
          {lockedText === undefined && (
            <button type="button" class="tbyp-link tbyp-switch-off" ref={askRef} aria-describedby={messageId} onClick={() => setAsking(true)}>
              {t('nudge.switchOff')}
            </button>
          )}
          <button type="button" class="tbyp-link" aria-describedby={messageId} onClick={() => onReportWrong(finding.ruleId)}>
            {t('nudge.wrong')}
          </button>
        </div>
      )}
    </li>
  );
}

/** The undo line: always in the DOM (a live region must exist before it speaks), filled while an offer stands. */
function UndoLine({ offer, names }: { offer: UndoOffer | undefined; names: Names | undefined }) {
  const onUndo = offer?.onUndo;
  return (
    <div class={offer ? 'tbyp-undo' : 'tbyp-undo tbyp-undo-empty'} role="status" aria-live="polite" data-testid="tbyp-undo">
      {offer && (
        <>
          <span>
            <Say words={undoText(offer, names)} />
          </span>{' '}
          {onUndo && (
            <button type="button" class="tbyp-link" onClick={() => onUndo()}>
              {t('nudge.undo')}
            </button>
          )}
        </>
      )}
    </div>
  );
}

/** Who to ask and the policy, as links that open in a new tab (https: and mailto: only). */
function HelpLine({ help }: { help: PackHelp }) {
  return (
    <p class="tbyp-help" data-testid="tbyp-help">
      {help.contact && (
        <span>
          {t('nudge.contact')} <AddressLink class="tbyp-link" address={help.contact} />
        </span>
      )}
      {help.contact && help.policyUrl && ' '}
      {help.policyUrl && (
        <AddressLink class="tbyp-link" address={help.policyUrl}>
          {t('nudge.policy')}
        </AddressLink>
      )}
    </p>
  );
}

export function Nudge(props: NudgeProps) {
  const { text, state, locked, lockedBy, names, help, undo, onEdit, onPostAnyway } = props;
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const titleId = `tbyp-title-${uid}`;
  const introId = `tbyp-intro-${uid}`;
  const dialogRef = useRef<HTMLDivElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const primaryRef = useRef<HTMLButtonElement>(null);
  const opened = useRef(false);

  // Focus: into the dialog on open, and back in whenever the focused control disappears
  // (a finding set aside, or the switch from "checking" to "unavailable").
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || props.hidden) return;
    const active = activeElementFor(dialog);
    if (!opened.current || !active || !dialog.contains(active)) {
      // preventScroll: the dialog is fixed and centred, always in view. Scrolling to it would force a
      // layout inside the Post click's handler and could move the page behind (issue 15: one frame).
      (primaryRef.current ?? dialog).focus({ preventScroll: true });
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
    intro = <Say words={summaryText(findings, names)} />;
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
          {findings.length > 0 && props.account && props.account !== 'both' && <p class="tbyp-intro tbyp-account">{introText(findings.length, props.account)}</p>}
        </div>
        {findings.length > 0 ? (
          <div class="tbyp-body" ref={bodyRef} role="region" aria-label={t('nudge.findingsRegion')}>
            <ul class="tbyp-findings">
              {findings.map((f, i) => {
                const lock = locked?.get(f.ruleId);
                return (
                  <FindingItem
                    key={f.ruleId}
                    id={`tbyp-f-${uid}-${i}`}
                    finding={f}
                    text={text}
                    name={findingName(f, names)}
                    categories={names?.categories}
                    lockedText={lock === undefined ? undefined : lockText(lockedBy?.get(f.ruleId), lockReason(lock.reason, lock.translations))}
                    onDismissForDraft={props.onDismissForDraft}
                    onSwitchOff={props.onSwitchOff}
                    onReportWrong={props.onReportWrong}
                  />
                );
              })}
            </ul>
            {help && <HelpLine help={help} />}
          </div>
        ) : null}
        {!unavailable && <UndoLine offer={undo} names={names} />}
        {/* Also when we couldn't check: nothing has gone yet, so the person chooses, as with findings. */}
        <div class="tbyp-footer" key="actions">
          <button type="button" class="tbyp-btn tbyp-btn-primary" ref={primaryRef} onClick={() => onEdit()}>
            {t('nudge.edit')}
          </button>
          <button type="button" class="tbyp-btn tbyp-btn-secondary" onClick={() => onPostAnyway()}>
            {t('nudge.postAnyway')}
          </button>
        </div>
      </div>
    </div>
  );
}

export default Nudge;
