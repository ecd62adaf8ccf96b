// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createPhotoReminder } from '../../src/content/photo-reminder';
import { composeBox, realUi, shown, SITE } from './helpers';

function choose(input: HTMLInputElement, files: File[]): void {
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

describe('photo reminder', () => {
  const reminder = createPhotoReminder([SITE], realUi);
  const listener = (e: Event) => reminder.change(e);
  window.addEventListener('change', listener, true);
  window.addEventListener('click', (e) => reminder.click(e), true);

  afterEach(() => reminder.stop());

  it('shows when an image is added to a compose box, and can be dismissed', () => {
    composeBox('Our new ward');
    choose(document.querySelector<HTMLInputElement>('input.media')!, [new File(['x'], 'ward.jpg', { type: 'image/jpeg' })]);
    const root = shown('photo');
    expect(root).not.toBeNull();
    const close = Array.from(root!.querySelectorAll('button')).at(-1)!;
    close.click();
    expect(shown('photo')).toBeNull();
  });

  it('goes once the post is sent (its send button pressed), and when the site clears the attachment', async () => {
    const { send } = composeBox('Our new ward');
    const input = document.querySelector<HTMLInputElement>('input.media')!;
    choose(input, [new File(['x'], 'ward.jpg', { type: 'image/jpeg' })]);
    expect(shown('photo')).not.toBeNull();
    send.click();
    expect(shown('photo')).toBeNull();

    choose(input, [new File(['x'], 'ward.jpg', { type: 'image/jpeg' })]);
    expect(shown('photo')).not.toBeNull();
    Object.defineProperty(input, 'files', { value: [], configurable: true }); // the site posted and emptied the composer
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(shown('photo')).toBeNull();
  });

  it('knows an image by its name when the type is missing', () => {
    composeBox();
    choose(document.querySelector<HTMLInputElement>('input.media')!, [new File(['x'], 'IMG_0001.HEIC')]);
    expect(shown('photo')).not.toBeNull();
  });

  it('stays away for other files and for file inputs away from a compose box', () => {
    composeBox();
    choose(document.querySelector<HTMLInputElement>('input.media')!, [new File(['x'], 'notes.pdf', { type: 'application/pdf' })]);
    expect(shown('photo')).toBeNull();
    const elsewhere = document.createElement('input');
    elsewhere.type = 'file';
    document.body.append(elsewhere);
    choose(elsewhere, [new File(['x'], 'cat.png', { type: 'image/png' })]);
    expect(shown('photo')).toBeNull();
  });
});
