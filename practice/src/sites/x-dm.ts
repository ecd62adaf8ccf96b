// X direct messages ("chat", 2025-), rebuilt from the evidence gathered 2026-12-02 (automation scripts
// and a test fixture selecting these test ids; see test/fixtures/sites/x/2026-12-02.html):
// form[data-testid="dm-composer-form"] with textarea[data-testid="dm-composer-textarea"] inside a custom
// element's open shadow root, and a send button[data-testid="dm-composer-send-button"] that exists only
// while the draft is non-empty (a voice-message button takes its place otherwise). Enter sends,
// Shift+Enter is a new line.
import { t } from '../lang';
import { record, tidy } from '../record';
import { h, shadowTextarea, type PracticeSite } from '../site';

export const xDm: PracticeSite = {
  id: 'x-dm',
  title: 'X: direct message',
  editor: 'textarea in a shadow root',
  howToPost: 'Enter sends (Shift+Enter for a new line), or the Send button.',
  mount(host) {
    const input = shadowTextarea('dm-composer-input', {
      'data-testid': 'dm-composer-textarea',
      rows: '2',
      placeholder: t('Start a new message', 'Dechrau neges newydd'),
      'aria-label': t('Start a new message', 'Dechrau neges newydd'),
      style: 'width: 100%; box-sizing: border-box; font: inherit; border: 0; resize: none; padding: 6px 10px; border-radius: 16px; background: #eff3f4;',
    });
    const controls = h('div', { class: 'x-dm-controls' });
    const form = h('form', { 'data-testid': 'dm-composer-form', class: 'x-dm-form' }, input, controls);
    host.append(h('section', { 'aria-label': t('Conversation', 'Sgwrs') }, h('p', {}, h('strong', {}, 'Sam Patel'), ': ', t('Are you in tomorrow?', 'Wyt ti i mewn yfory?')), form));

    const send = () => {
      const text = tidy(input.textarea.value);
      if (!text) return;
      record('x-dm', text);
      input.textarea.value = '';
      update();
    };
    // The send button only while there is a draft, as on x.com.
    const update = () => {
      const hasText = input.textarea.value.trim() !== '';
      const current = controls.firstElementChild as HTMLElement | null;
      if (current?.dataset.testid === (hasText ? 'dm-composer-send-button' : 'dm-composer-voice-button')) return;
      const button = hasText
        ? h('button', { type: 'button', 'data-testid': 'dm-composer-send-button', 'aria-label': t('Send', 'Anfon') }, '➤')
        : h('button', { type: 'button', 'data-testid': 'dm-composer-voice-button', 'aria-label': t('Voice message', 'Neges llais') }, '🎤');
      if (hasText) button.addEventListener('click', send);
      controls.replaceChildren(button);
    };
    input.textarea.addEventListener('input', update);
    input.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && !event.defaultPrevented) {
        event.preventDefault();
        send();
      }
    });
    form.addEventListener('submit', (event) => event.preventDefault());
    update();
  },
};
