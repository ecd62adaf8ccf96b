// Bluesky composer, rebuilt 2026-12-02 from bsky.app's own source (bluesky-social/social-app, read with
// the library's read_file; the web app is React Native for Web, which renders testID as data-testid):
// - src/view/com/composer/Composer.tsx @ e9b53b341e84db876fa4bf44f623d607fa7dbe07: KeyboardAvoidingView
//   testID="composePostView" > a View with aria-modal > ComposerTopBar (a "Cancel" button, then the
//   publish Button testID="composerPublishBtn", label 'Publish post' / 'Publish reply' (an English string
//   in that commit, not translated), text Post / Reply / Post All (translated), disabled while it can't
//   post) BEFORE the ScrollView holding ComposerReplyTo and ComposerPost (avatar, then TextInput).
// - src/view/com/composer/text-input/TextInput.web.tsx @ 337b922276e19ef3c1282665143fd61ec91944ba: TipTap
//   (EditorContent: div.tiptap.ProseMirror[contenteditable=true], no role, label or test id of its own);
//   editorProps.handleKeyDown: (metaKey || ctrlKey) && event.code === 'Enter' emits 'publish' and returns
//   true (ProseMirror then prevents the default).
// The practice page uses TipTap's StarterKit rather than the app's own set of extensions.
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
        { 'data-testid': 'composePostView', class: 'bsky-compose' },
        h(
          'div',
          { class: 'bsky-top' },
          h('button', { type: 'button', class: 'bsky-cancel', 'aria-label': t('Cancel', 'Canslo') }, t('Cancel', 'Canslo')),
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
        attributes: { class: 'bsky-prosemirror ProseMirror-light' },
        handleKeyDown: (_view, event) => {
          if ((event.metaKey || event.ctrlKey) && event.code === 'Enter') {
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
