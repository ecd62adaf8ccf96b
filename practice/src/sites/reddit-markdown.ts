// New Reddit's comment composer in markdown mode, rebuilt from the evidence gathered 2026-12-02 (see
// test/fixtures/sites/reddit/2026-12-02.html): <shreddit-composer> inside a <form>, the editor a textarea
// inside <faceplate-textarea-input>'s OPEN shadow root, and button[type=submit][slot="submit-button"]
// a light-DOM child of the composer. The form's submit handler posts. No keyboard path.
import { t } from '../lang';
import { record, tidy } from '../record';
import { h, shadowTextarea, type PracticeSite } from '../site';

export const redditMarkdown: PracticeSite = {
  id: 'reddit-markdown',
  title: 'Reddit (new): markdown mode',
  editor: 'textarea in <faceplate-textarea-input>’s shadow root',
  howToPost: 'The Comment button.',
  mount(host) {
    // <shreddit-composer> is defined by the rich-text practice composer; here it only needs to exist.
    const input = shadowTextarea('faceplate-textarea-input', {
      name: 'markdown',
      rows: '4',
      placeholder: t('Join the conversation', 'Ymunwch â’r sgwrs'),
      'aria-label': t('Comment', 'Sylw'),
      style: 'width: 100%; box-sizing: border-box; font: inherit; border: 1px solid #ccd3d9; border-radius: 12px; padding: 8px 12px;',
    });
    input.setAttribute('slot', 'markdown');
    const submit = h('button', { type: 'submit', slot: 'submit-button', class: 'reddit-submit' }, t('Comment', 'Sylw'));
    const composer = h('shreddit-composer', { name: 'comment', mode: 'markdown' }, input, submit);
    const form = h('form', { class: 'reddit-form', action: '#', method: 'post' }, composer);
    host.append(h('p', { class: 'reddit-thread' }, h('span', { class: 'reddit-sub' }, 'r/NHS'), t(' · Tips for handover?', ' · Awgrymiadau ar gyfer trosglwyddo?')), form);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = tidy(input.textarea.value);
      if (!text) return;
      record('reddit-markdown', text);
      input.textarea.value = '';
    });
  },
};
