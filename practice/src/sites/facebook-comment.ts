// Facebook comment box, rebuilt from real markup (evidence gathered 2026-12-02: maintained automation
// scripts and userscripts selecting form[role="presentation"] and #focused-state-composer-submit; see
// test/fixtures/sites/facebook/2026-12-02.html). A Lexical plain-text editor in form[role=presentation]
// whose labels are localised; the emoji/photo/GIF icons, then the round send button inside
// div#focused-state-composer-submit. Enter sends (a Lexical KEY_ENTER_COMMAND handler), Shift+Enter is
// a new line.
import { lexicalComposer, lexicalEditable } from '../lexical';
import { t } from '../lang';
import { h, type PracticeSite } from '../site';

export const facebookComment: PracticeSite = {
  id: 'facebook-comment',
  title: 'Facebook: comment',
  editor: 'Lexical (plain text)',
  howToPost: 'Enter sends (Shift+Enter for a new line), or the arrow button.',
  mount(host) {
    const label = t('Write a comment…', 'Ysgrifennwch sylw…');
    const { editable, placeholder } = lexicalEditable('fb-comment-editable xzsf02u notranslate', label, { 'aria-label': label, 'aria-placeholder': label });
    const send = h(
      'div',
      { role: 'button', tabindex: '0', 'aria-label': t('Comment', 'Sylw'), class: 'fb-comment-send', 'aria-disabled': 'true' },
      h('span', { 'aria-hidden': 'true' }, '➤'),
    );
    const emoji = h('div', { role: 'button', tabindex: '0', 'aria-label': t('Insert an emoji', 'Mewnosod emoji'), class: 'fb-comment-icon' }, '☺');
    host.append(
      h('div', { class: 'fb-post-preview' }, h('p', {}, h('strong', {}, 'Sam Patel'), t(' shared a photo from the fun run.', ' rannodd lun o’r ras hwyl.'))),
      h(
        'form',
        { class: 'fb-comment-row x1ed109x', role: 'presentation' },
        h('span', { class: 'fb-avatar fb-avatar-small', 'aria-hidden': 'true' }, 'A'),
        h(
          'div',
          { class: 'fb-comment-bubble' },
          h('div', { class: 'lx-shell' }, editable, placeholder),
          h('ul', { class: 'fb-comment-icons' }, h('li', {}, h('span', {}, emoji))),
          h('div', { id: 'focused-state-composer-submit' }, h('span', {}, send)),
        ),
      ),
    );

    lexicalComposer('facebook-comment', { editable, placeholder, button: send }, { enterPosts: (event) => !event.shiftKey });
  },
};
