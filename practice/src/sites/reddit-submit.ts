// New Reddit's post submission page (/r/<sub>/submit), rebuilt from the evidence gathered 2026-12-02 (see
// test/fixtures/sites/reddit/2026-12-02.html): <r-post-composer-form> holds the title (a textarea in
// <faceplate-textarea-input name="title">'s open shadow root), the body's <shreddit-composer name="body">
// with its light-DOM Lexical textbox, and after it <r-post-form-submit-button id="submit-post-button">,
// whose OPEN shadow root holds button#inner-save-draft-button ("Save Draft") and
// button#inner-post-submit-button ("Post"). The title is filled in already here (Reddit's Post waits for a
// title); title and body are checked together. No keyboard path.
import { createLexicalBox } from '../lexical';
import { record, tidy } from '../record';
import { h, shadowTextarea, type PracticeSite } from '../site';
import { t } from '../lang';

class PostFormSubmitButton extends HTMLElement {
  readonly post = h('button', { id: 'inner-post-submit-button', type: 'button', class: 'reddit-submit' });
  readonly saveDraft = h('button', { id: 'inner-save-draft-button', type: 'button', class: 'reddit-save-draft' });

  constructor() {
    super();
    this.post.textContent = t('Post', 'Postio');
    this.saveDraft.textContent = t('Save Draft', 'Cadw drafft');
    const style = h('style');
    style.textContent = `button { font: inherit; border-radius: 999px; padding: 6px 14px; margin-left: 8px; cursor: pointer; }
.reddit-submit { background: #0a449b; color: #fff; border: 1px solid #0a449b; }
.reddit-submit:disabled { background: #e5ebee; color: #576f76; border-color: #e5ebee; cursor: default; }
.reddit-save-draft { background: #fff; color: #0a449b; border: 1px solid #0a449b; }
button:focus-visible { outline: 2px solid #0a449b; outline-offset: 2px; }`;
    this.attachShadow({ mode: 'open' }).append(style, this.saveDraft, this.post);
  }
}

export const redditSubmit: PracticeSite = {
  id: 'reddit-submit',
  title: 'Reddit (new): create post',
  editor: 'Lexical (rich text) in <shreddit-composer name="body"> in <r-post-composer-form>',
  howToPost: 'The Post button (in its own shadow root, after the body).',
  mount(host) {
    // <shreddit-composer> is defined by the comment practice composer (reddit.ts).
    if (!customElements.get('r-post-form-submit-button')) customElements.define('r-post-form-submit-button', PostFormSubmitButton);
    const title = shadowTextarea('faceplate-textarea-input', {
      name: 'title',
      rows: '1',
      'aria-label': t('Title', 'Teitl'),
      style: 'width: 100%; box-sizing: border-box; font: inherit; border: 1px solid #ccd3d9; border-radius: 12px; padding: 8px 12px;',
    });
    title.setAttribute('name', 'title');
    title.textarea.value = t('Night shift tips', 'Awgrymiadau shifft nos');

    const editable = h('div', {
      slot: 'rte',
      class: 'lx-editable reddit-editable',
      contenteditable: 'true',
      role: 'textbox',
      name: 'body',
      spellcheck: 'true',
      'aria-label': t('Post body text field', 'Maes testun corff y post'),
      'aria-multiline': 'true',
    });
    const placeholder = h('div', { slot: 'rte', class: 'lx-placeholder', 'aria-hidden': 'true' }, t('Body text (optional)', 'Testun y corff (dewisol)'));
    const body = h('shreddit-composer', { id: 'post-composer_bodytext', name: 'body', mode: 'richText' }, editable, placeholder);
    const submit = h('r-post-form-submit-button', { id: 'submit-post-button' }) as PostFormSubmitButton;
    const form = h(
      'r-post-composer-form',
      { 'subreddit-name': 'NHS' },
      h('section', {}, h('faceplate-form-section', {}, h('fieldset', { class: 'reddit-title' }, title)), body, h('div', { class: 'reddit-post-footer' }, submit)),
    );
    host.append(h('p', { class: 'reddit-thread' }, h('span', { class: 'reddit-sub' }, 'r/NHS'), t(' · Create post', ' · Creu post')), form);

    const box = createLexicalBox(editable, { namespace: 'reddit-submit', rich: true, placeholder, send: (text) => record('reddit-submit', text) });
    const sync = () => {
      submit.post.disabled = tidy(title.textarea.value) === '';
    };
    title.textarea.addEventListener('input', sync);
    sync();
    submit.post.addEventListener('click', () => box.submit());
    // Saving a draft never posts (and is never the send button).
    submit.saveDraft.addEventListener('click', () => undefined);
  },
};
