// Threads composer: a Lexical [contenteditable=true][role=textbox] in a popover
// that has a role=menu ancestor, a text-only "Post" div[role=button], and
// Ctrl/Cmd+Enter posting (a Lexical KEY_ENTER_COMMAND handler).
// Evidence and date: public evidence gathered 2026-12-02 (a maintained extension's Threads scraper and
// automation scripts selecting the Lexical [role=textbox] and its div[role=button]), as in
// test/fixtures/sites/threads/2026-12-02.html.
import { lexicalComposer, lexicalEditable } from '../lexical';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const threads: PracticeSite = {
  id: 'threads',
  title: 'Threads',
  editor: 'Lexical (plain text)',
  howToPost: 'The Post button, or Ctrl+Enter (Cmd+Enter on a Mac).',
  mount(host) {
    const { editable, placeholder } = lexicalEditable('threads-editable', t('What’s new?', 'Beth sy’n newydd?'), {
      'aria-label': t('Empty text field. Type to compose a new post.', 'Maes testun gwag. Teipiwch i greu neges newydd.'),
      'aria-placeholder': t('What’s new?', 'Beth sy’n newydd?'),
    });
    const button = h('div', { role: 'button', tabindex: '0', class: 'threads-post', 'aria-disabled': 'true' }, t('Post', 'Postio'));
    host.append(
      h(
        'div',
        { role: 'menu', class: 'threads-popover', 'aria-label': t('New thread', 'Edefyn newydd') },
        h(
          'div',
          { class: 'threads-head' },
          h('span', { class: 'threads-avatar', 'aria-hidden': 'true' }, 'A'),
          h('div', { class: 'threads-main' }, h('strong', {}, 'alex.morgan'), h('div', { class: 'lx-shell' }, editable, placeholder)),
        ),
        h('div', { class: 'threads-foot' }, h('span', { class: 'threads-hint' }, 'Anyone can reply'), button),
      ),
    );

    lexicalComposer('threads', { editable, placeholder, button }, { enterPosts: (event) => event.ctrlKey || event.metaKey });
  },
};
