// LinkedIn comments (2026 UI): a TipTap / ProseMirror editor inside [componentkey^="commentBox-"]
// with button[data-view-name="comment-post"] rendered OUTSIDE the commentBox element, after it (as seen
// in extensions selecting these in 2026: evidence gathered 2026-12-02, see
// test/fixtures/sites/linkedin/2026-12-02.html). No <form>,
// hashed class names.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const linkedinNew: PracticeSite = {
  id: 'linkedin-new',
  title: 'LinkedIn: comment (new)',
  editor: 'TipTap / ProseMirror',
  howToPost: 'The Comment button.',
  mount(host) {
    const editorMount = h('div', { class: '_e4c1f09a _9b2d7e31', 'data-placeholder': t('Add a comment…', 'Ychwanegwch sylw…') });
    const button = h(
      'button',
      { type: 'button', 'data-view-name': 'comment-post', class: '_7f3a21bc', disabled: true },
      h('span', { class: '_0c8e5d42' }, t('Comment', 'Sylw')),
    );
    host.append(
      h('div', { class: 'li-post' }, h('strong', {}, 'Priya Shah'), h('p', {}, 'Proud of the ward team for passing our audit this week!')),
      h(
        'div',
        { componentkey: 'commentBox-urn:li:activity:7300000000000000001', class: '_3a9d0c77 li-comment-box' },
        h('span', { class: 'li-avatar', 'aria-hidden': 'true' }, 'A'),
        h('div', { class: '_51be0f6e li-comment-field' }, editorMount),
      ),
      h('div', { class: '_b41d0e2a li-comment-actions' }, button),
    );

    const editor = new Editor({
      element: editorMount,
      extensions: [StarterKit],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-label': t('Text editor for creating comment', 'Golygydd testun ar gyfer creu sylw'),
          'aria-placeholder': t('Add a comment…', 'Ychwanegwch sylw…'),
          class: '_b6a0d513',
        },
      },
      onUpdate: ({ editor: e }) => {
        button.disabled = tidy(e.getText()) === '';
      },
    });

    button.addEventListener('click', () => {
      const text = tidy(editor.getText());
      if (!text) return;
      record('linkedin-new', text);
      editor.commands.clearContent(true);
    });
  },
};
