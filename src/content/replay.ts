// What started a post attempt, and how to send the post again exactly that way once the person chose
// "Post anyway" (or the check came back clean after the event was stopped).
import { findSubmit, type Composer } from './composers';

export type Trigger =
  | { type: 'click'; button: HTMLElement }
  | { type: 'key'; init: KeyboardEventInit }
  | { type: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null }
  /** Opened from the badge: nothing was stopped; "Post anyway" posts the way the composer does. */
  | { type: 'explain' };

/** The parts of a key press needed to press the same key again. */
export function keyTrigger(event: KeyboardEvent): Trigger {
  return {
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
  };
}

/**
 * Send the post the way `trigger` would have: the same key in the editor, the form's submit, or a click
 * on the send button (found again if the site re-rendered it). The caller lets its own listeners pass
 * these events (never rely on isTrusted) and makes sure it happens once.
 */
export function replayTrigger(trigger: Trigger, composer: Composer, editor: HTMLElement | null): void {
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
}
