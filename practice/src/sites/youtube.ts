// YouTube comment box: a <ytd-commentbox> custom element (YouTube's Polymer elements render
// into the light DOM, so document.querySelector reaches inside) with a plain contenteditable
// #contenteditable-root and #submit-button button (disabled while empty).
// Evidence and date: automation scripts typing into #contenteditable-root and clicking #submit-button,
// gathered 2026-12-02, as in test/fixtures/sites/youtube/2026-12-02.html.
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

class YtdCommentbox extends HTMLElement {
  private built = false;

  connectedCallback(): void {
    if (this.built) return;
    this.built = true;
    const root = h('div', {
      id: 'contenteditable-root',
      contenteditable: 'true',
      class: 'style-scope yt-formatted-string',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': t('Add a comment…', 'Ychwanegwch sylw…'),
      'aria-placeholder': t('Add a comment…', 'Ychwanegwch sylw…'),
      spellcheck: 'true',
      tabindex: '0',
    });
    const submit = h('button', { type: 'button', 'aria-label': t('Comment', 'Sylw'), class: 'yt-spec-button-shape-next', disabled: true }, t('Comment', 'Sylw'));
    const cancel = h('button', { type: 'button', 'aria-label': t('Cancel', 'Canslo'), class: 'yt-spec-button-shape-next yt-cancel' }, t('Cancel', 'Canslo'));
    this.append(
      h(
        'div',
        { id: 'main', class: 'style-scope ytd-commentbox' },
        h('span', { id: 'author-thumbnail', class: 'yt-avatar', 'aria-hidden': 'true' }, 'A'),
        h(
          'div',
          { id: 'creation-box', class: 'style-scope ytd-commentbox' },
          h('div', { id: 'contenteditable-textarea', class: 'style-scope yt-formatted-string' }, root),
          h(
            'div',
            { id: 'footer', class: 'style-scope ytd-commentbox' },
            h(
              'div',
              { id: 'buttons', class: 'style-scope ytd-commentbox' },
              h('ytd-button-renderer', { id: 'cancel-button', class: 'style-scope ytd-commentbox' }, cancel),
              h('ytd-button-renderer', { id: 'submit-button', class: 'style-scope ytd-commentbox' }, submit),
            ),
          ),
        ),
      ),
    );

    const text = () => tidy(root.innerText);
    const sync = () => {
      submit.disabled = text() === '';
      // A contenteditable keeps a stray <br> after deleting everything: drop it so the placeholder shows.
      if (text() === '' && root.childNodes.length > 0 && root.textContent === '') root.replaceChildren();
    };
    root.addEventListener('input', sync);
    cancel.addEventListener('click', () => {
      root.replaceChildren();
      sync();
    });
    submit.addEventListener('click', () => {
      const comment = text();
      if (!comment) return;
      record('youtube', comment);
      root.replaceChildren();
      sync();
    });
  }
}

export const youtube: PracticeSite = {
  id: 'youtube',
  title: 'YouTube: comment',
  editor: 'plain contenteditable in a <ytd-commentbox> custom element',
  howToPost: 'The Comment button.',
  mount(host) {
    if (!customElements.get('ytd-commentbox')) customElements.define('ytd-commentbox', YtdCommentbox);
    host.append(
      h('p', { class: 'yt-video' }, h('span', { 'aria-hidden': 'true' }, '▶ '), 'Hand hygiene in 60 seconds · 12K views'),
      h('ytd-commentbox', { class: 'style-scope ytd-comment-simplebox-renderer' }),
    );
  },
};
