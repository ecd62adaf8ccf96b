// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Composer } from '../../src/content/composers';
import { createDraftChecks, type DraftChecks } from '../../src/content/draft-checks';
import { createDismissals } from '../../src/content/dismissals';
import { createTypingBadge, type TypingBadge } from '../../src/content/typing-badge';
import { badgeLabel, clean, composeBox, fakeBackground, realUi, risky, settle, shown } from './helpers';

describe('typing badge', () => {
  let bg: ReturnType<typeof fakeBackground>;
  let checks: DraftChecks;
  let badge: TypingBadge;
  let focused: Composer | null;
  let nudgeOpen: boolean;
  const explain = vi.fn();

  beforeEach(() => {
    bg = fakeBackground();
    checks = createDraftChecks(bg.port);
    focused = null;
    nudgeOpen = false;
    badge = createTypingBadge({
      tracker: { get focused() { return focused; } },
      checks,
      ui: realUi,
      typingDelayMs: 400,
      explain,
      nudgeOpen: () => nudgeOpen,
      dismissals: createDismissals(),
    });
    checks.onChange(() => badge.update());
  });

  afterEach(() => {
    badge.stop();
    vi.useRealTimers();
  });

  it('checks the draft once typing pauses and shows the count', async () => {
    vi.useFakeTimers();
    const { editor, composer } = composeBox('NHS number 943 476 5919');
    focused = composer();
    editor.focus();
    badge.draftChanged(focused);
    badge.draftChanged(focused);
    expect(bg.checks).toHaveLength(0);
    vi.advanceTimersByTime(400);
    expect(bg.checks).toHaveLength(1); // once, after the pause
    expect(badgeLabel()).toBe('Checking your post');
    bg.checks[0]!.answer.resolve(risky());
    vi.useRealTimers();
    await settle();
    expect(badgeLabel()).toBe('Important: 1 thing to check before you post');
    (shown('badge')!.querySelector('button') as HTMLButtonElement).click();
    expect(explain).toHaveBeenCalledWith(focused);
  });

  it('Alt+Shift+T in the compose box opens the explanation; the page\'s own synthetic key does not', async () => {
    const { editor, composer } = composeBox('NHS number 943 476 5919');
    focused = composer();
    editor.focus();
    const key = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { key: 'T', code: 'KeyT', altKey: true, shiftKey: true, bubbles: true, cancelable: true, ...init });
    const synthetic = key({});
    expect(badge.shortcut(synthetic)).toBe(false); // untrusted
    const trusted = key({});
    Object.defineProperty(trusted, 'isTrusted', { value: true });
    expect(badge.shortcut(trusted)).toBe(true);
    expect(trusted.defaultPrevented).toBe(true);
    expect(explain).toHaveBeenCalledWith(focused);
    const plain = key({ altKey: false });
    Object.defineProperty(plain, 'isTrusted', { value: true });
    expect(badge.shortcut(plain)).toBe(false);
  });

  it('says "Nothing to flag" for a clean draft', async () => {
    const { editor, composer } = composeBox('Lovely walk');
    focused = composer();
    editor.focus();
    const pending = checks.check(focused, 'Lovely walk');
    bg.checks[0]!.answer.resolve(clean());
    await pending;
    await settle();
    expect(badgeLabel()).toBe('Nothing to flag');
  });

  it('says the coach is paused where checking is off, and checks nothing', async () => {
    vi.useFakeTimers();
    const { editor, composer } = composeBox('NHS number 943 476 5919');
    focused = composer();
    editor.focus();
    checks.learnStatus(focused);
    bg.statuses[0]!.answer.resolve({ inactive: true });
    await vi.advanceTimersByTimeAsync(0);
    expect(badgeLabel()).toBe('The coach is paused here: posts are not checked');
    expect(shown('badge')!.querySelector('button')).toBeNull();
    badge.draftChanged(focused);
    vi.advanceTimersByTime(400);
    expect(bg.checks).toHaveLength(0);
  });

  it('hides for an empty draft, an unfocused editor or an open nudge', () => {
    const { editor, send, composer } = composeBox('');
    focused = composer();
    editor.focus();
    badge.update();
    expect(shown('badge')).toBeNull();
    editor.value = 'Something';
    badge.update();
    expect(shown('badge')).not.toBeNull();
    nudgeOpen = true;
    badge.update();
    expect(shown('badge')).toBeNull();
    nudgeOpen = false;
    send.focus();
    badge.update();
    expect(shown('badge')).toBeNull();
  });
});
