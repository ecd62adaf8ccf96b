// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createComposerTracker } from '../../src/content/composer-tracker';
import { composeBox, settle, SITE } from './helpers';

function tracked() {
  const on = { focused: vi.fn(), draftChanged: vi.fn(), left: vi.fn() };
  return { on, tracker: createComposerTracker([SITE], on) };
}

/** Our window capture listener, as the guard adds it. */
function listen(tracker: ReturnType<typeof tracked>['tracker']) {
  const focusIn = (e: Event) => tracker.focusIn(e as FocusEvent);
  const focusOut = (e: Event) => tracker.focusOut(e as FocusEvent);
  const input = (e: Event) => tracker.input(e);
  window.addEventListener('focusin', focusIn, true);
  window.addEventListener('focusout', focusOut, true);
  window.addEventListener('input', input, true);
  return () => {
    window.removeEventListener('focusin', focusIn, true);
    window.removeEventListener('focusout', focusOut, true);
    window.removeEventListener('input', input, true);
  };
}

describe('composer tracker', () => {
  it('follows focus into a compose box and out of it', async () => {
    const { on, tracker } = tracked();
    const stop = listen(tracker);
    const { editor, send } = composeBox('Hello');
    expect(tracker.focused).toBeNull();
    editor.focus();
    expect(on.focused).toHaveBeenCalledTimes(1);
    expect(tracker.focused?.editor).toBe(editor);
    expect(tracker.focused?.submit).toBe(send);
    send.focus();
    await settle();
    expect(on.left).toHaveBeenCalledTimes(1);
    stop();
  });

  it('ignores fields no adapter claims', () => {
    const { on, tracker } = tracked();
    const stop = listen(tracker);
    document.body.innerHTML = '<input type="search" class="search">';
    document.querySelector<HTMLInputElement>('input.search')!.focus();
    expect(on.focused).not.toHaveBeenCalled();
    expect(tracker.focused).toBeNull();
    stop();
  });

  it('reports typing, also in a compose box typed in without a focus event first', () => {
    const { on, tracker } = tracked();
    const stop = listen(tracker);
    const { editor } = composeBox();
    editor.value = 'Hi';
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(on.draftChanged).toHaveBeenCalledTimes(1);
    expect(tracker.focused?.editor).toBe(editor);
    editor.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    expect(on.draftChanged).toHaveBeenCalledTimes(2);
    stop();
  });

  it('sees a contenteditable editor change without input events (pastes, the site clearing it)', async () => {
    const site = { ...SITE, composers: [{ ...SITE.composers[0]!, editor: 'div.editor[contenteditable="true"]' }] };
    const on = { focused: vi.fn(), draftChanged: vi.fn(), left: vi.fn() };
    const tracker = createComposerTracker([site], on);
    document.body.innerHTML = '<form class="composer"><div class="editor" contenteditable="true"><p>Hi</p></div><button class="send">Post</button></form>';
    const editor = document.querySelector<HTMLElement>('div.editor')!;
    const focusIn = (e: Event) => tracker.focusIn(e as FocusEvent);
    window.addEventListener('focusin', focusIn, true);
    editor.focus();
    editor.firstElementChild!.textContent = '';
    await settle();
    expect(on.draftChanged).toHaveBeenCalled();
    tracker.stop();
    on.draftChanged.mockClear();
    editor.firstElementChild!.textContent = 'again';
    await settle();
    expect(on.draftChanged).not.toHaveBeenCalled();
    window.removeEventListener('focusin', focusIn, true);
  });

  it('keeps the caret from when focus left the editor', () => {
    const { tracker } = tracked();
    const stop = listen(tracker);
    const { editor, send } = composeBox('Hello there');
    editor.focus();
    editor.setSelectionRange(2, 5);
    expect(tracker.selectionOf(editor)).toMatchObject({ kind: 'field', start: 2, end: 5 });
    send.focus();
    editor.setSelectionRange(0, 0);
    expect(tracker.selectionOf(editor)).toMatchObject({ kind: 'field', start: 2, end: 5 });
    stop();
  });
});
