// Bluesky composer: TipTap / ProseMirror inside [data-testid="composePostView"],
// publish button [data-testid="composerPublishBtn"]. Ctrl/Cmd+Enter posts from the
// editor's own keyboard handling (ProseMirror handleKeyDown), as bsky.app does.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { record, tidy } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

const MAX = 300;

export const bluesky: PracticeSite = {
  id: 'bluesky',
  title: 'Bluesky',
  editor: 'TipTap / ProseMirror',
  howToPost: 'The Post button, or Ctrl+Enter (Cmd+Enter on a Mac).',
  mount(host) {
    const editorMount = h('div', { class: 'bsky-editor', 'data-placeholder': t("What's up?", 'Beth sy’n digwydd?') });
    const publish = h(
      'button',
      {
        type: 'button',
        role: 'button',
        'data-testid': 'composerPublishBtn',
        'aria-label': t('Publish post', 'Cyhoeddi’r neges'),
        class: 'bsky-publish',
        'aria-disabled': 'true',
      },
      t('Post', 'Postio'),
    );
    const counter = h('span', { class: 'bsky-count', 'aria-live': 'polite' }, String(MAX));
    host.append(
      h(
        'div',
        { 'data-testid': 'composePostView', class: 'bsky-compose', role: 'group', 'aria-label': t('New post', 'Neges newydd') },
        h(
          'div',
          { class: 'bsky-top' },
          h('button', { type: 'button', class: 'bsky-cancel', 'data-testid': 'composerDiscardButton' }, 'Cancel'),
          publish,
        ),
        h('div', { class: 'bsky-row' }, h('span', { class: 'bsky-avatar', 'aria-hidden': 'true' }, 'A'), editorMount),
        h('div', { class: 'bsky-bottom' }, counter),
      ),
    );

    const text = () => tidy(editor.getText());
    const onPressPublish = () => {
      const body = text();
      if (!body || body.length > MAX) return;
      record('bluesky', body);
      editor.commands.clearContent(true);
    };

    const editor: Editor = new Editor({
      element: editorMount,
      extensions: [StarterKit],
      editorProps: {
        attributes: {
          role: 'textbox',
          'aria-label': t('Rich-Text Editor', 'Golygydd testun'),
          'aria-multiline': 'true',
          'data-testid': 'composerTextInput',
          class: 'bsky-prosemirror',
        },
        handleKeyDown: (_view, event) => {
          if ((event.metaKey || event.ctrlKey) && event.key === 'Enter') {
            event.preventDefault();
            onPressPublish();
            return true;
          }
          return false;
        },
      },
      onUpdate: () => {
        const length = text().length;
        publish.setAttribute('aria-disabled', String(length === 0 || length > MAX));
        counter.textContent = String(MAX - length);
        counter.classList.toggle('bsky-over', length > MAX);
      },
    });

    publish.addEventListener('click', onPressPublish);
    host.querySelector('.bsky-cancel')?.addEventListener('click', () => editor.commands.clearContent(true));
  },
};
