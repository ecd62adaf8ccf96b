// Instagram new post, the caption step of the "Create new post" dialog, rebuilt from the evidence
// gathered 2026-12-02 (automation scripts and extensions selecting the dialog's Lexical [role=textbox],
// aria-label "Write a caption…", and the Share button in the dialog by its localised text; see
// test/fixtures/sites/instagram/2026-12-02.html): the header holds the Back arrow, the title and a
// text-only "Share" div[role=button], all BEFORE the caption; after it, icon buttons and rows (emoji,
// accessibility, advanced settings). Enter is a new line; only Share posts.
import { createLexicalBox, lexicalEditable } from '../lexical';
import { t } from '../lang';
import { record } from '../record';
import { activateOnKeys, h, type PracticeSite } from '../site';

export const instagramPost: PracticeSite = {
  id: 'instagram-post',
  title: 'Instagram: new post caption',
  editor: 'Lexical (plain text)',
  howToPost: 'The Share button at the top of the dialog (Enter is a new line).',
  mount(host) {
    const prompt = t('Write a caption…', 'Ysgrifennwch gapsiwn…');
    const { editable, placeholder } = lexicalEditable('ig-caption-editable', prompt, { 'aria-label': prompt, 'data-lexical-editor': 'true' });
    const iconButton = (label: string, glyph: string) => h('div', { role: 'button', tabindex: '0', class: 'ig-caption-icon' }, h('svg', { 'aria-label': label, role: 'img', viewBox: '0 0 24 24' }), h('span', { 'aria-hidden': 'true' }, glyph));
    const row = (label: string) => h('div', { role: 'button', tabindex: '0', class: 'ig-caption-row' }, h('span', {}, label), h('svg', { 'aria-label': t('Down chevron icon', 'Eicon saeth i lawr'), role: 'img', viewBox: '0 0 24 24' }));
    const share = h('div', { role: 'button', tabindex: '0', class: 'ig-share' }, t('Share', 'Rhannu'));
    host.append(
      h(
        'div',
        { role: 'dialog', 'aria-label': t('Create new post', 'Creu neges newydd'), class: 'ig-create' },
        h('div', { class: 'ig-create-head' }, iconButton(t('Back', 'Yn ôl'), '‹'), h('h1', {}, t('Create new post', 'Creu neges newydd')), share),
        h(
          'div',
          { class: 'ig-create-body' },
          h('div', { class: 'ig-create-photo', role: 'img', 'aria-label': t('Photo by you', 'Llun gennych chi') }, '🌅'),
          h(
            'div',
            { class: 'ig-create-side' },
            h('strong', {}, 'ward7team'),
            h('div', { class: 'lx-shell' }, editable, placeholder),
            iconButton('Emoji', '☺'),
            row(t('Accessibility', 'Hygyrchedd')),
            row(t('Advanced settings', 'Gosodiadau uwch')),
          ),
        ),
      ),
    );
    const box = createLexicalBox(editable, { namespace: 'instagram-post', placeholder, send: (text) => record('instagram-post', text) });
    activateOnKeys(share, () => box.submit());
  },
};
