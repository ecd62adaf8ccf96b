// Facebook comment box: Lexical plain text with aria-label="Comment as Alex".
// Enter sends (a Lexical KEY_ENTER_COMMAND handler), Shift+Enter is a new line.
// The round "Comment" icon button (div[role=button][aria-label="Comment"]) sends too.
import { createLexicalBox } from '../lexical';
import { record } from '../record';
import { activateOnKeys, h, type PracticeSite } from '../site';

export const facebookComment: PracticeSite = {
  id: 'facebook-comment',
  title: 'Facebook: comment',
  editor: 'Lexical (plain text)',
  howToPost: 'Enter sends (Shift+Enter for a new line), or the arrow button.',
  mount(host) {
    const editable = h('div', {
      class: 'lx-editable fb-comment-editable',
      contenteditable: 'true',
      role: 'textbox',
      spellcheck: 'true',
      tabindex: '0',
      'aria-label': 'Comment as Alex',
      'aria-placeholder': 'Comment as Alex',
    });
    const placeholder = h('div', { class: 'lx-placeholder', 'aria-hidden': 'true' }, 'Comment as Alex');
    const send = h(
      'div',
      { role: 'button', tabindex: '0', 'aria-label': 'Comment', class: 'fb-comment-send', 'aria-disabled': 'true' },
      h('span', { 'aria-hidden': 'true' }, '➤'),
    );
    host.append(
      h(
        'div',
        { class: 'fb-post-preview' },
        h('p', {}, h('strong', {}, 'Sam Patel'), ' shared a photo from the fun run.'),
      ),
      h(
        'div',
        { class: 'fb-comment-row' },
        h('span', { class: 'fb-avatar fb-avatar-small', 'aria-hidden': 'true' }, 'A'),
        h('div', { class: 'fb-comment-bubble' }, h('div', { class: 'lx-shell' }, editable, placeholder), send),
      ),
    );

    const box = createLexicalBox(editable, {
      namespace: 'facebook-comment',
      placeholder,
      send: (text) => record('facebook-comment', text),
      enterPosts: (event) => !event.shiftKey,
      onEmptyChange: (empty) => send.setAttribute('aria-disabled', String(empty)),
    });
    activateOnKeys(send, () => box.submit());
  },
};
