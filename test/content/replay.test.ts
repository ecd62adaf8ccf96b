// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { composerOfEditor } from '../../src/content/composers';
import { keyTrigger, replayTrigger } from '../../src/content/replay';
import { composeBox, SITE } from './helpers';

describe('replay', () => {
  it('submits the form again with the same submit button', () => {
    document.body.innerHTML = `<form class="composer"><textarea class="editor">Hi</textarea><button type="submit" class="send" name="go" value="1">Post</button></form>`;
    const form = document.querySelector('form')!;
    const editor = document.querySelector<HTMLTextAreaElement>('textarea')!;
    const submitter = document.querySelector<HTMLButtonElement>('button')!;
    const submitted: (HTMLElement | null)[] = [];
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted.push((e as SubmitEvent).submitter);
    });
    replayTrigger({ type: 'submit', form, submitter }, composerOfEditor(editor, [SITE])!, editor);
    expect(submitted).toEqual([submitter]);
  });

  it('clicks the send button found again when the site re-rendered it', () => {
    const { editor, posted, composer } = composeBox('Hello');
    const c = composer();
    const old = c.submit!;
    const fresh = old.cloneNode(true) as HTMLButtonElement;
    fresh.addEventListener('click', () => posted.push(`fresh: ${editor.value}`));
    old.replaceWith(fresh);
    replayTrigger({ type: 'click', button: old }, c, editor);
    expect(posted).toEqual(['fresh: Hello']);
  });

  it('presses the same keys again, on the editor', () => {
    const { editor, composer } = composeBox('Hello');
    const seen: string[] = [];
    editor.addEventListener('keydown', (e) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`));
    const original = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', ctrlKey: true });
    replayTrigger(keyTrigger(original), composer(), editor);
    expect(seen).toEqual(['Ctrl+Enter']);
  });

  it('posts from the badge by keyboard when the composer has no send button', () => {
    const { editor, send, composer } = composeBox('Hello');
    const c = composer();
    send.remove();
    const seen: string[] = [];
    editor.addEventListener('keydown', (e) => seen.push(`${e.ctrlKey ? 'Ctrl+' : ''}${e.key}`));
    replayTrigger({ type: 'explain' }, { ...c, submit: null }, editor);
    expect(seen).toEqual(['Ctrl+Enter']); // SITE's composer posts with Ctrl+Enter
  });
});
