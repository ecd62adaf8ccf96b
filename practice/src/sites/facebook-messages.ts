// Facebook messages (facebook.com/messages), rebuilt from the evidence gathered 2026-12-02 (automation
// scripts and extensions selecting the conversation's div[role="main"], its message [role=grid], the
// Lexical [role=textbox] and the "Press enter to send" / "Send a like" buttons; see
// test/fixtures/sites/facebook/2026-12-02.html): a Lexical box at the foot of the conversation, the
// emoji button inside its field, then one icon button: a like while the box is empty, the send arrow
// once there is a draft. Enter sends (a Lexical KEY_ENTER_COMMAND handler), Shift+Enter is a new line.
import { createLexicalBox, lexicalEditable } from '../lexical';
import { t } from '../lang';
import { record } from '../record';
import { activateOnKeys, h, type PracticeSite } from '../site';

export const facebookMessages: PracticeSite = {
  id: 'facebook-messages',
  title: 'Facebook: messages',
  editor: 'Lexical (plain text)',
  howToPost: 'Enter sends (Shift+Enter for a new line), or the send arrow.',
  mount(host) {
    const { editable, placeholder } = lexicalEditable('fb-msg-editable', 'Aa', { 'aria-label': t('Message', 'Neges'), 'aria-placeholder': 'Aa', 'data-lexical-editor': 'true' });
    const icon = (label: string, glyph: string, className: string) =>
      h('div', { role: 'button', tabindex: '0', class: className, 'aria-label': label }, h('svg', { viewBox: '0 0 24 24', 'aria-hidden': 'true' }), h('span', { 'aria-hidden': 'true' }, glyph));
    const end = h('span', { class: 'fb-msg-end' });
    host.append(
      h(
        'div',
        { role: 'main', 'aria-label': t('Conversation with Sam Patel', 'Sgwrs gyda Sam Patel'), class: 'fb-msg-thread' },
        h('div', { role: 'grid', 'aria-label': t('Messages in conversation with Sam Patel', 'Negeseuon yn y sgwrs gyda Sam Patel') }, h('div', { role: 'row' }, h('div', { role: 'gridcell' }, 'Sam Patel: ', t('See you at handover', 'Wela i di yn y trosglwyddo')))),
        h(
          'div',
          { class: 'fb-msg-row' },
          icon(t('Attach a file', 'Atodi ffeil'), '📎', 'fb-msg-icon'),
          h('div', { class: 'fb-msg-field' }, h('div', { class: 'lx-shell' }, editable, placeholder), h('span', {}, icon(t('Choose an emoji', 'Dewis emoji'), '☺', 'fb-msg-icon'))),
          end,
        ),
      ),
    );
    const box = createLexicalBox(editable, {
      namespace: 'facebook-messages',
      placeholder,
      send: (text) => record('facebook-messages', text),
      enterPosts: (event) => !event.shiftKey,
      onEmptyChange: (empty) => {
        if (end.dataset.empty === String(empty)) return;
        end.dataset.empty = String(empty);
        const button = empty ? icon(t('Send a like', 'Anfon hoffi'), '👍', 'fb-msg-icon fb-msg-like') : icon(t('Press enter to send', 'Gwasgwch Enter i anfon'), '➤', 'fb-msg-icon fb-msg-send');
        if (!empty) activateOnKeys(button, () => box.submit());
        end.replaceChildren(button);
      },
    });
  },
};
