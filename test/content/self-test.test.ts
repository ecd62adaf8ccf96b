// @vitest-environment happy-dom
// The self-test: what it finds on a page, and a snippet with no draft or other text in it.
import { afterEach, describe, expect, it } from 'vitest';
import { markupSnippet, selfTest } from '../../src/content/self-test';
import { SITE } from './helpers';

afterEach(() => {
  document.body.innerHTML = '';
});

const DRAFT = 'Mrs Kowalczyk in bed 8 has NHS number 943 476 5919';

describe('self-test', () => {
  it("lists the adapter's composer and one only the fallback finds, with their send buttons and keys", () => {
    document.body.innerHTML = `
      <form class="composer"><textarea class="editor"></textarea><button class="send">Post</button></form>
      <div class="new"><div contenteditable="plaintext-only"></div><div role="button" aria-label="Anfon"></div></div>
      <div class="lonely"><textarea></textarea></div>`;
    const { report } = selfTest([SITE], document, () => true);
    expect(report.running).toBe(true);
    expect(report.composers).toEqual([
      { site: 'Test site', kind: 'post', by: 'adapter', send: true, keys: ['Ctrl+Enter'] },
      { site: 'Test site', kind: 'post', by: 'fallback', send: true, keys: ['Ctrl+Enter'] },
      { site: 'Test site', kind: 'post', by: 'fallback', send: false, keys: ['Ctrl+Enter'] },
    ]);
  });

  it('says when the coach does not run on the page', () => {
    expect(selfTest(null).report).toEqual({ running: false, composers: [], snippet: '' });
  });

  it('the snippet keeps tags, roles, aria-* (aria-label values too), test ids and classes; no text, no draft', () => {
    document.body.innerHTML = `<form class="composer" data-testid="box" style="color:red" title="Say hello">
      <label>Your post</label><textarea class="editor" placeholder="What is happening?" aria-label="Post text"></textarea>
      <div contenteditable="true" role="textbox" data-text="${DRAFT}" aria-placeholder="Reply to Alex"><p>${DRAFT}</p></div>
      <script>secret()</script><button class="send" type="submit" aria-disabled="false">Post <svg><path d="M0 0"></path></svg></button></form>`;
    (document.querySelector('textarea') as HTMLTextAreaElement).value = DRAFT;
    const { report } = selfTest([SITE], document, () => true);
    const snippet = report.snippet;
    expect(snippet).toContain('<form class="composer" data-testid="box">');
    expect(snippet).toContain('<textarea class="editor" aria-label="Post text"></textarea>');
    expect(snippet).toContain('<div contenteditable="true" role="textbox" aria-placeholder="…">');
    expect(snippet).toContain('<button class="send" type="submit" aria-disabled="false">');
    expect(snippet).toContain('<path></path>');
    for (const word of ['Kowalczyk', '943', 'bed', 'Your post', 'What is happening', 'Say hello', 'secret', 'color', 'Alex', 'Post <']) {
      expect(snippet).not.toContain(word);
    }
  });

  it('blanks an attribute value that holds the draft, and walks open shadow roots', () => {
    document.body.innerHTML = `<div id="root"><x-box id="host"></x-box><span data-testid="${DRAFT}"></span></div>`;
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = `<textarea name="text"></textarea>`;
    const snippet = markupSnippet(document.querySelector('#root')!, [DRAFT]);
    expect(snippet).toContain('<template shadowrootmode="open">');
    expect(snippet).toContain('<textarea name="text"></textarea>');
    expect(snippet).toContain('<span data-testid="…"></span>');
    expect(snippet).not.toContain('Kowalczyk');
  });
});
