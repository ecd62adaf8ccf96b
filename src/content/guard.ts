// The submit guard: one set of capture-phase listeners on window, added at document_start. The rest is
// set up on the first event that can concern a draft (startGuard), and the UI is loaded when a compose
// box is first focused (ui-loader.ts): a page load costs the listeners only.
//
// - While typing (debounced) the draft is sent to the background for checking; the latest results are
//   kept by exact text, and a small badge near the composer shows the count.
// - At post time (send button, Ctrl/Cmd+Enter or Enter where the composer sends with it, a form's
//   submit): text already checked clean -> nothing happens, the site's own handler runs untouched.
//   Otherwise the event is stopped and the person sees the nudge (or, if the check is clean after all,
//   the post is replayed; if the checker fails or is slow, the post is replayed too: fail open).
// - Never edits the draft. Every handler fails open: if anything throws, the site's event goes through.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CheckResponse } from '../background/messages';
import type { Context } from '../engine/types';
import type { SiteAdapter } from '../sites/types';
import type { Mounted, UiModule } from '../ui/mount';
import type { BadgeProps, NudgeProps, NudgeState } from '../ui/types';
import { dismissRule, onSettingsChanged, reconsidered, requestCheck, ResultCache, warm, within } from './checker';
import {
  composerFromPath,
  composerFromSubmitPath,
  composerOfEditor,
  composerScope,
  findSubmit,
  type Composer,
} from './composers';
import {
  containsComposed,
  deepActiveElement,
  isVisible,
  pathElements,
  readText,
  restoreSelection,
  safeQueryAll,
  saveSelection,
  type SavedSelection,
} from './dom';
import { createUiRoot, isOurElement, isolateOurEvent, ISOLATED_EVENTS, placeHost, type UiRoot } from './ui-host';
import { loadedUi, loadUi } from './ui-loader';

export interface GuardOptions {
  /** Upper bound for a check at post time before the post goes out anyway. */
  checkTimeoutMs?: number;
  /** Only show "checking" when a check takes longer than this. */
  checkingDelayMs?: number;
  /** Quiet time after typing before checking. */
  typingDelayMs?: number;
}

type Trigger =
  | { type: 'click'; button: HTMLElement }
  | { type: 'key'; init: KeyboardEventInit }
  | { type: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
  /** Opened from the badge: nothing was stopped; "Post anyway" posts the way the composer does. */
  | { type: 'explain' };

interface Intercept {
  composer: Composer;
  text: string;
  trigger: Trigger;
  selection: SavedSelection;
  replayed: boolean;
  closed: boolean;
  ui?: { root: UiRoot; nudge: Mounted<NudgeProps>; props: NudgeProps };
}

const MAX_ALLOWED = 16;

export interface Guard {
  stop(): void;
}

/** Events the guard acts on; it also listens to ISOLATED_EVENTS to keep our UI's events from the site. */
const HANDLED = ['pointerdown', 'click', 'keydown', 'keyup', 'submit', 'focusin', 'focusout', 'input', 'change'] as const;
type Handled = (typeof HANDLED)[number];
const EVENT_TYPES = [...new Set<string>([...ISOLATED_EVENTS, ...HANDLED])];

function isEditable(target: EventTarget | undefined): boolean {
  return target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement || (target instanceof HTMLElement && target.isContentEditable);
}

/**
 * Events that can start a draft or a post. The guard is set up on the first of them, not while the
 * page loads: until then an event can't concern a draft, and the page pays only for these listeners.
 */
function wakes(event: Event): boolean {
  switch (event.type) {
    case 'pointerdown':
    case 'click':
    case 'keydown':
    case 'submit':
    case 'change':
      return true;
    case 'focusin':
    case 'input':
      return isEditable(event.composedPath()[0]);
    default:
      return false;
  }
}

/**
 * Listens from document_start (so our capture listeners on window run before the page's own) and sets
 * the guard up when first needed. `adapters` is asked then, not at load.
 */
export function startGuard(ctx: ContentScriptContext, adapters: () => readonly SiteAdapter[], options: GuardOptions = {}): Guard {
  let active: ActiveGuard | null = null;
  let stopped = false;
  const dispatch = (event: Event) => {
    if (stopped) return;
    if (!active) {
      if (!wakes(event)) return;
      try {
        active = createGuard(adapters(), options);
      } catch {
        return; // fail open: the page works as if we weren't here
      }
      // The badge follows its composer (only from now: there's no badge before).
      const reposition = () => active?.reposition();
      ctx.addEventListener(window, 'scroll', reposition, { capture: true, passive: true });
      ctx.addEventListener(window, 'resize', reposition, { passive: true });
    }
    active.handle(event);
  };
  for (const type of EVENT_TYPES) ctx.addEventListener(window, type as keyof WindowEventMap, dispatch, { capture: true });

  const guard: Guard = {
    stop() {
      stopped = true;
      active?.stop();
    },
  };
  ctx.onInvalidated(() => guard.stop());
  return guard;
}

interface ActiveGuard extends Guard {
  /** Every event of EVENT_TYPES, from the window capture listener. */
  handle(event: Event): void;
  /** The page scrolled or resized: move the badge with its composer. */
  reposition(): void;
}

function createGuard(adapters: readonly SiteAdapter[], options: GuardOptions): ActiveGuard {
  const checkTimeoutMs = options.checkTimeoutMs ?? 1500;
  const checkingDelayMs = options.checkingDelayMs ?? 150;
  const typingDelayMs = options.typingDelayMs ?? 400;

  const cache = new ResultCache();
  onSettingsChanged(() => cache.clear());
  /** Texts the person chose to post anyway: not stopped again on this page. */
  const allowed: string[] = [];
  /** True while we re-send a post: our own listeners let it through (never rely on isTrusted). */
  let replaying = false;
  let current: Intercept | null = null;
  let stopped = false;

  const contextOf = (composer: Composer): Context => ({ site: composer.adapter.id, kind: composer.spec.kind });

  /** Results depend on where the draft goes (rules can apply to some sites or kinds only). */
  const keyOf = (composer: Composer, text: string): string => `${composer.adapter.id}/${composer.spec.kind}\n${text}`;

  const textOf = (composer: Composer): string => {
    const texts = composer.editors.map((e) => readText(e)).filter((t) => t.trim() !== '');
    return texts.length <= 1 ? (texts[0] ?? '') : texts.join('\n\n');
  };

  /**
   * The UI module, or null while it loads: `again` then runs once it has (`failed` if it can't load).
   * It is fetched when a compose box is first focused, so at post time it is almost always there.
   */
  function uiOrLater(again: () => void, failed: () => void = () => undefined): UiModule | null {
    const ui = loadedUi();
    if (!ui) loadUi().then(again).catch(failed);
    return ui;
  }

  // ---------------------------------------------------------------- typing and the badge

  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Checks on their way, by key: the badge, a pressed send button and a post share one request. */
  const inFlight = new Map<string, Promise<CheckResponse>>();
  let focused: Composer | null = null;
  /**
   * The caret as it was when focus last left an editor, or a pointer was pressed while it had focus.
   * Clicking a send button can move or clear the selection (Chromium and Firefox put it in a text
   * button; Draft.js clears it on blur), so read it before that.
   */
  let lastSelection: { editor: HTMLElement; saved: SavedSelection } | null = null;
  let badge: { root: UiRoot; mounted: Mounted<BadgeProps>; composer: Composer } | null = null;
  let badgeFrame = 0;
  let lastCount: { editor: HTMLElement; count: number } | null = null;

  /** The check of `text` (cached when it comes back): the one already on its way, or a new one. */
  function checkOf(composer: Composer, text: string): Promise<CheckResponse> {
    const key = keyOf(composer, text);
    let pending = inFlight.get(key);
    if (!pending) {
      pending = requestCheck(text, contextOf(composer), 10_000).then((result) => {
        cache.set(key, result);
        return result;
      });
      inFlight.set(key, pending);
      const settled = () => {
        inFlight.delete(key);
        updateBadge();
      };
      pending.then(settled, settled);
    }
    return pending;
  }

  function checkInBackground(composer: Composer, text: string): void {
    const key = keyOf(composer, text);
    if (!text.trim() || cache.get(key) || inFlight.has(key)) return;
    checkOf(composer, text).catch(() => undefined);
    updateBadge();
  }

  /**
   * Editors change without input events (Draft.js renders pastes and IME commits itself; sites clear the
   * draft after posting): the focused editor's DOM is watched too.
   */
  let editorObserver: MutationObserver | null = null;
  let observedEditor: HTMLElement | null = null;
  function observeEditor(composer: Composer | null): void {
    const editor = composer?.editor ?? null;
    if (observedEditor === editor) return;
    editorObserver?.disconnect();
    observedEditor = editor;
    if (!composer || !editor || editor instanceof HTMLTextAreaElement || editor instanceof HTMLInputElement) return;
    editorObserver ??= new MutationObserver(() => {
      try {
        if (focused && observedEditor === focused.editor) draftChanged(focused);
      } catch {
        /* fail open */
      }
    });
    editorObserver.observe(editor, { childList: true, characterData: true, subtree: true });
  }

  function hideBadge(): void {
    if (!badge) return;
    badge.mounted.unmount();
    badge.root.remove();
    badge = null;
  }

  function updateBadge(): void {
    try {
      const composer = focused;
      const editorFocused = composer && composer.editor.isConnected && containsComposed(composer.editor, deepActiveElement());
      const text = composer ? textOf(composer) : '';
      if (!composer || !editorFocused || !text.trim() || current) {
        hideBadge();
        return;
      }
      const result = cache.get(keyOf(composer, text));
      // While the new text is being checked, keep showing the last count rather than flicker.
      const count = result?.findings.length ?? (lastCount?.editor === composer.editor ? lastCount.count : undefined);
      if (result) lastCount = { editor: composer.editor, count: result.findings.length };
      const props: BadgeProps = {
        count: count ?? 0,
        checking: count === undefined,
        onOpen: () => explain(composer),
      };
      if (!badge || badge.composer.editor !== composer.editor) {
        hideBadge();
        const ui = uiOrLater(updateBadge);
        if (!ui) return;
        const root = createUiRoot('badge');
        badge = { root, mounted: ui.mountBadge(root.root, props), composer };
      } else {
        badge.mounted.update(props);
      }
      placeBadge();
    } catch {
      hideBadge();
    }
  }

  function placeBadge(): void {
    cancelAnimationFrame(badgeFrame);
    badgeFrame = requestAnimationFrame(() => {
      if (!badge) return;
      const { composer, root } = badge;
      const rect = composer.editor.getBoundingClientRect();
      const inner = root.root.querySelector('.tbyp-badge');
      const size = inner?.getBoundingClientRect();
      const w = size?.width || 24;
      const h = size?.height || 24;
      const submit = composer.submit?.isConnected ? composer.submit.getBoundingClientRect() : null;
      const gap = 6;
      const candidates = [
        { left: rect.right - w - gap, top: rect.bottom - h - gap }, // inside, bottom-right
        { left: rect.right + gap, top: rect.bottom - h }, // outside, right
        { left: rect.right - w - gap, top: rect.top + gap }, // inside, top-right
        { left: rect.right - w, top: rect.bottom + gap }, // below
      ];
      const overlaps = (c: { left: number; top: number }) =>
        !!submit && c.left < submit.right && c.left + w > submit.left && c.top < submit.bottom && c.top + h > submit.top;
      const onScreen = (c: { left: number; top: number }) =>
        c.left >= 0 && c.top >= 0 && c.left + w <= window.innerWidth && c.top + h <= window.innerHeight;
      const spot = candidates.find((c) => !overlaps(c) && onScreen(c)) ?? candidates.find((c) => !overlaps(c)) ?? candidates[0]!;
      placeHost(root.host, spot.left, spot.top);
    });
  }

  function onFocusIn(event: FocusEvent): void {
    const composer = composerFromPath(pathElements(event), adapters);
    if (!composer) return;
    focused = composer;
    observeEditor(composer);
    warm();
    loadUi().catch(() => undefined); // ready before the person posts
    checkInBackground(composer, textOf(composer));
    updateBadge();
  }

  function onFocusOut(event: FocusEvent): void {
    const composer = composerFromPath(pathElements(event), adapters);
    if (composer) lastSelection = { editor: composer.editor, saved: saveSelection(composer.editor) };
    // Focus moves synchronously after focusout: look once it has landed.
    setTimeout(() => {
      if (focused && !containsComposed(focused.editor, deepActiveElement())) updateBadge();
    }, 0);
  }

  function onInput(event: Event): void {
    const path = pathElements(event);
    // Typing in the focused composer: no selector work per keystroke.
    if (focused && path.includes(focused.editor)) {
      draftChanged(focused);
      return;
    }
    const composer = composerFromPath(path, adapters);
    if (!composer) return;
    if (!focused || focused.editor !== composer.editor) {
      focused = composer;
      observeEditor(composer);
    }
    draftChanged(focused);
  }

  /** The draft changed: check it once typing pauses; meanwhile the badge shows "checking". */
  function draftChanged(composer: Composer): void {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      try {
        checkInBackground(composer, textOf(composer));
        updateBadge();
      } catch {
        /* fail open */
      }
    }, typingDelayMs);
    cancelAnimationFrame(badgeFrame);
    badgeFrame = requestAnimationFrame(() => updateBadge());
  }

  // ---------------------------------------------------------------- post time

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
    return !!scope && safeQueryAll(scope, '[role="listbox"]').some((l) => isVisible(l));
  }

  /** The caret in `editor` now if it is there, else as it was when focus (or a press elsewhere) took it away. */
  function selectionOf(editor: HTMLElement): SavedSelection {
    if (containsComposed(editor, deepActiveElement())) {
      const now = saveSelection(editor);
      if (now.kind !== 'none') return now;
    }
    return lastSelection?.editor === editor ? lastSelection.saved : { kind: 'none' };
  }

  function isAllowed(text: string): boolean {
    return allowed.includes(text);
  }

  function allow(text: string): void {
    allowed.push(text);
    if (allowed.length > MAX_ALLOWED) allowed.shift();
  }

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
    const text = textOf(composer);
    if (!text.trim() || isAllowed(text)) return false;
    const cached = cache.get(keyOf(composer, text));
    if (cached && cached.findings.length === 0) return false; // clean: the site's own handler, untouched
    event.preventDefault();
    event.stopImmediatePropagation();
    const ic: Intercept = { composer, text, trigger, selection: selectionOf(composer.editor), replayed: false, closed: false };
    current = ic;
    hideBadge();
    if (cached) {
      showNudge(ic, { kind: 'findings', findings: cached.findings }, cached);
      return true;
    }
    void checkThenDecide(ic);
    return true;
  }

  async function checkThenDecide(ic: Intercept): Promise<void> {
    const checking = setTimeout(() => {
      if (current === ic && !ic.ui) showNudge(ic, { kind: 'checking' });
    }, checkingDelayMs);
    let result: CheckResponse | null = null;
    try {
      result = await within(checkOf(ic.composer, ic.text), checkTimeoutMs);
    } catch {
      result = null;
    }
    clearTimeout(checking);
    if (ic.closed) return; // the person chose already (Edit or Post anyway while checking)
    try {
      if (!result) {
        // Fail open: the post goes out, and we say we couldn't check it.
        finish(ic, 'post');
        showUnavailable(ic.composer);
      } else if (result.findings.length === 0) {
        finish(ic, 'post');
      } else {
        showNudge(ic, { kind: 'findings', findings: result.findings }, result);
      }
    } catch {
      if (!ic.replayed) finish(ic, 'post');
    }
  }

  function lockedMap(result?: CheckResponse): Map<string, string> {
    return new Map(Object.entries(result?.locked ?? {}));
  }

  function showNudge(ic: Intercept, state: NudgeState, result?: CheckResponse): void {
    if (ic.closed) return;
    const props: NudgeProps = {
      text: ic.text,
      state,
      locked: lockedMap(result),
      ...(result?.account ? { account: result.account } : {}),
      onEdit: () => {
        if (ic.ui?.props.state.kind === 'findings') void reconsidered();
        finish(ic, 'edit');
      },
      onPostAnyway: () => finish(ic, 'post', true),
      onDismissRule: (ruleId) => {
        void dismissRule(ruleId).then(() => cache.clear());
        if (!ic.ui || ic.ui.props.state.kind !== 'findings') return;
        const findings = ic.ui.props.state.findings.filter((f) => f.ruleId !== ruleId);
        ic.ui.props = { ...ic.ui.props, state: { kind: 'findings', findings } };
        ic.ui.nudge.update(ic.ui.props);
      },
    };
    if (ic.ui) {
      ic.ui.props = props;
      ic.ui.nudge.update(props);
      return;
    }
    // If the UI can't load, the person can't see the nudge: the post goes out (fail open).
    const ui = uiOrLater(
      () => showNudge(ic, state, result),
      () => finish(ic, 'post'),
    );
    if (!ui) return;
    const root = createUiRoot('nudge');
    ic.ui = { root, props, nudge: ui.mountNudge(root.root, props) };
  }

  function closeUi(ic: Intercept): void {
    if (!ic.ui) return;
    ic.ui.nudge.unmount();
    ic.ui.root.remove();
    ic.ui = undefined;
  }

  /** The editor to go back to: the same element, or its replacement in the same composer. */
  function liveEditor(ic: Intercept): HTMLElement | null {
    const { editor } = ic.composer;
    if (editor.isConnected) return editor;
    const scope = composerScope(ic.composer);
    const again = scope && (scope as Node).isConnected ? safeQueryAll(scope, ic.composer.spec.editor)[0] : null;
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

  /** Close the nudge: back to the draft ("edit"), or send it exactly as written, once ("post"). */
  function finish(ic: Intercept, how: 'edit' | 'post', chosen = false): void {
    if (ic.closed) return;
    ic.closed = true;
    closeUi(ic);
    if (current === ic) current = null;
    const editor = liveEditor(ic);
    if (how === 'edit') {
      if (editor) focusEditor(editor, ic.selection);
      updateBadge();
      return;
    }
    if (chosen) allow(ic.text);
    replay(ic, editor);
  }

  function replay(ic: Intercept, editor: HTMLElement | null): void {
    if (ic.replayed) return; // one replay per intercept: never a double post
    ic.replayed = true;
    const { trigger, composer } = ic;
    if (editor) focusEditor(editor, ic.selection);
    replaying = true;
    try {
      if (trigger.type === 'key') {
        (editor ?? composer.editor).dispatchEvent(new KeyboardEvent('keydown', { ...trigger.init, bubbles: true, cancelable: true, composed: true }));
      } else if (trigger.type === 'submit') {
        const { form, submitter } = trigger;
        if (form.isConnected) {
          const ok = submitter && submitter.isConnected && (submitter as HTMLButtonElement).form === form;
          form.requestSubmit(ok ? submitter : undefined);
        }
      } else {
        // A click, or "Post anyway" from the badge: the send button, found again (sites re-render it).
        const old = trigger.type === 'click' ? trigger.button : composer.submit;
        const button = old?.isConnected ? old : editor ? findSubmit(editor, composer.spec) : null;
        if (button) button.click();
        else if (trigger.type === 'explain' && editor && (composer.spec.sendsOnEnter || composer.spec.ctrlEnter)) {
          const init = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, ctrlKey: !composer.spec.sendsOnEnter };
          editor.dispatchEvent(new KeyboardEvent('keydown', { ...init, bubbles: true, cancelable: true, composed: true }));
        }
      }
    } finally {
      replaying = false;
    }
    // The site empties the composer after posting, usually without an input event.
    setTimeout(updateBadge, 100);
    setTimeout(updateBadge, 600);
  }

  function showUnavailable(composer: Composer): void {
    const ui = uiOrLater(() => showUnavailable(composer));
    if (!ui) return;
    const root = createUiRoot('nudge');
    let done = false;
    const close = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      // Give focus back to the composer if the notice had it (not if the person has moved on).
      const hadFocus = isOurElement(deepActiveElement());
      mounted.unmount();
      root.remove();
      const active = deepActiveElement();
      if (composer.editor.isConnected && (hadFocus || !active || active === document.body)) focusEditor(composer.editor);
    };
    const mounted = ui.mountNudge(root.root, {
      text: '',
      state: { kind: 'unavailable' },
      locked: new Map(),
      onEdit: close,
      onPostAnyway: close,
      onDismissRule: () => undefined,
    });
    const timer = setTimeout(close, 5000);
  }

  function explain(composer: Composer): void {
    if (current) return;
    const text = textOf(composer);
    const result = cache.get(keyOf(composer, text));
    if (!text.trim()) return;
    if (!result) {
      // Typed since the last check: check now, then explain.
      within(checkOf(composer, text), checkTimeoutMs)
        .then(() => {
          if (textOf(composer) === text) explain(composer);
        })
        .catch(() => undefined);
      return;
    }
    const ic: Intercept = {
      composer,
      text,
      trigger: { type: 'explain' },
      selection: selectionOf(composer.editor),
      replayed: false,
      closed: false,
    };
    current = ic;
    hideBadge();
    showNudge(ic, { kind: 'findings', findings: result.findings }, result);
  }

  // ---------------------------------------------------------------- listeners

  /** A send button pressed: start checking now, so the answer is often in by the click (~100 ms later). */
  function onPointerDown(event: PointerEvent): void {
    // Firefox moves the selection into the text of a pressed div[role=button] while focus stays in the
    // editor (no focusout): keep the caret now, so "Edit post" can put it back.
    if (focused && containsComposed(focused.editor, deepActiveElement())) {
      lastSelection = { editor: focused.editor, saved: saveSelection(focused.editor) };
    }
    const composer = composerFromSubmitPath(pathElements(event, 16), adapters);
    if (!composer || isDisabled(composer.submit)) return;
    checkInBackground(composer, textOf(composer));
  }

  function onClick(event: MouseEvent): void {
    const composer = composerFromSubmitPath(pathElements(event, 16), adapters);
    if (!composer || isDisabled(composer.submit)) return;
    gate(event, composer, { type: 'click', button: composer.submit! });
  }

  /** A key press on a send button that is not a <button> (div[role=button]): sites post on it themselves. */
  let swallowKeyup: string | null = null;

  function onKeyDown(event: KeyboardEvent): void {
    if (current?.ui && (event.key === 'Escape' || event.key === 'Esc')) {
      // Our dialog is open but focus is elsewhere: Escape means "back to my draft", not "close the site's composer".
      event.preventDefault();
      event.stopImmediatePropagation();
      finish(current, 'edit');
      return;
    }
    if (event.isComposing || event.keyCode === 229) return;
    if ((event.key === 'Enter' || event.key === ' ') && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const target = event.composedPath()[0];
      // Native buttons turn Enter/Space into a click, which onClick handles.
      if (target instanceof HTMLElement && !(target instanceof HTMLButtonElement) && !(target instanceof HTMLInputElement)) {
        const byButton = composerFromSubmitPath(pathElements(event, 4), adapters);
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
    if (!sends || suggestionsOpen(composer)) return;
    gate(event, composer, {
      type: 'key',
      init: {
        key: event.key,
        code: event.code,
        keyCode: event.keyCode,
        which: event.which,
        location: event.location,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        shiftKey: event.shiftKey,
        altKey: event.altKey,
      } as KeyboardEventInit,
    });
  }

  function onKeyUp(event: KeyboardEvent): void {
    if (swallowKeyup === null || event.key !== swallowKeyup) return;
    swallowKeyup = null;
    event.preventDefault();
    event.stopImmediatePropagation();
  }

  function onSubmit(event: SubmitEvent): void {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    for (const adapter of adapters) {
      for (const spec of adapter.composers) {
        for (const el of safeQueryAll(form, spec.editor)) {
          const composer = composerOfEditor(el, adapters);
          if (!composer || composer.spec !== spec || !textOf(composer).trim()) continue;
          gate(event, composer, { type: 'submit', form, submitter: (event.submitter as HTMLElement | null) ?? null });
          return;
        }
      }
    }
  }

  function onChange(event: Event): void {
    const input = event.composedPath()[0];
    if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
    const images = Array.from(input.files ?? []).some((f) => f.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif|avif)$/i.test(f.name));
    if (!images) return;
    // A file input inside (or near) a supported composer.
    let scope: Node | null = input.parentNode;
    for (let depth = 0; scope && depth < 10; depth++) {
      if (scope === document.body || scope === document.documentElement) break;
      for (const adapter of adapters) {
        for (const spec of adapter.composers) {
          const editor = safeQueryAll(scope as ParentNode, spec.editor).find((el) => composerOfEditor(el, adapters)?.spec === spec);
          if (editor) {
            showPhotoReminder(editor as HTMLElement);
            return;
          }
        }
      }
      scope = scope instanceof ShadowRoot ? scope.host : scope.parentNode;
    }
  }

  let photo: { root: UiRoot; mounted: Mounted<{ onDismiss(): void }> } | null = null;

  function showPhotoReminder(editor: HTMLElement): void {
    if (photo) return;
    const ui = uiOrLater(() => showPhotoReminder(editor));
    if (!ui) return;
    const root = createUiRoot('photo');
    const close = () => {
      if (!photo) return;
      clearTimeout(timer);
      photo.mounted.unmount();
      photo.root.remove();
      photo = null;
    };
    photo = { root, mounted: ui.mountPhotoReminder(root.root, { onDismiss: close }) };
    const timer = setTimeout(close, 20_000);
    const rect = editor.getBoundingClientRect();
    const top = Math.min(Math.max(8, rect.bottom + 8), window.innerHeight - 120);
    const width = Math.min(420, window.innerWidth - 16);
    root.host.style.setProperty('width', `${width}px`, 'important');
    placeHost(root.host, Math.max(8, Math.min(rect.left, window.innerWidth - width - 8)), top);
  }

  /** Every handler fails open: an exception lets the site's event through untouched. */
  const safe =
    <E extends Event>(handler: (event: E) => void) =>
    (event: E): void => {
      if (stopped || replaying) return;
      try {
        handler(event);
      } catch {
        /* fail open */
      }
    };

  const handlers: Record<Handled, (event: Event) => void> = {
    pointerdown: safe(onPointerDown as (e: Event) => void),
    click: safe(onClick as (e: Event) => void),
    keydown: safe(onKeyDown as (e: Event) => void),
    keyup: safe(onKeyUp as (e: Event) => void),
    submit: safe(onSubmit as (e: Event) => void),
    focusin: safe(onFocusIn as (e: Event) => void),
    focusout: safe(onFocusOut as (e: Event) => void),
    input: safe(onInput),
    change: safe(onChange),
  };

  const keepFocus = (host: HTMLElement) => host.getAttribute('data-tbyp-root') === 'badge';

  return {
    handle(event: Event) {
      if (stopped) return;
      try {
        if (isolateOurEvent(event, { keepFocus })) return;
      } catch {
        return;
      }
      handlers[event.type as Handled]?.(event);
    },
    reposition() {
      if (badge) placeBadge();
    },
    stop() {
      stopped = true;
      hideBadge();
      if (current) closeUi(current);
      current = null;
    },
  };
}
