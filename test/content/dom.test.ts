// @vitest-environment happy-dom
// Reading a draft: a rich editor's text is read again only when its markup has changed (reading innerText
// makes the page lay itself out).
import { afterEach, describe, expect, it } from 'vitest';
import { readText } from '../../src/content/dom';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A contenteditable whose innerText reads are counted. */
function countedEditor(html: string): { editor: HTMLElement; reads: () => number } {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  const editor = document.querySelector<HTMLElement>('[contenteditable]')!;
  let reads = 0;
  Object.defineProperty(editor, 'innerText', {
    get() {
      reads++;
      return editor.textContent;
    },
  });
  return { editor, reads: () => reads };
}

describe('readText', () => {
  it('reads block by block, zero-width characters and no-break spaces cleaned', () => {
    document.body.innerHTML = '<div contenteditable="true"><p>Bed\u00a04</p><p>Mrs\u200b Jones</p></div>';
    expect(readText(document.querySelector('[contenteditable]')!)).toBe('Bed 4\nMrs Jones');
  });

  it('reads an unchanged editor once, and again as soon as its markup changes', () => {
    const { editor, reads } = countedEditor('Mrs Jones in bed 4');
    expect(readText(editor)).toBe('Mrs Jones in bed 4');
    expect(readText(editor)).toBe('Mrs Jones in bed 4');
    expect(reads()).toBe(1);
    editor.append(' went home');
    expect(readText(editor)).toBe('Mrs Jones in bed 4 went home');
    expect(reads()).toBe(2);
    editor.innerHTML = 'Mrs Jones in bed <b>5</b>';
    expect(readText(editor)).toBe('Mrs Jones in bed 5');
    expect(reads()).toBe(3);
  });

  it('reads a textarea by its value every time', () => {
    document.body.innerHTML = '<textarea></textarea>';
    const box = document.querySelector('textarea')!;
    box.value = 'first';
    expect(readText(box)).toBe('first');
    box.value = 'second';
    expect(readText(box)).toBe('second');
  });
});
