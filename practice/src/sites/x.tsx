/** @jsxImportSource react */
// X (Twitter) desktop composer: a Draft.js editor in React, as x.com uses.
// - editor: the Draft contenteditable carries data-testid="tweetTextarea_0" (Draft's webDriverTestID prop)
// - button: [data-testid="tweetButtonInline"], disabled while empty
// - Ctrl/Cmd+Enter posts through Draft's keyBindingFn / handleKeyCommand (the composer's own handler)
// - an image attach input ([data-testid="fileInput"]) so a photo reminder can be tried
// - window.__practice.rerender('x') swaps the button for a fresh element (React key change),
//   like X does when thread items are added.
// Evidence and date: insin/control-panel-for-twitter script.js (2026) and automation scripts selecting
// tweetTextarea_0 / tweetButtonInline, gathered 2026-12-02, as in test/fixtures/sites/x/2026-12-02.html.
import { useEffect, useRef, useState, type KeyboardEvent as ReactKeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Editor,
  EditorState,
  KeyBindingUtil,
  getDefaultKeyBinding,
  type DraftHandleValue,
} from 'draft-js';
import 'draft-js/dist/Draft.css';
import { record, registerRerender, tidy } from '../record';
import type { PracticeSite } from '../site';
import { t } from '../lang';

const MAX = 280;

function XComposer() {
  const [editorState, setEditorState] = useState(() => EditorState.createEmpty());
  const [buttonKey, setButtonKey] = useState(0);
  const [media, setMedia] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  // Handlers read the latest state through refs, so a stale closure never posts old text.
  const latest = useRef({ editorState, media });
  latest.current = { editorState, media };

  useEffect(() => registerRerender('x', () => setButtonKey((k) => k + 1)), []);

  const text = editorState.getCurrentContent().getPlainText();
  const length = tidy(text).length;
  const canPost = length > 0 && length <= MAX;

  const post = () => {
    const { editorState: state, media: files } = latest.current;
    const body = tidy(state.getCurrentContent().getPlainText());
    if (!body || body.length > MAX) return;
    record('x', body, { media: files });
    // X empties the composer after a successful post. If the post came from the keyboard the
    // editor still has focus: keep the caret in the new empty block, or Draft types into stale DOM.
    const fresh = EditorState.createEmpty();
    const empty = state.getSelection().getHasFocus() ? EditorState.moveFocusToEnd(fresh) : fresh;
    latest.current = { editorState: empty, media: [] };
    setEditorState(empty);
    setMedia([]);
    if (fileInput.current) fileInput.current.value = '';
  };

  const keyBindingFn = (e: ReactKeyboardEvent): string | null => {
    if (e.key === 'Enter' && KeyBindingUtil.hasCommandModifier(e)) return 'x-post';
    return getDefaultKeyBinding(e);
  };
  const handleKeyCommand = (command: string): DraftHandleValue => {
    if (command === 'x-post') {
      post();
      return 'handled';
    }
    return 'not-handled';
  };

  return (
    <div className="x-composer">
      <div className="x-avatar" aria-hidden="true">
        A
      </div>
      <div className="x-body">
        <div className="x-editor">
          <Editor
            editorState={editorState}
            onChange={(state: EditorState) => {
              latest.current = { ...latest.current, editorState: state };
              setEditorState(state);
            }}
            keyBindingFn={keyBindingFn}
            handleKeyCommand={handleKeyCommand}
            placeholder={t('What is happening?!', 'Beth sy’n digwydd?!')}
            ariaLabel="Post text"
            ariaMultiline
            spellCheck
            webDriverTestID="tweetTextarea_0"
          />
        </div>
        {media.length > 0 && (
          <p className="x-media" data-testid="attachments">
            Attached: {media.join(', ')}
          </p>
        )}
        <div className="x-toolbar">
          <label className="x-attach">
            <svg className="x-attach-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
              <rect x="3" y="4" width="18" height="16" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
              <circle cx="9" cy="10" r="2" fill="currentColor" />
              <path d="M4 18l5-5 3 3 3-4 5 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
            </svg>
            <span className="x-attach-text">Add photos or video</span>
            <input
              ref={fileInput}
              type="file"
              accept="image/*,video/*"
              multiple
              data-testid="fileInput"
              className="visually-hidden"
              onChange={(e) => setMedia(Array.from(e.currentTarget.files ?? [], (f) => f.name))}
            />
          </label>
          <span className={length > MAX ? 'x-count x-over' : 'x-count'} aria-live="polite">
            {length > 0 ? `${MAX - length}` : ''}
          </span>
          <button
            key={buttonKey}
            type="button"
            role="button"
            data-testid="tweetButtonInline"
            className="x-post"
            disabled={!canPost}
            aria-disabled={!canPost}
            onClick={post}
          >
            {t('Post', 'Postio')}
          </button>
        </div>
      </div>
    </div>
  );
}

export const x: PracticeSite = {
  id: 'x',
  title: 'X (Twitter)',
  editor: 'Draft.js in React',
  howToPost: 'Post button, or Ctrl+Enter (Cmd+Enter on a Mac). You can attach a photo.',
  mount(host) {
    createRoot(host).render(<XComposer />);
  },
};
