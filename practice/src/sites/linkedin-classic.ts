// LinkedIn classic share box: the modal lives in the OPEN shadow root of div#interop-outlet,
// with a Quill editor (.ql-editor[contenteditable=true]) and button.share-actions__primary-action.
// Evidence and date: public evidence gathered 2026-12-02 (extensions and automation scripts reaching
// into #interop-outlet's open shadow root for .ql-editor and button.share-actions__primary-action), as
// in test/fixtures/sites/linkedin/2026-12-02.html.
import Quill from 'quill';
import quillCoreCss from 'quill/dist/quill.core.css?inline';
import { record } from '../record';
import { h, type PracticeSite } from '../site';
import { t } from '../lang';

const SHADOW_CSS = `
:host { display: block; }
* { box-sizing: border-box; }
.artdeco-modal { font: inherit; color: #191919; background: #fff; border-radius: 8px;
  box-shadow: 0 0 0 1px rgba(0,0,0,.15), 0 6px 18px rgba(0,0,0,.18); overflow: hidden; }
.artdeco-modal__header { display: flex; align-items: center; gap: 10px; padding: 12px 16px; border-bottom: 1px solid #e8e8e8; }
.artdeco-modal__header h2 { font-size: 1.05rem; margin: 0; }
.avatar { width: 40px; height: 40px; border-radius: 50%; background: #0a66c2; color: #fff; display: grid;
  place-items: center; font-weight: 700; }
.share-creation-state__text-editor { padding: 4px 4px 0; }
.ql-container { font: inherit; font-size: 1rem; }
.ql-editor { min-height: 96px; padding: 12px; line-height: 1.5; }
.ql-editor:focus { outline: 2px solid #0a66c2; outline-offset: -2px; border-radius: 4px; }
.ql-editor.ql-blank::before { color: #666; font-style: normal; left: 12px; right: 12px; }
.share-box_actions { display: flex; justify-content: flex-end; padding: 10px 16px; border-top: 1px solid #e8e8e8; }
.share-actions__primary-action { font: inherit; font-weight: 600; padding: 6px 16px; border-radius: 999px; border: 0;
  background: #0a66c2; color: #fff; cursor: pointer; }
.share-actions__primary-action:disabled { background: #e8e8e8; color: #767676; cursor: not-allowed; }
.share-actions__primary-action:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; }
`;

/**
 * Quill 2 reads the caret with document.getSelection() and document.activeElement, which stop
 * at the shadow host, so inside a shadow root it loses the caret whenever it re-renders a line
 * (the first character typed ends up last). LinkedIn ships a patched Quill; here the instance's
 * Selection reads from the shadow root instead (Chromium's ShadowRoot.getSelection(), falling
 * back to Selection.getComposedRanges()).
 */
function patchSelectionForShadowRoot(quill: Quill, shadow: ShadowRoot): void {
  type NativeRangeReader = { getNativeRange(): unknown; normalizeNative(range: Range | StaticRange): unknown; hasFocus(): boolean; root: HTMLElement };
  const selection = quill.selection as unknown as NativeRangeReader;
  const currentRange = (): Range | StaticRange | null => {
    const fromShadow = (shadow as ShadowRoot & { getSelection?: () => Selection | null }).getSelection?.();
    if (fromShadow) return fromShadow.rangeCount > 0 ? fromShadow.getRangeAt(0) : null;
    const documentSelection = document.getSelection() as (Selection & { getComposedRanges?: (options: { shadowRoots: ShadowRoot[] }) => StaticRange[] }) | null;
    const composed = documentSelection?.getComposedRanges?.({ shadowRoots: [shadow] });
    if (composed && composed.length > 0) return composed[0]!;
    return documentSelection && documentSelection.rangeCount > 0 ? documentSelection.getRangeAt(0) : null;
  };
  selection.getNativeRange = function getNativeRange() {
    const range = currentRange();
    return range ? this.normalizeNative(range) : null;
  };
  selection.hasFocus = function hasFocus() {
    const active = shadow.activeElement;
    return active != null && (active === this.root || this.root.contains(active));
  };
}

export const linkedinClassic: PracticeSite = {
  id: 'linkedin-classic',
  title: 'LinkedIn: share box (classic)',
  editor: 'Quill, inside an open shadow root',
  howToPost: 'The Post button.',
  mount(host) {
    const outlet = h('div', { id: 'interop-outlet', 'data-testid': 'interop-shadowdom' });
    host.append(outlet);
    const shadow = outlet.attachShadow({ mode: 'open' });

    const style = document.createElement('style');
    style.textContent = `${quillCoreCss}\n${SHADOW_CSS}`;
    const editorMount = h('div', { class: 'editor-container' });
    const postButton = h('button', { type: 'button', class: 'share-actions__primary-action artdeco-button', disabled: true }, t('Post', 'Postio'));
    shadow.append(
      style,
      h(
        'div',
        { role: 'dialog', class: 'artdeco-modal share-box-v2__modal', 'aria-labelledby': 'share-to-linkedin-modal__header' },
        h(
          'div',
          { class: 'artdeco-modal__header' },
          h('span', { class: 'avatar', 'aria-hidden': 'true' }, 'A'),
          h('h2', { id: 'share-to-linkedin-modal__header' }, 'Create a post'),
        ),
        h('div', { class: 'share-creation-state__text-editor' }, editorMount),
        h('div', { class: 'share-box_actions' }, postButton),
      ),
    );

    const quill = new Quill(editorMount, {
      placeholder: t('What do you want to talk about?', 'Am beth hoffech chi siarad?'),
      modules: { toolbar: false },
    });
    patchSelectionForShadowRoot(quill, shadow);
    const editor = quill.root;
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
    editor.setAttribute('aria-label', t('Text editor for creating content', 'Golygydd testun ar gyfer creu cynnwys'));

    const text = () => quill.getText().trim();
    quill.on('text-change', () => {
      postButton.disabled = text() === '';
    });
    postButton.addEventListener('click', () => {
      const body = text();
      if (!body) return;
      record('linkedin-classic', body);
      quill.setText('');
    });
  },
};
