// Instagram direct message, rebuilt from the evidence gathered 2026-12-02 (automation scripts and
// extensions selecting the chat's Lexical [role=textbox] and its "Send" text button; see
// test/fixtures/sites/instagram/2026-12-02.html): a Lexical editor in no dialog, then icon buttons
// (voice clip, photo, like) that a text "Send" div[role=button] replaces once the draft is non-empty.
// Enter sends (a Lexical KEY_ENTER_COMMAND handler), Shift+Enter is a new line.
import { createLexicalBox, lexicalEditable } from '../lexical';
import { t } from '../lang';
import { record } from '../record';
import { activateOnKeys, h, type PracticeSite } from '../site';

const icon = (label: string, glyph: string) => h('div', { role: 'button', tabindex: '0', class: 'ig-dm-icon', 'aria-label': label }, h('span', { 'aria-hidden': 'true' }, glyph));

export const instagramDm: PracticeSite = {
  id: 'instagram-dm',
  title: 'Instagram: direct message',
  editor: 'Lexical (plain text)',
  howToPost: 'Enter sends (Shift+Enter for a new line), or the Send button.',
  mount(host) {
    const prompt = t('Message…', 'Neges…');
    const { editable, placeholder } = lexicalEditable('ig-dm-editable', prompt, { 'aria-label': t('Message', 'Neges'), 'aria-placeholder': prompt, spellcheck: 'false' });
    const tools = h('div', { class: 'ig-dm-tools' });
    host.append(
      h('p', { class: 'ig-dm-thread' }, h('strong', {}, 'ward7team'), ': ', t('Rota is up for next week.', 'Mae’r rota ar gael ar gyfer yr wythnos nesaf.')),
      h('div', { class: 'ig-dm-row' }, h('div', { class: 'lx-shell' }, editable, placeholder), tools),
    );

    const box = createLexicalBox(editable, {
      namespace: 'instagram-dm',
      placeholder,
      send: (text) => record('instagram-dm', text),
      enterPosts: (event) => !event.shiftKey,
      onEmptyChange: (empty) => {
        if (tools.dataset.empty === String(empty)) return;
        tools.dataset.empty = String(empty);
        if (empty) {
          tools.replaceChildren(icon(t('Voice clip', 'Clip llais'), '🎤'), icon(t('Add photo or video', 'Ychwanegu llun neu fideo'), '🖼'), icon(t('Like', 'Hoffi'), '♡'));
        } else {
          const send = h('div', { role: 'button', tabindex: '0', class: 'ig-dm-send' }, t('Send', 'Anfon'));
          activateOnKeys(send, () => box.submit());
          tools.replaceChildren(send);
        }
      },
    });
  },
};
