// LinkedIn messaging, rebuilt from the evidence gathered 2026-12-02 (automation scripts and extensions
// selecting form.msg-form, .msg-form__contenteditable, button.msg-form__send-button and
// .msg-form__send-toggle; see test/fixtures/sites/linkedin/2026-12-02.html): a plain contenteditable
// [role=textbox] of LinkedIn's own (paragraphs, no editor library) in form.msg-form, in "Click Send"
// mode: the submit button is disabled while the box is empty and Enter is a new line.
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const linkedinMessaging: PracticeSite = {
  id: 'linkedin-messaging',
  title: 'LinkedIn: messaging',
  editor: 'plain contenteditable',
  howToPost: 'The Send button ("Click Send" mode: Enter is a new line).',
  mount(host) {
    const box = h('div', {
      class: 'msg-form__contenteditable t-14 notranslate',
      contenteditable: 'true',
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-label': t('Write a message…', 'Ysgrifennwch neges…'),
      tabindex: '0',
    });
    const send = h('button', { class: 'msg-form__send-button artdeco-button', type: 'submit', disabled: true }, t('Send', 'Anfon'));
    const toggle = h('button', { class: 'msg-form__send-toggle artdeco-button', type: 'button', 'aria-label': t('Open send options', 'Agor opsiynau anfon') }, h('span', { 'aria-hidden': 'true' }, '⋯'));
    const form = h(
      'form',
      { class: 'msg-form' },
      h('div', { class: 'msg-form__msg-content-container' }, box),
      h('footer', { class: 'msg-form__footer' }, h('div', { class: 'msg-form__right-actions' }, send, toggle)),
    );
    host.append(h('p', { class: 'li-msg-thread' }, h('strong', {}, 'Priya Shah'), ': ', t('Are you on the rota on Friday?', 'Wyt ti ar y rota ddydd Gwener?')), form);

    const text = () => tidy(box.innerText);
    box.addEventListener('input', () => {
      send.disabled = text() === '';
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const message = text();
      if (!message) return;
      record('linkedin-messaging', message);
      box.replaceChildren();
      send.disabled = true;
    });
  },
};
