// Composers no site adapter knows, for the structural fallback (src/content/fallback.ts): markup we made
// up on purpose, in the shape new composers take (an editing host that is not a textarea, an icon send
// button labelled in Welsh that typing enables, Ctrl+Enter to send), so no selector of any adapter fits.
// - unknown: found by structure; its send button and Ctrl+Enter are checked.
// - unknown-nosend: a chat line that sends on Enter, with no button: the badge says "Not checked here".
import { record, tidy } from './record';
import { activateOnKeys, h, type PracticeSite } from './site';

function editor(id: string): HTMLElement {
  return h('div', { id, class: 'unknown-editor', contenteditable: 'plaintext-only', 'aria-multiline': 'true', 'aria-label': 'Ysgrifennu' });
}

export const unknown: PracticeSite = {
  id: 'unknown',
  title: 'A composer no site check knows',
  editor: 'contenteditable="plaintext-only"',
  howToPost: 'The arrow button, or Ctrl+Enter.',
  mount(host) {
    const box = editor('unknown-editor');
    const send = h('div', { role: 'button', tabindex: '0', class: 'unknown-send', 'aria-label': 'Anfon', 'aria-disabled': 'true' }, '➤');
    const post = () => {
      const text = tidy(box.innerText);
      if (!text) return;
      record('unknown', text);
      box.textContent = '';
      send.setAttribute('aria-disabled', 'true');
    };
    box.addEventListener('input', () => send.setAttribute('aria-disabled', box.textContent?.trim() ? 'false' : 'true'));
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        post();
      }
    });
    activateOnKeys(send, () => {
      if (send.getAttribute('aria-disabled') !== 'true') post();
    });
    host.append(h('div', { class: 'unknown-box' }, box, h('div', { class: 'unknown-tools' }, h('button', { type: 'button', 'aria-label': 'Emoji' }, '☺'), send)));
  },
};

export const unknownNoSend: PracticeSite = {
  id: 'unknown-nosend',
  title: 'A chat line with no send button',
  editor: 'contenteditable="plaintext-only"',
  howToPost: 'Enter (the coach cannot check this one: it says so).',
  mount(host) {
    const box = editor('unknown-nosend-editor');
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.defaultPrevented) {
        e.preventDefault();
        const text = tidy(box.innerText);
        if (text) record('unknown-nosend', text);
        box.textContent = '';
      }
    });
    host.append(h('div', { class: 'unknown-chat' }, box));
  },
};
