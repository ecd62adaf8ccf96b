// @vitest-environment happy-dom
// The wiring: the guard's parts together, fed by window capture listeners as in the content script.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createGuard, type ActiveGuard } from '../../src/content/guard';
import { badgeLabel, composeBox, fakeBackground, realUi, risky, settle, shown, SITE } from './helpers';

const TYPES = ['focusin', 'focusout', 'input', 'click', 'keydown', 'keyup', 'pointerdown', 'submit', 'change'];

function start() {
  const bg = fakeBackground();
  let settingsChanged = () => undefined as void;
  const guard: ActiveGuard = createGuard([SITE], { typingDelayMs: 0 }, {
    checker: bg.port,
    ui: realUi,
    background: { dismissRule: vi.fn((_ruleId: string) => Promise.resolve()), restoreRule: vi.fn((_ruleId: string) => Promise.resolve()), reportWrong: vi.fn((_ruleId: string) => Promise.resolve()), reconsidered: vi.fn(() => Promise.resolve()), warm: vi.fn<() => void>() },
    onSettingsChanged: (listener) => {
      settingsChanged = listener;
    },
  });
  const dispatch = (e: Event) => guard.handle(e);
  for (const type of TYPES) window.addEventListener(type, dispatch, true);
  return {
    bg,
    guard,
    changeSettings: () => settingsChanged(),
    stop() {
      guard.stop();
      for (const type of TYPES) window.removeEventListener(type, dispatch, true);
    },
  };
}

describe('content guard', () => {
  let running: ReturnType<typeof start> | null = null;
  afterEach(() => running?.stop());

  it('on a paused site says so on the badge and lets a risky post through; after a resume it stops it again', async () => {
    running = start();
    const { bg } = running;
    const { editor, send, posted } = composeBox('NHS number 943 476 5919');
    editor.focus();
    expect(bg.statuses.map((s) => s.site)).toEqual(['test']);
    bg.statuses[0]!.answer.resolve({ inactive: true, inactiveUntil: bg.port.now() + 3_600_000 });
    await settle();
    expect(badgeLabel()).toBe('The coach is paused here: posts are not checked');
    send.click();
    expect(posted).toHaveLength(1);
    expect(shown('nudge')).toBeNull();

    // Resumed: settings change, the status is asked again.
    editor.focus();
    running.changeSettings();
    expect(bg.statuses).toHaveLength(2);
    bg.statuses[1]!.answer.resolve({});
    await settle();
    expect(badgeLabel()).not.toBe('The coach is paused here: posts are not checked');
    send.click();
    expect(posted).toHaveLength(1); // stopped
    bg.checks.at(-1)!.answer.resolve(risky());
    await settle();
    expect(shown('nudge')?.querySelector('[role="dialog"]')).toBeInstanceOf(Element);
  });

  it("ignores the page's synthetic clicks and keys on the nudge (closed root): nothing posted, no rule switched off", async () => {
    running = start();
    const { bg } = running;
    const { editor, send, posted } = composeBox('NHS number 943 476 5919');
    editor.focus();
    bg.statuses[0]!.answer.resolve({});
    await settle();
    send.click();
    bg.checks.at(-1)!.answer.resolve(risky());
    await settle();
    const nudge = shown('nudge')!;
    expect(nudge.querySelector('[role="dialog"]')).not.toBeNull();
    const host = nudge.host as HTMLElement;
    expect(host.shadowRoot).toBeNull(); // closed
    expect(host.tagName).toBe('DIV');
    expect(host.getAttributeNames()).toEqual(['style']);
    // Only our own code holds the root; the clicks stand for what a page could do if it ever got a button.
    for (const button of Array.from(nudge.querySelectorAll('button'))) button.click();
    host.click();
    for (const target of [host, document, window] as EventTarget[]) {
      for (const key of ['Escape', 'Enter', ' ']) target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }));
    }
    await settle();
    expect(posted).toEqual([]);
    expect(nudge.querySelector('[role="dialog"]')).not.toBeNull();
    expect(nudge.querySelectorAll('[data-rule-id]')).toHaveLength(1);
  });

  it('lets the site have every event once stopped', () => {
    running = start();
    const { send, posted } = composeBox('NHS number 943 476 5919');
    running.guard.stop();
    send.click();
    expect(posted).toHaveLength(1);
  });
});
