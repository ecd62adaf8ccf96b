/** @jsxImportSource react */
// Mastodon compose form (any server runs the same web app; the page wrapper has id="mastodon").
// Rebuilt 2026-12-02 from Mastodon's own source, read with the library's read_file:
// - mastodon/mastodon app/javascript/mastodon/features/compose/components/compose_form.jsx
//   @ d2e91249d4d215d1dc0737e8cc07879e1d41d09a: form.compose-form > .compose-form__highlightable >
//   .compose-form__scrollable (the textarea) then .compose-form__footer > .compose-form__dropdowns and
//   .compose-form__actions > .compose-form__buttons (icons, character counter) and .compose-form__submit >
//   button[type=submit] ("Post", "Reply" or "Update", localised). The button is disabled only when the
//   draft can't go (too long, only spaces), not when it is empty. handleKeyDown: keyCode 13 with Ctrl or
//   Meta calls handleSubmit() directly (no submit event); the form's onSubmit calls the same function.
// - mastodon/mastodon app/javascript/mastodon/components/autosuggest_textarea.jsx
//   @ 6936e5aa693ccc4aabd26ef18a65fbb8132f6f74: textarea.autosuggest-textarea__textarea with
//   aria-autocomplete="list", aria-label = the placeholder, dir="auto"; the suggestions in a
//   react-overlays Overlay (a fixed popper outside the textarea's box) as .autosuggest-textarea__suggestions
//   with div[role=button] items, no role=listbox; while they show, Enter and Tab pick one whatever the
//   modifiers (preventDefault + stopPropagation), and onKeyDown is not called when e.defaultPrevented.
// The practice page's suggestions come from a fixed list (the real app asks its server).
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { record, registerRerender, tidy } from '../record';
import type { PracticeSite } from '../site';
import { t } from '../lang';

const MAX = 500;

/** Accounts the practice page suggests after "@" (the real app asks its server). */
const ACCOUNTS = ['alex.morgan', 'alexandra.hughes', 'sam.patel'];

/** The "@name" being typed at the caret, as Mastodon's textAtCursorMatchesToken (3+ characters with the @). */
function tokenAt(text: string, caret: number): { start: number; token: string } | null {
  const left = text.slice(0, caret).search(/\S+$/);
  if (left < 0) return null;
  const right = text.slice(caret).search(/\s/);
  const word = right < 0 ? text.slice(left) : text.slice(left, right + caret);
  return word.length >= 3 && word.startsWith('@') ? { start: left, token: word.toLowerCase() } : null;
}

function AutosuggestTextarea(props: {
  value: string;
  onChange(value: string): void;
  onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void;
}) {
  const [token, setToken] = useState<{ start: number; token: string } | null>(null);
  const [hidden, setHidden] = useState(false);
  const ref = useRef<HTMLTextAreaElement>(null);
  const suggestions = token ? ACCOUNTS.filter((a) => `@${a}`.startsWith(token.token)) : [];
  const open = !hidden && suggestions.length > 0;

  const select = (account: string) => {
    if (!token) return;
    const end = token.start + token.token.length;
    const next = `${props.value.slice(0, token.start)}@${account} ${props.value.slice(end)}`;
    props.onChange(next);
    setToken(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.nativeEvent.isComposing || e.keyCode === 229) return;
    // As AutosuggestTextarea: Enter or Tab picks the suggestion, with or without Ctrl; Escape hides the list.
    if ((e.key === 'Enter' || e.key === 'Tab') && open) {
      e.preventDefault();
      e.stopPropagation();
      select(suggestions[0]!);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setHidden(true);
    }
    if (e.defaultPrevented) return;
    props.onKeyDown(e);
  };
  return (
    <div className="autosuggest-textarea">
        <textarea
          ref={ref}
          className="autosuggest-textarea__textarea"
          placeholder={t('What’s on your mind?', 'Beth sydd ar eich meddwl?')}
          aria-autocomplete="list"
          aria-label={t('What’s on your mind?', 'Beth sydd ar eich meddwl?')}
          dir="auto"
          rows={4}
          value={props.value}
          onChange={(e) => {
            props.onChange(e.target.value);
            setToken(tokenAt(e.target.value, e.target.selectionStart));
            setHidden(false);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setHidden(true)}
          onFocus={() => setHidden(false)}
        />
      {open &&
        createPortal(
          // In a portal at the end of <body>, with no role=listbox, as Mastodon's Overlay renders it.
          <div className="autosuggest-textarea__suggestions" style={{ position: 'fixed', background: '#fff', border: '1px solid #ccc', padding: 4 }}>
            {suggestions.map((account, i) => (
              <div
                key={account}
                role="button"
                tabIndex={0}
                className={i === 0 ? 'autosuggest-textarea__suggestions__item selected' : 'autosuggest-textarea__suggestions__item'}
                onMouseDown={(e) => {
                  e.preventDefault();
                  select(account);
                  ref.current?.focus();
                }}
              >
                @{account}
              </div>
            ))}
          </div>,
          document.body,
        )}
    </div>
  );
}

function ComposeForm() {
  const [text, setText] = useState('');
  const [buttonKey, setButtonKey] = useState(0);
  const latest = useRef(text);
  latest.current = text;
  useEffect(() => registerRerender('mastodon', () => setButtonKey((k) => k + 1)), []);

  const length = tidy(text).length;

  const handleSubmit = (e?: FormEvent) => {
    e?.preventDefault();
    const status = tidy(latest.current);
    if (!status || status.length > MAX) return;
    record('mastodon', status);
    latest.current = '';
    setText('');
  };

  const handleKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) handleSubmit();
  };

  return (
    <form className="compose-form" onSubmit={handleSubmit}>
      <div className="compose-form__highlightable">
        <div className="compose-form__scrollable">
          <AutosuggestTextarea value={text} onChange={setText} onKeyDown={handleKeyDown} />
        </div>
        <div className="compose-form__footer">
          <div className="compose-form__dropdowns">
            <span className="compose-form__visibility">{t('Public', 'Cyhoeddus')}</span>
          </div>
          <div className="compose-form__actions">
            <div className="compose-form__buttons">
              <span className={length > MAX ? 'character-counter character-counter--over' : 'character-counter'}>
                {MAX - length}
              </span>
            </div>
            <div className="compose-form__submit">
              <button key={buttonKey} type="submit" className="button" disabled={length > MAX}>
                {t('Post', 'Postio')}
              </button>
            </div>
          </div>
        </div>
      </div>
    </form>
  );
}

export const mastodon: PracticeSite = {
  id: 'mastodon',
  title: 'Mastodon',
  editor: 'React-controlled textarea',
  howToPost: 'The Post button, or Ctrl+Enter (Cmd+Enter on a Mac).',
  mount(host) {
    const wrapper = document.createElement('div');
    wrapper.id = 'mastodon';
    wrapper.className = 'app-holder';
    host.append(wrapper);
    createRoot(wrapper).render(<ComposeForm />);
  },
};
