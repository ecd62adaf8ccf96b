// @vitest-environment happy-dom
// The structural fallback: editors no adapter claims, and their send buttons found by structure alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { composerFromPath, fallbackComposer, fallbackFromSubmitPath } from '../../src/content/composers';
import { fallbackEditor, fallbackSpecOf, findFallbackSubmit } from '../../src/content/fallback';
import { createGuard, type ActiveGuard } from '../../src/content/guard';
import { tellSentUnchecked } from '../../src/content/sent-unchecked';
import { fakeBackground, realUi, removeHosts, risky, settle, shown, SITE } from './helpers';

const $ = <T extends Element = HTMLElement>(css: string) => document.querySelector<T>(css)!;
// The "sent without a check" notice sits in a closed shadow root here: watch the call instead (its
// words are checked in the browser tests, test/browser/fallback.test.ts).
vi.mock('../../src/content/sent-unchecked', () => ({ tellSentUnchecked: vi.fn() }));

afterEach(() => {
  removeHosts();
  document.body.innerHTML = '';
});

describe('which editors the fallback takes', () => {
  it('textareas and every kind of editing host, the outermost one; not inputs, comboboxes or read-only fields', () => {
    document.body.innerHTML = `
      <textarea id="t"></textarea><textarea id="ro" readonly></textarea>
      <div id="pt" contenteditable="plaintext-only"><p id="inner">x</p></div>
      <div id="ce" contenteditable=""></div><div id="off" contenteditable="false"></div>
      <div id="tb" role="textbox"></div><input id="in" role="textbox"><div id="cb" role="combobox" contenteditable="true"></div>`;
    const taken = (id: string) => fallbackEditor($(`#${id}`))?.id ?? null;
    expect(['t', 'pt', 'ce', 'tb'].map(taken)).toEqual(['t', 'pt', 'ce', 'tb']);
    expect(fallbackEditor($('#inner'))?.id ?? null).toBe(null); // a <p> inside is not an editing host by itself
    expect(['ro', 'off', 'in', 'cb'].map(taken)).toEqual([null, null, null, null]);
  });

  it('leaves an editor an adapter claims to that adapter', () => {
    document.body.innerHTML = `<form class="composer"><textarea class="editor"></textarea><button class="send">Post</button></form><div><textarea id="other"></textarea><button>Go</button></div>`;
    expect(composerFromPath([$('textarea.editor'), $('form')], [SITE])?.fallback).toBeUndefined();
    const other = composerFromPath([$('#other')], [SITE]);
    expect(other?.fallback).toBe(true);
    expect(other?.adapter.id).toBe('test'); // the page's site: its switch and pause apply
    expect(other?.spec.ctrlEnter).toBe(true);
  });
});

describe('the send button, by structure', () => {
  it("in a form: its last submit button after the editor, not the toolbar's buttons or one before the editor", () => {
    document.body.innerHTML = `<form><button id="before">Tag</button><textarea id="e"></textarea>
      <button type="button">🙂</button><button type="button" aria-haspopup="menu">More</button><button id="send">Anfon</button><button type="button">Llun</button></form>`;
    expect(findFallbackSubmit($('#e'))?.id).toBe('send');
  });

  it('in a dialog, or else the nearest ancestor with a button after the editor; role=button counts', () => {
    document.body.innerHTML = `<div role="dialog"><div><div contenteditable="plaintext-only" id="e"></div></div><div><span role="button" id="send">Postio</span></div></div>`;
    expect(findFallbackSubmit($('#e'))?.id).toBe('send');
    document.body.innerHTML = `<section><button>Far away</button><div><div role="textbox" contenteditable="true" id="e"></div><div role="button" id="send" aria-label="Envoyer"></div></div></section>`;
    expect(findFallbackSubmit($('#e'))?.id).toBe('send');
  });

  it('the button that was disabled while the draft was empty wins once typing enables it', () => {
    document.body.innerHTML = `<div><textarea id="e"></textarea><button id="send" disabled>Send</button><button id="cancel">Cancel</button></div>`;
    const editor = $<HTMLTextAreaElement>('#e');
    fallbackComposer(editor, [SITE]); // focused while empty
    editor.value = 'hello';
    $<HTMLButtonElement>('#send').disabled = false;
    expect(findFallbackSubmit(editor)?.id).toBe('send');
  });

  it('finds a button in an open shadow root after the editor', () => {
    document.body.innerHTML = `<div><textarea id="e"></textarea><x-bar id="bar"></x-bar></div>`;
    const shadow = $('#bar').attachShadow({ mode: 'open' });
    shadow.innerHTML = `<button id="send">Send</button>`;
    expect(findFallbackSubmit($('#e'))).toBe(shadow.querySelector('#send'));
  });

  it("not past the post or region the editor sits in: a feed's buttons further on are not its send button", () => {
    document.body.innerHTML = `<div role="feed"><article><div><textarea id="e"></textarea></div></article><article><button>Like</button></article></div>`;
    expect(findFallbackSubmit($('#e'))).toBeNull();
  });

  it('none when nothing after the editor can send (the badge then says "not checked here")', () => {
    document.body.innerHTML = `<main><div><button>Before</button><textarea id="e"></textarea><button aria-hidden="true">x</button></div></main>`;
    expect(findFallbackSubmit($('#e'))).toBeNull();
    expect(fallbackComposer($('#e'), [SITE])?.submit).toBeNull();
  });

  it('a click on the send button leads back to the fallback composer last in use', () => {
    document.body.innerHTML = `<div><textarea id="e"></textarea><button id="send"><span id="icon"></span></button></div>`;
    const last = fallbackComposer($('#e'), [SITE]);
    expect(fallbackFromSubmitPath([$('#icon'), $('#send')], last)?.submit?.id).toBe('send');
    expect(fallbackFromSubmitPath([$('#e')], last)).toBeNull();
  });
});

describe('the guard with the fallback', () => {
  const TYPES = ['focusin', 'focusout', 'input', 'click', 'keydown', 'keyup', 'pointerdown', 'submit'];
  let guard: ActiveGuard | null = null;
  const dispatch = (e: Event) => guard?.handle(e);
  afterEach(() => {
    guard?.stop();
    guard = null;
    for (const type of TYPES) window.removeEventListener(type, dispatch, true);
  });

  function start() {
    const bg = fakeBackground();
    guard = createGuard([SITE], { typingDelayMs: 0 }, {
      checker: bg.port,
      ui: realUi,
      background: { dismissRule: vi.fn(() => Promise.resolve()), restoreRule: vi.fn(() => Promise.resolve()), reportWrong: vi.fn(() => Promise.resolve()), reconsidered: vi.fn(() => Promise.resolve()), warm: vi.fn() },
      onSettingsChanged: () => undefined,
    });
    for (const type of TYPES) window.addEventListener(type, dispatch, true);
    return bg;
  }

  /** A composer no adapter knows: a plaintext-only editor and a Welsh icon button, on a supported site. */
  function unknownComposer(text: string) {
    document.body.innerHTML = `<div class="new-box"><div id="e" contenteditable="plaintext-only">${text}</div><div role="button" id="send" aria-label="Anfon"><svg></svg></div></div>`;
    const posted: string[] = [];
    const editor = $('#e');
    $('#send').addEventListener('click', () => posted.push(editor.textContent ?? ''));
    editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && e.ctrlKey && !e.defaultPrevented) posted.push(editor.textContent ?? '');
    });
    return { editor, send: $('#send'), posted };
  }

  it('stops a risky post from its send button and from Ctrl+Enter, shows the nudge, and never touches the draft', async () => {
    const bg = start();
    const { editor, send, posted } = unknownComposer('NHS number 943 476 5919');
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    bg.statuses[0]?.answer.resolve({});
    await settle();
    send.click();
    expect(posted).toEqual([]);
    bg.checks.at(-1)!.answer.resolve(risky());
    await settle();
    expect(shown('nudge')?.querySelector('[role="dialog"]')).toBeInstanceOf(Element);
    expect(editor.textContent).toBe('NHS number 943 476 5919');
    (shown('nudge')!.querySelector('button') as HTMLButtonElement | null)?.focus();
    guard!.stop();
    removeHosts();

    const bg2 = start();
    editor.focus();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true, cancelable: true }));
    expect(posted).toEqual([]);
    expect(bg2.checks.map((c) => c.text)).toContain('NHS number 943 476 5919');
    expect(editor.textContent).toBe('NHS number 943 476 5919');
  });

  it('a chat line (enterkeyhint="send" or aria-multiline="false"): a bare Enter is checked; elsewhere Enter is a new line', async () => {
    document.body.innerHTML = `<div id="a" contenteditable="true" enterkeyhint="send"></div><div id="b" role="textbox" contenteditable="true" aria-multiline="false"></div><textarea id="c"></textarea>`;
    expect(fallbackSpecOf($('#a')).sendsOnEnter).toBe(true);
    expect(fallbackSpecOf($('#b')).sendsOnEnter).toBe(true);
    expect(fallbackSpecOf($('#c')).sendsOnEnter).toBeUndefined();
    expect(fallbackSpecOf($('#c')).ctrlEnter).toBe(true);

    const bg = start();
    document.body.innerHTML = `<div class="chat"><div id="e" contenteditable="true" enterkeyhint="send">NHS number 943 476 5919</div></div>`;
    const editor = $('#e');
    const posted: string[] = [];
    editor.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.defaultPrevented) posted.push(editor.textContent ?? '');
    });
    editor.focus();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(posted).toEqual([]);
    expect(bg.checks.map((c) => c.text)).toContain('NHS number 943 476 5919');
    expect(editor.textContent).toBe('NHS number 943 476 5919');
  });

  it('a box that turns out to send on a bare Enter: the person is told it went unchecked, and the next Enter is checked', async () => {
    vi.mocked(tellSentUnchecked).mockClear();
    const bg = start();
    document.body.innerHTML = `<div class="chat"><div id="e" contenteditable="plaintext-only">See you at 9</div></div>`;
    const editor = $('#e');
    const posted: string[] = [];
    editor.addEventListener('keydown', (e) => {
      if (e.key !== 'Enter' || e.shiftKey || e.defaultPrevented) return;
      posted.push(editor.textContent ?? '');
      editor.textContent = '';
    });
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    bg.statuses[0]?.answer.resolve({});
    await settle();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(posted).toEqual(['See you at 9']); // taken for a new line: not held
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(tellSentUnchecked).toHaveBeenCalledTimes(1);
    expect(fallbackSpecOf(editor).sendsOnEnter).toBe(true);

    editor.textContent = 'NHS number 943 476 5919';
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    expect(posted).toEqual(['See you at 9']);
    expect(bg.checks.map((c) => c.text)).toContain('NHS number 943 476 5919');
  });

  it('a bare Enter that leaves the draft in place (a new line) teaches nothing and tells nothing', async () => {
    vi.mocked(tellSentUnchecked).mockClear();
    const bg = start();
    document.body.innerHTML = `<div class="box"><div id="e" contenteditable="plaintext-only">Line one</div></div>`;
    const editor = $('#e');
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    bg.statuses[0]?.answer.resolve({});
    await settle();
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(tellSentUnchecked).not.toHaveBeenCalled();
    expect(fallbackSpecOf(editor).sendsOnEnter).toBeUndefined();
  });

  it('lets a clean post out through the same button', async () => {
    const bg = start();
    const { editor, send, posted } = unknownComposer('Lovely walk today');
    editor.focus();
    editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    await settle();
    send.click();
    bg.checks.at(-1)!.answer.resolve({ findings: [], locked: {} });
    await settle();
    expect(posted).toEqual(['Lovely walk today']);
  });
});

describe('"not checked here"', () => {
  it('the typing badge says so, in words, for a focused editor with no send button found', async () => {
    const bg = fakeBackground();
    const guard = createGuard([SITE], { typingDelayMs: 0 }, {
      checker: bg.port,
      ui: realUi,
      background: { dismissRule: vi.fn(() => Promise.resolve()), restoreRule: vi.fn(() => Promise.resolve()), reportWrong: vi.fn(() => Promise.resolve()), reconsidered: vi.fn(() => Promise.resolve()), warm: vi.fn() },
      onSettingsChanged: () => undefined,
    });
    const dispatch = (e: Event) => guard.handle(e);
    for (const type of ['focusin', 'input']) window.addEventListener(type, dispatch, true);
    try {
      document.body.innerHTML = `<main><div><textarea id="e"></textarea></div></main>`;
      const editor = $<HTMLTextAreaElement>('#e');
      editor.focus();
      editor.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
      editor.value = 'Hello there';
      editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 40));
      const badge = shown('badge')?.querySelector('[data-state="not-checked"]');
      expect(badge?.textContent).toBe('Not checked here');
      expect(badge?.getAttribute('aria-label')).toMatch(/^Not checked here: /);
      expect(editor.value).toBe('Hello there');
    } finally {
      guard.stop();
      for (const type of ['focusin', 'input']) window.removeEventListener(type, dispatch, true);
    }
  });
});
