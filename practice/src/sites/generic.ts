// A generic page composer (a forum or intranet page): a plain textarea and a "Send" button,
// for the extension's generic adapter.
// Made up on purpose (no real site): the shape the generic adapter looks for on sites a person adds.
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const generic: PracticeSite = {
  id: 'generic',
  title: 'Any other page',
  editor: 'plain textarea',
  howToPost: 'The Send button.',
  mount(host) {
    const textarea = h('textarea', { id: 'generic-message', name: 'message', rows: '4', class: 'generic-textarea' });
    const send = h('button', { type: 'button', class: 'generic-send' }, t('Send', 'Anfon'));
    host.append(
      h('label', { for: 'generic-message', class: 'generic-label' }, 'Message'),
      textarea,
      h('div', { class: 'generic-actions' }, send),
    );
    send.addEventListener('click', () => {
      const text = tidy(textarea.value);
      if (!text) return;
      record('generic', text);
      textarea.value = '';
    });
  },
};
