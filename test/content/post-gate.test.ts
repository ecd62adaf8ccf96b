// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDraftChecks, type DraftChecks } from '../../src/content/draft-checks';
import { createDismissals, type Dismissals } from '../../src/content/dismissals';
import { createPostGate, type PostGate, type PostGateDeps } from '../../src/content/post-gate';
import type { Composer } from '../../src/content/composers';
import { clean, composeBox, fakeBackground, FINDING, hiddenRoots, realUi, removeHosts, risky, settle, shown, SITE } from './helpers';

describe('post gate', () => {
  let bg: ReturnType<typeof fakeBackground>;
  let checks: DraftChecks;
  let gate: PostGate;
  let badge: { hide: () => void; update: () => void };
  let background: PostGateDeps['background'];
  let dismissals: Dismissals;
  /** The composer last in use (the typing check's draft is drawn ahead for it). */
  let tracker: { selectionOf: PostGateDeps['tracker']['selectionOf']; focused: Composer | null };
  const listeners: [string, (e: Event) => void][] = [];

  beforeEach(() => {
    bg = fakeBackground();
    checks = createDraftChecks(bg.port);
    badge = { hide: vi.fn<() => void>(), update: vi.fn<() => void>() };
    background = {
      dismissRule: vi.fn((_ruleId: string) => Promise.resolve()),
      restoreRule: vi.fn((_ruleId: string) => Promise.resolve()),
      reportWrong: vi.fn((_ruleId: string) => Promise.resolve()),
      reconsidered: vi.fn(() => Promise.resolve()),
    };
    dismissals = createDismissals();
    tracker = { selectionOf: () => ({ kind: 'none' }), focused: null };
    gate = createPostGate({
      adapters: [SITE],
      checks,
      ui: realUi,
      tracker,
      badge,
      dismissals,
      background,
      checkTimeoutMs: 1500,
      checkingDelayMs: 150,
    });
    // As the guard wires it: window capture listeners that let our own replays through.
    const on = (type: string, handler: (e: Event) => void) => {
      const listener = (e: Event) => {
        if (!gate.isReplaying()) handler(e);
      };
      window.addEventListener(type, listener, { capture: true });
      listeners.push([type, listener]);
    };
    on('pointerdown', (e) => gate.pointerDown(e as PointerEvent));
    on('click', (e) => gate.click(e as MouseEvent));
    on('keydown', (e) => gate.keyDown(e as KeyboardEvent));
  });

  afterEach(() => {
    gate.stop();
    for (const [type, listener] of listeners.splice(0)) window.removeEventListener(type, listener, { capture: true });
    removeHosts();
  });

  const nudgeButton = (name: string) =>
    Array.from(shown('nudge')?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;

  it('lets a draft already checked clean go straight out', async () => {
    const { send, posted, composer } = composeBox('Lovely walk to work');
    const pending = checks.check(composer(), 'Lovely walk to work');
    bg.checks[0]!.answer.resolve(clean());
    await pending;
    send.click();
    expect(posted).toEqual(['Lovely walk to work']);
    expect(gate.isOpen()).toBe(false);
  });

  it('stops a draft not checked yet, shows the findings, and posts once on "Post anyway"', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919');
    send.click();
    expect(posted).toEqual([]);
    expect(gate.isOpen()).toBe(true);
    expect(badge.hide).toHaveBeenCalled();
    expect(bg.checks.map((c) => c.text)).toEqual(['NHS number 943 476 5919']);
    bg.checks[0]!.answer.resolve(risky());
    await settle();
    expect(shown('nudge')?.querySelector('[role="dialog"]')).toBeInstanceOf(Element);
    send.click(); // a second press while the nudge is open is dropped
    expect(posted).toEqual([]);
    nudgeButton('Post anyway')!.click();
    expect(posted).toEqual(['NHS number 943 476 5919']);
    expect(shown('nudge')).toBeNull();
    send.click(); // chosen once: not stopped again
    expect(posted).toHaveLength(2);
  });

  describe('a nudge drawn ahead, out of sight', () => {
    const typedAndChecked = async (text: string) => {
      const box = composeBox(text);
      tracker.focused = box.composer();
      box.editor.focus();
      const pending = checks.check(box.composer(), text);
      bg.checks[0]!.answer.resolve(risky());
      await pending;
      return box;
    };

    it('after the typing check finds something: hidden, unfocused, and shown as it is by the Post click', async () => {
      const { send, posted, editor } = await typedAndChecked('NHS number 943 476 5919');
      await vi.waitFor(() => expect(hiddenRoots('nudge')).toHaveLength(1));
      const ahead = hiddenRoots('nudge')[0]!;
      expect(ahead.querySelector('[role="dialog"]')).not.toBeNull();
      expect(shown('nudge')).toBeNull();
      expect(document.activeElement).toBe(editor); // never takes focus while out of sight
      send.click();
      expect(posted).toEqual([]);
      expect(shown('nudge')).toBe(ahead); // the same one, now shown: nothing drawn at the click
      expect(hiddenRoots('nudge')).toHaveLength(0);
      expect(ahead.activeElement?.textContent?.trim()).toBe('Edit post');
      nudgeButton('Post anyway')!.click(); // its buttons are this post's
      expect(posted).toEqual(['NHS number 943 476 5919']);
      expect(shown('nudge')).toBeNull();
    });

    it('is not shown for a draft changed since: the click checks the new text and draws its own', async () => {
      const { send, posted, editor } = await typedAndChecked('NHS number 943 476 5919');
      await vi.waitFor(() => expect(hiddenRoots('nudge')).toHaveLength(1));
      editor.value = 'NHS number 943 476 5919 and more';
      send.click();
      expect(hiddenRoots('nudge')).toHaveLength(0); // dropped
      expect(bg.checks.map((c) => c.text)).toContain('NHS number 943 476 5919 and more');
      bg.checks.at(-1)!.answer.resolve(clean());
      await settle();
      expect(shown('nudge')).toBeNull();
      expect(posted).toEqual(['NHS number 943 476 5919 and more']);
    });

    it("removed by the page's own script: the click draws the nudge afresh, so the person still sees it", async () => {
      const { send, posted } = await typedAndChecked('NHS number 943 476 5919');
      await vi.waitFor(() => expect(hiddenRoots('nudge')).toHaveLength(1));
      const removed = hiddenRoots('nudge')[0]!.host;
      removed.remove();
      send.click();
      expect(posted).toEqual([]);
      const nudge = shown('nudge');
      expect(nudge).not.toBeNull();
      expect(nudge!.host).not.toBe(removed);
      expect(nudge!.querySelector('[role="dialog"]')).not.toBeNull();
    });

    it('is drawn when the send button is pressed on a checked draft, if not already', async () => {
      const { send } = await typedAndChecked('NHS number 943 476 5919');
      tracker.focused = null; // nothing drawn after the check
      gate.stop();
      expect(hiddenRoots('nudge')).toHaveLength(0);
      send.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true, composed: true }));
      expect(hiddenRoots('nudge')).toHaveLength(1);
    });
  });

  const toastButton = (name: string) =>
    Array.from(shown('toast')?.querySelectorAll('button') ?? []).find((b) => b.textContent?.trim() === name) as HTMLButtonElement | undefined;
  const NAME = { ...FINDING, ruleId: 'patient.name-in-care', message: 'This looks like a patient\'s name.' };
  const twoFindings = () => ({ findings: [FINDING, NAME], locked: {}, titles: { 'patient.nhs-number': 'NHS numbers' } });

  it('"Not a problem here" on the last finding: the nudge closes, nothing is posted, and Undo is offered; the next press posts untouched', async () => {
    const { send, posted, editor } = composeBox('NHS number 943 476 5919');
    send.click();
    bg.checks[0]!.answer.resolve(risky());
    await settle();
    nudgeButton('Not a problem here')!.click();
    expect(shown('nudge')).toBeNull();
    expect(posted).toEqual([]); // the post waits for the person's next press
    expect(document.activeElement).toBe(editor);
    expect(shown('toast')?.textContent).toContain('set aside for this post');
    expect(background.dismissRule).not.toHaveBeenCalled(); // this draft only: nothing switched off
    send.click();
    expect(posted).toEqual(['NHS number 943 476 5919']);
    expect(gate.isOpen()).toBe(false);
  });

  it('Undo after setting the last finding aside brings it back: the next press is stopped again', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919');
    send.click();
    bg.checks[0]!.answer.resolve(risky());
    await settle();
    nudgeButton('Not a problem here')!.click();
    toastButton('Undo')!.click();
    expect(shown('toast')?.textContent).toContain('is back');
    send.click();
    expect(posted).toEqual([]);
    expect(shown('nudge')?.querySelector('[data-rule-id="patient.nhs-number"]')).toBeInstanceOf(Element);
  });

  it('"Switch this check off" asks first, naming the check; then switches it off everywhere, with Undo in the nudge', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919 for Mrs Smith');
    send.click();
    bg.checks[0]!.answer.resolve(twoFindings());
    await settle();
    const root = shown('nudge')!;
    const item = root.querySelector('[data-rule-id="patient.nhs-number"]')!;
    (Array.from(item.querySelectorAll('button')).find((b) => b.textContent === 'Switch this check off') as HTMLButtonElement).click();
    await settle();
    expect(item.textContent).toContain('Stop checking for “NHS numbers” on every site?');
    expect(background.dismissRule).not.toHaveBeenCalled();
    nudgeButton('Yes, switch it off')!.click();
    expect(background.dismissRule).toHaveBeenCalledWith('patient.nhs-number');
    await settle();
    expect(root.querySelector('[data-rule-id="patient.nhs-number"]')).toBeNull();
    expect(root.querySelector('[data-rule-id="patient.name-in-care"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="tbyp-undo"]')?.textContent).toContain('“NHS numbers” switched off on every site');
    nudgeButton('Undo')!.click();
    expect(background.restoreRule).toHaveBeenCalledWith('patient.nhs-number');
    await settle();
    expect(root.querySelector('[data-rule-id="patient.nhs-number"]')).not.toBeNull();
    expect(root.querySelector('[data-testid="tbyp-undo"]')?.textContent).toContain('is back');
    expect(posted).toEqual([]);
  });

  it('"This warning is wrong" reports the rule id (never text) and sets the finding aside for this draft', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919 for Mrs Smith');
    send.click();
    bg.checks[0]!.answer.resolve(twoFindings());
    await settle();
    const item = shown('nudge')!.querySelector('[data-rule-id="patient.name-in-care"]')!;
    (Array.from(item.querySelectorAll('button')).find((b) => b.textContent === 'This warning is wrong') as HTMLButtonElement).click();
    expect(background.reportWrong).toHaveBeenCalledWith('patient.name-in-care');
    await settle();
    expect(shown('nudge')!.querySelector('[data-rule-id="patient.name-in-care"]')).toBeNull();
    expect(posted).toEqual([]);
  });

  it('goes back to the draft on "Edit post", counted, without posting', async () => {
    const { send, posted, editor } = composeBox('NHS number 943 476 5919');
    send.click();
    bg.checks[0]!.answer.resolve(risky());
    await settle();
    nudgeButton('Edit post')!.click();
    expect(posted).toEqual([]);
    expect(background.reconsidered).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(editor);
    expect(editor.value).toBe('NHS number 943 476 5919');
  });

  it('replays the post when the check comes back clean', async () => {
    const { send, posted } = composeBox('Lovely walk to work');
    send.click();
    bg.checks[0]!.answer.resolve(clean());
    await settle();
    expect(posted).toEqual(['Lovely walk to work']);
    expect(gate.isOpen()).toBe(false);
  });

  it('fails open, never silently, when the check fails: told before it goes, posted once on "Post anyway"', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919');
    send.click();
    bg.checks[0]!.answer.reject(new Error('the extension was reloaded'));
    await settle();
    expect(posted).toEqual([]);
    expect(shown('nudge')?.querySelector('[data-state="unavailable"]')).toBeInstanceOf(Element);
    nudgeButton('Post anyway')!.click();
    await settle();
    expect(posted).toEqual(['NHS number 943 476 5919']);
  });

  it('replays the same key press (Ctrl+Enter)', async () => {
    const { editor, posted } = composeBox('NHS number 943 476 5919');
    editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.ctrlKey) posted.push(editor.value);
    });
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true, bubbles: true, cancelable: true, composed: true }));
    expect(posted).toEqual([]);
    bg.checks[0]!.answer.resolve(clean());
    await settle();
    expect(posted).toEqual(['NHS number 943 476 5919']);
  });

  it('does not stop or replay a post where checking is paused', async () => {
    const { send, posted, composer } = composeBox('NHS number 943 476 5919');
    checks.learnStatus(composer());
    bg.statuses[0]!.answer.resolve({ inactive: true, inactiveUntil: bg.port.now() + 3_600_000 });
    await settle();
    send.click();
    expect(posted).toEqual(['NHS number 943 476 5919']);
    expect(bg.checks).toHaveLength(0);
    expect(gate.isOpen()).toBe(false);
  });

  it('lets a post stopped before the pause was known go once the check says so', async () => {
    const { send, posted } = composeBox('NHS number 943 476 5919');
    send.click();
    bg.checks[0]!.answer.resolve({ findings: [], locked: {}, inactive: true });
    await settle();
    expect(posted).toEqual(['NHS number 943 476 5919']);
    send.click();
    expect(posted).toHaveLength(2); // known now: not stopped again
  });

  it('explains from the badge without stopping anything, and posts the way the composer does', async () => {
    const { posted, composer } = composeBox('NHS number 943 476 5919');
    const pending = checks.check(composer(), 'NHS number 943 476 5919');
    bg.checks[0]!.answer.resolve(risky());
    await pending;
    gate.explain(composer());
    expect(shown('nudge')?.querySelector('[role="dialog"]')).toBeInstanceOf(Element);
    nudgeButton('Post anyway')!.click();
    expect(posted).toEqual(['NHS number 943 476 5919']);
  });
});
