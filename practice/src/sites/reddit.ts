// New Reddit comment composer: a custom element <shreddit-composer> (Reddit builds it with Lit)
// whose OPEN shadow root holds the formatting toolbar and slots. The Lexical editor
// div[role=textbox][contenteditable=true] and button[type=submit][slot="submit-button"] are
// light-DOM children of the element, inside a <form>; the form's submit handler posts.
// Evidence and date: public evidence gathered 2026-12-02 (automation scripts selecting the composer's
// [name="body"] textbox and slot="submit-button"), as in test/fixtures/sites/reddit/2026-12-02.html.
import { FORMAT_TEXT_COMMAND, type LexicalEditor } from 'lexical';
import { createLexicalBox } from '../lexical';
import { record } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

const SHADOW_CSS = `
:host { display: block; border: 1px solid #ccd3d9; border-radius: 12px; background: #fff; }
:host(:focus-within) { border-color: #0a449b; box-shadow: 0 0 0 2px #bcd4f6; }
.toolbar { display: flex; gap: 4px; padding: 6px 8px; border-bottom: 1px solid #e5ebee; }
.toolbar button { font: inherit; font-size: 0.85rem; min-width: 2rem; padding: 2px 8px; border: 1px solid transparent;
  border-radius: 6px; background: transparent; color: #1c1c1c; cursor: pointer; }
.toolbar .bold { font-weight: 700; }
.toolbar .italic { font-style: italic; font-family: Georgia, serif; }
.toolbar button:hover, .toolbar button:focus-visible { background: #eaedef; border-color: #ccd3d9; }
.body { position: relative; padding: 8px 12px; }
.footer { display: flex; justify-content: flex-end; gap: 8px; padding: 6px 8px 8px; }
`;

class ShredditComposer extends HTMLElement {
  /** The Lexical editor of the light-DOM textbox, set by the page once created. */
  editor: LexicalEditor | null = null;

  connectedCallback(): void {
    if (this.shadowRoot) return;
    const root = this.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = SHADOW_CSS;
    const toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Formatting' });
    for (const [format, label, text] of [
      ['bold', 'Bold', 'B'],
      ['italic', 'Italic', 'I'],
    ] as const) {
      const button = h('button', { type: 'button', 'aria-label': label, title: label, class: format }, text);
      // Keep the caret in the editor while formatting.
      button.addEventListener('mousedown', (e) => e.preventDefault());
      button.addEventListener('click', () => this.editor?.dispatchCommand(FORMAT_TEXT_COMMAND, format));
      toolbar.append(button);
    }
    root.append(
      style,
      toolbar,
      h('div', { class: 'body' }, h('slot', { name: 'rte' }), h('slot', { name: 'markdown' })),
      h('div', { class: 'footer' }, h('slot', { name: 'submit-button' })),
    );
  }
}

export const reddit: PracticeSite = {
  id: 'reddit',
  title: 'Reddit (new)',
  editor: 'Lexical (rich text) in a <shreddit-composer> custom element',
  howToPost: 'The Comment button.',
  mount(host) {
    if (!customElements.get('shreddit-composer')) customElements.define('shreddit-composer', ShredditComposer);

    const editable = h('div', {
      slot: 'rte',
      class: 'lx-editable reddit-editable',
      contenteditable: 'true',
      role: 'textbox',
      spellcheck: 'true',
      'aria-label': t('Comment', 'Sylw'),
      'aria-placeholder': t('Join the conversation', 'Ymunwch â’r sgwrs'),
      'aria-multiline': 'true',
    });
    const placeholder = h('div', { slot: 'rte', class: 'lx-placeholder', 'aria-hidden': 'true' }, t('Join the conversation', 'Ymunwch â’r sgwrs'));
    const submit = h('button', { type: 'submit', slot: 'submit-button', class: 'reddit-submit' }, t('Comment', 'Sylw'));
    const composer = h('shreddit-composer', { name: 'comment' }, editable, placeholder, submit) as ShredditComposer;
    const form = h('form', { class: 'reddit-form', action: '#', method: 'post', 'aria-label': 'Add a comment' }, composer);
    host.append(
      h('p', { class: 'reddit-thread' }, h('span', { class: 'reddit-sub' }, 'r/NHS'), ' · What got you through your first night shift?'),
      form,
    );

    const box = createLexicalBox(editable, {
      namespace: 'reddit',
      rich: true,
      placeholder,
      send: (text) => record('reddit', text),
    });
    composer.editor = box.editor;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      box.submit();
    });
  },
};
