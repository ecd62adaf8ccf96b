// Threads inline reply, rebuilt from real markup (evidence gathered 2026-12-02: a maintained extension's
// Threads reply scraper; see test/fixtures/sites/threads/2026-12-02.html). Under a post, in no dialog:
// a Lexical [role=textbox] (aria-placeholder "Reply to <name>…", localised) and, after it, an icon
// send button: div[role=button] > span (rotated arrow) > svg[aria-label="Reply"]. The post's own reply
// icon (a bubble with the same label) comes before the editor. Ctrl/Cmd+Enter posts.
import { lexicalComposer, lexicalEditable } from '../lexical';
import { t } from '../lang';
import { h, type PracticeSite } from '../site';

const SVG = 'http://www.w3.org/2000/svg';

function icon(label: string, arrow: boolean): SVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('role', 'img');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('width', '18');
  svg.setAttribute('height', '18');
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.append(title);
  if (arrow) {
    const line = document.createElementNS(SVG, 'path');
    line.setAttribute('d', 'M4 12h15M13 5l7 7-7 7');
    line.setAttribute('fill', 'none');
    line.setAttribute('stroke', 'currentColor');
    line.setAttribute('stroke-width', '2');
    svg.append(line);
  } else {
    const bubble = document.createElementNS(SVG, 'circle');
    bubble.setAttribute('cx', '12');
    bubble.setAttribute('cy', '12');
    bubble.setAttribute('r', '8');
    bubble.setAttribute('fill', 'none');
    bubble.setAttribute('stroke', 'currentColor');
    svg.append(bubble);
  }
  return svg;
}

export const threadsReply: PracticeSite = {
  id: 'threads-reply',
  title: 'Threads: reply',
  editor: 'Lexical (plain text)',
  howToPost: 'The arrow button, or Ctrl+Enter (Cmd+Enter on a Mac).',
  mount(host) {
    const reply = t('Reply', 'Ateb');
    const { editable, placeholder } = lexicalEditable('threads-editable', t('Reply to sam.patel…', 'Ateb sam.patel…'), {
      'aria-placeholder': t('Reply to sam.patel…', 'Ateb sam.patel…'),
    });
    const send = h('div', { role: 'button', tabindex: '0', class: 'threads-reply-send', 'aria-disabled': 'true' }, h('span', { style: '--x-transform: rotate(90deg)' }));
    send.firstElementChild!.append(icon(reply, true));
    const openReply = h('div', { role: 'button', tabindex: '0', class: 'threads-reply-icon' });
    openReply.append(icon(reply, false));
    host.append(
      h(
        'div',
        { 'data-pressable-container': 'true', class: 'threads-post-card' },
        h('p', {}, h('strong', {}, 'sam.patel'), t(' Who else is on nights this week?', ' Pwy arall sy ar shifft nos yr wythnos hon?')),
        h('div', { class: 'threads-actions' }, openReply),
        h('div', { class: 'threads-reply-row' }, h('div', { class: 'lx-shell' }, editable, placeholder), send),
      ),
    );

    lexicalComposer('threads-reply', { editable, placeholder, button: send }, { enterPosts: (event) => event.ctrlKey || event.metaKey });
  },
};
