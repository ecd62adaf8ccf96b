// Facebook "Create post" dialog: a Lexical rich-text editor in a [role=dialog],
// with a text-only "Post" div[role=button] (no test id, no aria-label: found by its text).
// Facebook shows it aria-disabled while the box is empty.
// Evidence and date: public evidence gathered 2026-12-02 (maintained automation scripts and userscripts
// selecting the dialog's Lexical [role=textbox]; the button's aria-label seen localised), as in
// test/fixtures/sites/facebook/2026-12-02.html, whose header names it.
import { lexicalComposer, lexicalEditable } from '../lexical';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

export const facebookPost: PracticeSite = {
  id: 'facebook-post',
  title: 'Facebook: create post',
  editor: 'Lexical (rich text)',
  howToPost: 'The Post button.',
  mount(host) {
    const prompt = t("What's on your mind, Alex?", 'Beth sydd ar eich meddwl, Alex?');
    const { editable, placeholder } = lexicalEditable('fb-post-editable', prompt, {
      'aria-label': prompt,
      'aria-placeholder': prompt,
      'aria-describedby': 'fb-post-placeholder',
    });
    placeholder.id = 'fb-post-placeholder';
    const button = h('div', { role: 'button', tabindex: '0', class: 'fb-post-button', 'aria-disabled': 'true' }, h('span', {}, t('Post', 'Postio')));
    const dialog = h(
      'div',
      { role: 'dialog', 'aria-labelledby': 'fb-create-post-title', class: 'fb-dialog' },
      h('div', { class: 'fb-dialog-header' }, h('h3', { id: 'fb-create-post-title' }, 'Create post')),
      h(
        'div',
        { class: 'fb-author' },
        h('span', { class: 'fb-avatar', 'aria-hidden': 'true' }, 'A'),
        h('span', {}, h('strong', {}, 'Alex Morgan'), h('span', { class: 'fb-audience' }, 'Friends')),
      ),
      h('div', { class: 'lx-shell' }, editable, placeholder),
      h('div', { class: 'fb-dialog-footer' }, button),
    );
    host.append(dialog);

    lexicalComposer('facebook-post', { editable, placeholder, button }, { rich: true });
  },
};
