// The post gate: at post time (send button, Ctrl/Cmd+Enter or Enter where the composer sends with it, a
// form's submit) decide whether the post goes out untouched, and if not, stop it, show the nudge and,
// when the person chooses "Post anyway" (or the check comes back clean), replay it exactly once.
//
// - Text already checked clean, or checking switched off here (paused, site off): nothing happens, the
//   site's own handler runs untouched.
// - Otherwise the event is stopped; the nudge shows the findings, or the post is replayed when the check
//   is clean after all, or fails or is slow (fail open, saying the post was not checked).
// - Never edits the draft.
import type { CheckResponse } from '../background/messages';
import type { Mounted } from '../ui/mount';
import type { Finding } from '../engine/types';
import type { Names, NudgeProps, NudgeState, ToastProps, UndoOffer } from '../ui/types';
import type { SiteAdapter } from '../sites/types';
import { within } from './checker';
import type { ComposerTracker } from './composer-tracker';
import { composerFromPath, composerFromSubmitPath, composerOfEditor, composerScope, draftText, fallbackFromSubmitPath, type Composer } from './composers';
import { containsComposed, deepActiveElement, isVisible, pathElements, readText, restoreSelection, safeQueryAll, type SavedSelection } from './dom';
import type { Dismissals } from './dismissals';
import type { DraftChecks } from './draft-checks';
import { watchBareEnter } from './fallback';
import { offerLostDraft } from './lost-draft';
import { createNudgeAhead, nudgeContent } from './nudge-ahead';
import { keyTrigger, replayTrigger, type Trigger } from './replay';
import { tellSentUnchecked } from './sent-unchecked';
import type { TypingBadge } from './typing-badge';
import { isOurElement, type UiRoot } from './ui-host';
import type { UiAccess } from './ui-loader';

export interface PostGateDeps {
  adapters: readonly SiteAdapter[];
  checks: DraftChecks;
  ui: UiAccess;
  tracker: Pick<ComposerTracker, 'selectionOf' | 'focused'>;
  badge: Pick<TypingBadge, 'hide' | 'update'>;
  /** Findings set aside for a draft ("Not a problem here"), shared with the badge. */
  dismissals: Dismissals;
  /** What the nudge's buttons tell the background (rule ids and counts, never text). */
  background: {
    dismissRule(ruleId: string): Promise<unknown>;
    restoreRule(ruleId: string): Promise<unknown>;
    reportWrong(ruleId: string): Promise<unknown>;
    reconsidered(): Promise<unknown>;
  };
  /** Upper bound for a check at post time before the post goes out anyway. */
  /** How long a post waits for its check (a function: longer while the engine may be starting). */
  checkTimeoutMs: number | (() => number);
  /** Only show "checking" when a check takes longer than this. */
  checkingDelayMs: number;
}

export interface PostGate {
  pointerDown(event: PointerEvent): void;
  click(event: MouseEvent): void;
  keyDown(event: KeyboardEvent): void;
  keyUp(event: KeyboardEvent): void;
  submit(event: SubmitEvent): void;
  /** The badge was pressed: the nudge for the current draft, without stopping anything. */
  explain(composer: Composer): void;
  /** A post attempt is being handled (the nudge may be open). */
  isOpen(): boolean;
  /** We are re-sending a post: our own listeners must let its events through. */
  isReplaying(): boolean;
  stop(): void;
}

interface Intercept {
  composer: Composer;
  text: string;
  trigger: Trigger;
  selection: SavedSelection;
  replayed: boolean;
  closed: boolean;
  ui?: { root: UiRoot; nudge: Mounted<NudgeProps>; props: NudgeProps };
  /** Every finding of the check; those set aside for the draft or switched off here are not shown. */
  all: Finding[];
  /** Rules switched off from this nudge (until undone). */
  off: Set<string>;
  undoTimer?: ReturnType<typeof setTimeout>;
}

/** Texts the person chose to post anyway are not stopped again on this page (the last few). */
const MAX_ALLOWED = 16;
/** How long Undo is offered after a finding is set aside or switched off. */
export const UNDO_MS = 8_000;

function isDisabled(el: HTMLElement | null): boolean {
  return !!el && ((el as HTMLButtonElement).disabled === true || el.getAttribute('aria-disabled') === 'true');
}

/** A mention / hashtag / emoji list is open: Enter picks from it, it doesn't post. */
function suggestionsOpen(composer: Composer): boolean {
  const { editor } = composer;
  if (editor.getAttribute('aria-expanded') === 'true') return true;
  if ((editor.getAttribute('aria-activedescendant') ?? '') !== '') return true;
  if (editor.closest('[role="combobox"][aria-expanded="true"]')) return true;
  const scope = composerScope(composer);
  if (scope && safeQueryAll(scope, '[role="listbox"]').some((l) => isVisible(l))) return true;
  // The site's own list, often in a portal at the end of <body> (Mastodon's has no role).
  const own = composer.spec.suggestions;
  return !!own && safeQueryAll(document, own).some((l) => isVisible(l));
}

/** The editor to go back to: the same element, or its replacement in the same composer. */
function liveEditor(composer: Composer): HTMLElement | null {
  const { editor } = composer;
  if (editor.isConnected || composer.fallback) return editor.isConnected ? editor : null;
  const scope = composerScope(composer);
  const again = scope && (scope as Node).isConnected ? safeQueryAll(scope, composer.spec.editor)[0] : null;
  return again instanceof HTMLElement ? again : null;
}

function focusEditor(editor: HTMLElement, selection?: SavedSelection): void {
  try {
    editor.focus({ preventScroll: true });
    restoreSelection(editor, selection);
  } catch {
    /* best effort */
  }
}

export function createPostGate(deps: PostGateDeps): PostGate {
  const { adapters, checks, ui, badge } = deps;
  /**
   * How long a post waits for its check. A very long draft gets 1 ms more per 100 characters (a 200,000-
   * character paste, 2 s more): it takes the engine that much longer, and cutting it off would let it out
   * unchecked. Ordinary drafts are not kept waiting any longer.
   */
  const checkBound = (text: string) =>
    (typeof deps.checkTimeoutMs === 'function' ? deps.checkTimeoutMs() : deps.checkTimeoutMs) + Math.floor(text.length / 100);
  const allowed: string[] = [];
  /** True while we re-send a post: our own listeners let it through (never rely on isTrusted). */
  let replaying = false;
  let current: Intercept | null = null;
  let toast: { root: UiRoot; mounted: Mounted<ToastProps>; timer: ReturnType<typeof setTimeout> } | null = null;
  const visible = (composer: Composer, findings: readonly Finding[]) => deps.dismissals.visible(composer.editor, findings);

  /** A draft a post attempt must decide on: not empty, and not one the person chose to post anyway. */
  const needsDecision = (text: string) => text.trim() !== '' && !allowed.includes(text);

  const allow = (text: string): void => {
    allowed.push(text);
    if (allowed.length > MAX_ALLOWED) allowed.shift();
  };

  /** Decide at post time. Returns true when the event was stopped. */
  function gate(event: Event, composer: Composer, trigger: Trigger): boolean {
    if (current?.ui && !current.ui.root.host.isConnected) finish(current, 'edit'); // the page removed our dialog
    if (current) {
      // One post attempt at a time: a second click or key press while we handle the first is dropped.
      if (containsComposed(composer.editor, current.composer.editor) || current.composer.editor === composer.editor) {
        event.preventDefault();
        event.stopImmediatePropagation();
        return true;
      }
      return false;
    }
    if (checks.isInactive(composer)) return false; // paused here, or the site switched off: the post goes as it is
    const text = draftText(composer);
    if (!needsDecision(text)) return false;
    const cached = checks.result(composer, text);
    // Clean, or every finding set aside for this draft: the site's own handler, untouched.
    if (cached && visible(composer, cached.findings).length === 0) return false;
    event.preventDefault();
    event.stopImmediatePropagation();
    closeToast();
    const ic: Intercept = { composer, text, trigger, selection: deps.tracker.selectionOf(composer.editor), replayed: false, closed: false, all: [], off: new Set() };
    current = ic;
    badge.hide();
    if (cached) {
      showNudge(ic, { kind: 'findings', findings: cached.findings }, cached);
      return true;
    }
    ahead.drop(); // drawn for an earlier draft
    void checkThenDecide(ic);
    return true;
  }

  async function checkThenDecide(ic: Intercept): Promise<void> {
    const checking = setTimeout(() => {
      if (current === ic && !ic.ui) showNudge(ic, { kind: 'checking' });
    }, deps.checkingDelayMs);
    let result: CheckResponse | null = null;
    try {
      result = await within(checks.check(ic.composer, ic.text), checkBound(ic.text));
    } catch {
      result = null;
    }
    clearTimeout(checking);
    if (ic.closed) return; // the person chose already (Edit or Post anyway while checking)
    try {
      if (!result) {
        // Fail open, never silently: we say we couldn't check it before it goes; Post anyway sends it.
        showNudge(ic, { kind: 'unavailable' });
      } else if (visible(ic.composer, result.findings).length === 0) {
        finish(ic, 'post'); // clean, set aside for this draft, or checking is off here (learnt only now)
      } else {
        showNudge(ic, { kind: 'findings', findings: result.findings }, result);
      }
    } catch {
      if (!ic.replayed) finish(ic, 'post');
    }
  }

  /** The findings the nudge shows: not set aside for this draft, not switched off from it. */
  const shown = (ic: Intercept) => visible(ic.composer, ic.all).filter((f) => !ic.off.has(f.ruleId));

  const ahead = createNudgeAhead({ ui, checks, tracker: deps.tracker, visible, isOpen: () => current !== null });

  function showNudge(ic: Intercept, state: NudgeState, result?: CheckResponse): void {
    if (ic.closed) return;
    if (state.kind === 'findings') ic.all = state.findings;
    const props: NudgeProps = {
      ...nudgeContent(ic.text, state.kind === 'findings' ? { kind: 'findings', findings: shown(ic) } : state, result),
      onEdit: () => {
        if (ic.ui?.props.state.kind === 'findings') void deps.background.reconsidered();
        finish(ic, 'edit');
      },
      onPostAnyway: () => finish(ic, 'post', true),
      onDismissForDraft: (ruleId) => setAside(ic, ruleId, 'draft'),
      onReportWrong: (ruleId) => {
        void deps.background.reportWrong(ruleId);
        setAside(ic, ruleId, 'wrong');
      },
      onSwitchOff: (ruleId) => {
        if (ic.ui?.props.locked.has(ruleId)) return; // locked: it can only be set aside for this post
        void deps.background.dismissRule(ruleId).then(() => checks.clear());
        setAside(ic, ruleId, 'off');
      },
    };
    if (ic.ui) {
      ic.ui.props = props;
      ic.ui.nudge.update(props);
      return;
    }
    const ready = ahead.take(ic.composer, ic.text, result);
    if (ready) {
      // Shown first, then given this intercept's callbacks: the update finds the same content, and takes
      // focus into the dialog, which needs it visible.
      ready.root.reveal();
      ic.ui = { root: ready.root, props, nudge: ready.nudge };
      ready.nudge.update(props);
      return;
    }
    // If the UI can't load, the person can't see the nudge: the post goes out (fail open).
    const module = ui.orLater(
      () => showNudge(ic, state, result),
      () => finish(ic, 'post'),
    );
    if (!module) return;
    const root = ui.createRoot('nudge');
    ic.ui = { root, props, nudge: module.mountNudge(root.root, props) };
  }

  /** Show the nudge's findings again (after a change), with `undo` on its Undo line. */
  function redraw(ic: Intercept, undo: UndoOffer | undefined): void {
    if (!ic.ui || ic.closed) return;
    clearTimeout(ic.undoTimer);
    const { undo: _old, ...rest } = ic.ui.props;
    ic.ui.props = { ...rest, state: { kind: 'findings', findings: shown(ic) }, ...(undo ? { undo } : {}) };
    ic.ui.nudge.update(ic.ui.props);
    if (undo) ic.undoTimer = setTimeout(() => redraw(ic, undefined), UNDO_MS);
  }

  /**
   * A finding set aside for this draft, noted as wrong (also set aside) or switched off, with Undo. When
   * nothing is left to show, the nudge closes and the post waits for the person's next press; Undo moves
   * to a short note.
   */
  function setAside(ic: Intercept, ruleId: string, how: 'draft' | 'wrong' | 'off'): void {
    const finding = ic.all.find((f) => f.ruleId === ruleId);
    if (!finding || !ic.ui) return;
    const { editor } = ic.composer;
    if (how === 'off') ic.off.add(ruleId);
    else deps.dismissals.dismiss(editor, ruleId);
    const names = ic.ui.props.names;
    let undone = false;
    const offer: UndoOffer = {
      kind: how,
      finding,
      onUndo: () => {
        if (undone) return;
        undone = true;
        if (how === 'off') {
          ic.off.delete(ruleId);
          void deps.background.restoreRule(ruleId).then(() => checks.clear());
        } else {
          deps.dismissals.restore(editor, ruleId);
        }
        const back: UndoOffer = { kind: 'undone', finding };
        if (!ic.closed) redraw(ic, back);
        else showToast(back, names, ic.composer);
        badge.update();
      },
    };
    if (shown(ic).length > 0) {
      redraw(ic, offer);
      return;
    }
    finish(ic, 'edit');
    showToast(offer, names, ic.composer);
  }

  function closeToast(): void {
    if (!toast) return;
    clearTimeout(toast.timer);
    toast.mounted.unmount();
    toast.root.remove();
    toast = null;
  }

  /** The short note with Undo, after the nudge closed. Focus stays in the draft; the note is announced. */
  function showToast(offer: UndoOffer, names: Names | undefined, composer: Composer): void {
    closeToast();
    const module = ui.orLater(() => undefined);
    if (!module) return;
    const root = ui.createRoot('toast');
    // Focus back in the draft if the note had it (or it went with the note), not if the person moved on.
    const backToDraft = () => {
      const editor = liveEditor(composer);
      const active = deepActiveElement();
      if (editor && (!active || active === document.body || isOurElement(active))) focusEditor(editor);
    };
    const withUndo: UndoOffer = offer.onUndo
      ? {
          ...offer,
          onUndo: () => {
            offer.onUndo?.();
            backToDraft();
          },
        }
      : offer;
    const props: ToastProps = {
      offer: withUndo,
      ...(names ? { names } : {}),
      onClose: () => {
        backToDraft();
        closeToast();
      },
    };
    toast = { root, mounted: module.mountToast(root.root, props), timer: setTimeout(closeToast, UNDO_MS) };
  }

  function closeUi(ic: Intercept): void {
    clearTimeout(ic.undoTimer);
    if (!ic.ui) return;
    ic.ui.nudge.unmount();
    ic.ui.root.remove();
    ic.ui = undefined;
  }

  /** Close the nudge: back to the draft ("edit"), or send it exactly as written, once ("post"). */
  function finish(ic: Intercept, how: 'edit' | 'post', chosen = false): void {
    if (ic.closed) return;
    ic.closed = true;
    closeUi(ic);
    if (current === ic) current = null;
    const editor = liveEditor(ic.composer);
    if (!editor) {
      // The site took the compose box away: nothing to post from or go back to. Hand the text back.
      offerLostDraft(ic.text);
      badge.update();
      return;
    }
    if (how === 'edit') {
      if (editor) focusEditor(editor, ic.selection);
      badge.update();
      return;
    }
    if (chosen) allow(ic.text);
    deps.dismissals.forget(ic.composer.editor); // the draft has gone: what was set aside for it too
    replay(ic, editor);
  }

  function replay(ic: Intercept, editor: HTMLElement | null): void {
    if (ic.replayed) return; // one replay per intercept: never a double post
    ic.replayed = true;
    if (editor) focusEditor(editor, ic.selection);
    replaying = true;
    try {
      replayTrigger(ic.trigger, ic.composer, editor);
    } finally {
      replaying = false;
    }
    // The site empties the composer after posting, usually without an input event.
    setTimeout(badge.update, 100);
    setTimeout(badge.update, 600);
  }

  function explain(composer: Composer): void {
    if (current || checks.isInactive(composer)) return;
    const text = draftText(composer);
    const result = checks.result(composer, text);
    if (!text.trim()) return;
    if (!result) {
      // Typed since the last check: check now, then explain.
      within(checks.check(composer, text), checkBound(text))
        .then(() => {
          if (draftText(composer) === text) explain(composer);
        })
        .catch(() => undefined);
      return;
    }
    const ic: Intercept = { composer, text, trigger: { type: 'explain' }, selection: deps.tracker.selectionOf(composer.editor), replayed: false, closed: false, all: [], off: new Set() };
    current = ic;
    badge.hide();
    closeToast();
    showNudge(ic, { kind: 'findings', findings: result.findings }, result);
  }

  /** A key press on a send button that is not a <button> (div[role=button]): sites post on it themselves. */
  let swallowKeyup: string | null = null;

  /** The composer whose send button is on this path: an adapter's, else the fallback composer last in use. */
  const bySubmit = (path: Element[], depth: number): Composer | null =>
    composerFromSubmitPath(path, adapters, depth) ?? fallbackFromSubmitPath(path, deps.tracker.focused, depth);

  return {
    /**
     * A send button pressed: the click comes when it is let go (~100 ms later). A draft already checked
     * with findings has its nudge drawn out of sight (if not already); one not yet checked is checked now.
     */
    pointerDown(event) {
      const composer = bySubmit(pathElements(event, 16), 16);
      if (!composer || isDisabled(composer.submit) || current || checks.isInactive(composer)) return;
      const text = draftText(composer);
      if (!needsDecision(text)) return;
      const cached = checks.result(composer, text);
      if (cached) ahead.prepare(composer, text, cached);
      else checks.checkInBackground(composer, text);
    },
    click(event) {
      const composer = bySubmit(pathElements(event, 16), 16);
      if (!composer || isDisabled(composer.submit)) return;
      gate(event, composer, { type: 'click', button: composer.submit! });
    },
    keyDown(event) {
      if (current?.ui && (event.key === 'Escape' || event.key === 'Esc') && event.isTrusted) {
        // Our dialog is open but focus is elsewhere: Escape means "back to my draft", not "close the site's composer".
        // (Only the person's own key: a page's synthetic Escape must not close our dialog.)
        event.preventDefault();
        event.stopImmediatePropagation();
        finish(current, 'edit');
        return;
      }
      if (event.isComposing || event.keyCode === 229) return;
      if ((event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey) {
        const target = event.composedPath()[0];
        // Native buttons turn Enter/Space into a click, which click() handles.
        if (target instanceof HTMLElement && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLInputElement)) {
          const byButton = bySubmit(pathElements(event, 4), 4);
          if (byButton && byButton.submit && !isDisabled(byButton.submit)) {
            if (gate(event, byButton, { type: 'click', button: byButton.submit })) swallowKeyup = event.key;
            return;
          }
        }
      }
      if (event.key !== 'Enter') return;
      const composer = composerFromPath(pathElements(event), adapters);
      if (!composer) return;
      const { spec } = composer;
      const command = event.ctrlKey || event.metaKey;
      const sends = (spec.ctrlEnter && command && !event.altKey) || (spec.sendsOnEnter && !command && !event.shiftKey && !event.altKey);
      if (!sends || suggestionsOpen(composer)) {
        // A box found by structure takes a bare Enter for a new line: if it was a send, say so and learn.
        const bare = !command && !event.shiftKey && !event.altKey;
        if (composer.fallback && bare && !sends && !checks.isInactive(composer)) {
          watchBareEnter(composer.editor, draftText(composer), readText, () => tellSentUnchecked());
        }
        return;
      }
      gate(event, composer, keyTrigger(event));
    },
    keyUp(event) {
      if (swallowKeyup === null || event.key !== swallowKeyup) return;
      swallowKeyup = null;
      event.preventDefault();
      event.stopImmediatePropagation();
    },
    submit(event) {
      const form = event.target;
      if (!(form instanceof HTMLFormElement)) return;
      for (const adapter of adapters) {
        for (const spec of adapter.composers) {
          for (const el of safeQueryAll(form, spec.editor)) {
            const composer = composerOfEditor(el, adapters);
            if (!composer || composer.spec !== spec || !draftText(composer).trim()) continue;
            gate(event, composer, { type: 'submit', form, submitter: (event.submitter as HTMLElement | null) ?? null });
            return;
          }
        }
      }
      // A form no adapter knows, holding the fallback composer last in use.
      const last = deps.tracker.focused;
      if (last?.fallback && form.contains(last.editor) && draftText(last).trim()) {
        gate(event, last, { type: 'submit', form, submitter: (event.submitter as HTMLElement | null) ?? null });
      }
    },
    explain,
    isOpen: () => current !== null,
    isReplaying: () => replaying,
    stop() {
      ahead.drop();
      if (current) closeUi(current);
      current = null;
      closeToast();
    },
  };
}
