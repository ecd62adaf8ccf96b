// old.reddit.com comment form: form.usertext with textarea[name=text] and
// .usertext-buttons button[type=submit].save. A real submit event fires; the handler
// (Reddit's jQuery code on the real site) prevents the navigation and posts.
// Evidence and date: Reddit Enhancement Suite (honestbleeps/Reddit-Enhancement-Suite
// lib/modules/commentTools.js, which clicks .save on Ctrl+Enter), read 2026-12-02, as in
// test/fixtures/sites/old-reddit/2026-12-02.html.
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const oldReddit: PracticeSite = {
  id: 'old-reddit',
  title: 'old.reddit',
  editor: 'plain textarea in a form',
  howToPost: 'The save button (no keyboard shortcut).',
  mount(host) {
    const textarea = h('textarea', { name: 'text', rows: '4', cols: '1', class: '', 'aria-label': t('Comment text', 'Testun y sylw') });
    const form = h(
      'form',
      { action: '#', class: 'usertext cloneable warn-on-unload', id: 'form-t1_practice', method: 'post' },
      h('input', { type: 'hidden', name: 'thing_id', value: 't3_practice' }),
      h(
        'div',
        { class: 'usertext-edit md-container' },
        h('div', { class: 'md' }, textarea),
        h(
          'div',
          { class: 'bottom-area' },
          h(
            'div',
            { class: 'usertext-buttons' },
            h('button', { type: 'submit', class: 'save' }, t('save', 'cadw')),
            h('span', { class: 'status' }),
          ),
        ),
      ),
    );
    host.append(form);

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = tidy(textarea.value);
      if (!text) return;
      record('old-reddit', text);
      textarea.value = '';
    });
  },
};
