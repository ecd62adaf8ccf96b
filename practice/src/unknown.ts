// Composers no site adapter knows, for the structural fallback (src/content/fallback.ts): markup we made
// up on purpose, in the shapes new composers take, so no selector of any adapter fits. Labels follow
// the page's language (?lang=cy: Welsh).
// - unknown: an editing host that is not a textarea, an icon send button that typing enables, Ctrl+Enter
//   to send: found by structure; its send button and Ctrl+Enter are checked.
// - unknown-chat: a chat line that sends on Enter (Shift+Enter is a new line) and says so the standard
//   way, enterkeyhint="send", with an icon send button after it: Enter and the button are checked.
// - unknown-nosend: a chat line that sends on Enter with no button and no sign of it: the badge says
//   "Not checked here"; once a bare Enter is seen sending, the person is told and Enter is checked.
import { t } from './lang';
import { record, tidy } from './record';
import { activateOnKeys, h, type PracticeSite } from './site';

function editor(id: string, extra: Record<string, string> = {}): HTMLElement {
  return h('div', { id, class: 'unknown-editor', contenteditable: 'plaintext-only', 'aria-multiline': 'true', 'aria-label': t('Write', 'Ysgrifennu'), ...extra });
}

/** An icon send button, aria-disabled while the box is empty. */
function sendButton(box: HTMLElement, post: () => void): HTMLElement {
  const send = h('div', { role: 'button', tabindex: '0', class: 'unknown-send', 'aria-label': t('Send', 'Anfon'), 'aria-disabled': 'true' }, '➤');
  box.addEventListener('input', () => send.setAttribute('aria-disabled', box.textContent?.trim() ? 'false' : 'true'));
  activateOnKeys(send, () => {
    if (send.getAttribute('aria-disabled') !== 'true') post();
  });
  return send;
}

/** Records the box's text as a post from `id` and empties it. */
function poster(id: string, box: HTMLElement, after: () => void = () => undefined): () => void {
  return () => {
    const text = tidy(box.innerText);
    if (!text) return;
    record(id, text);
    box.textContent = '';
    after();
  };
}

export const unknown: PracticeSite = {
  id: 'unknown',
  title: 'A composer no site check knows',
  editor: 'contenteditable="plaintext-only"',
  howToPost: 'The arrow button, or Ctrl+Enter.',
  mount(host) {
    const box = editor('unknown-editor');
    let send: HTMLElement | null = null;
    const post = poster('unknown', box, () => send?.setAttribute('aria-disabled', 'true'));
    send = sendButton(box, post);
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.defaultPrevented) {
        e.preventDefault();
        post();
      }
    });
    host.append(h('div', { class: 'unknown-box' }, box, h('div', { class: 'unknown-tools' }, h('button', { type: 'button', 'aria-label': t('Emoji', 'Emoji') }, '☺'), send)));
  },
};

/** Enter sends, Shift+Enter is a new line (as chat boxes do). */
function sendOnEnter(box: HTMLElement, post: () => void): void {
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey && !e.ctrlKey && !e.metaKey && !e.defaultPrevented) {
      e.preventDefault();
      post();
    }
  });
}

export const unknownChat: PracticeSite = {
  id: 'unknown-chat',
  title: 'A chat line that sends on Enter',
  editor: 'contenteditable="plaintext-only" enterkeyhint="send"',
  howToPost: 'Enter (Shift+Enter for a new line), or the arrow button.',
  mount(host) {
    const box = editor('unknown-chat-editor', { enterkeyhint: 'send' });
    let send: HTMLElement | null = null;
    const post = poster('unknown-chat', box, () => send?.setAttribute('aria-disabled', 'true'));
    send = sendButton(box, post);
    sendOnEnter(box, post);
    host.append(h('div', { class: 'unknown-box' }, box, h('div', { class: 'unknown-tools' }, send)));
  },
};

export const unknownNoSend: PracticeSite = {
  id: 'unknown-nosend',
  title: 'A chat line with no send button',
  editor: 'contenteditable="plaintext-only"',
  howToPost: 'Enter (the coach cannot tell at first: it says so).',
  mount(host) {
    const box = editor('unknown-nosend-editor');
    sendOnEnter(box, poster('unknown-nosend', box));
    host.append(h('div', { class: 'unknown-chat' }, box));
  },
};
