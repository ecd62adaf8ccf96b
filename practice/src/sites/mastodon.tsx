/** @jsxImportSource react */
// Mastodon compose form (any instance; the page wrapper has id="mastodon").
// React-controlled form.compose-form textarea.autosuggest-textarea__textarea and
// .compose-form__submit button[type=submit]. As in Mastodon's code:
// - the textarea's onKeyDown returns early when e.defaultPrevented (AutosuggestTextarea);
// - Ctrl/Cmd+Enter calls the submit function directly (ComposeForm.handleKeyDown): no submit event;
// - the form's onSubmit (button click) prevents navigation and calls the same function.
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { record, registerRerender, tidy } from '../record';
import type { PracticeSite } from '../site';

const MAX = 500;

function AutosuggestTextarea(props: {
  value: string;
  onChange(value: string): void;
  onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>): void;
}) {
  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (e.defaultPrevented) return;
    // (the real component handles the suggestion list's arrows / Enter / Escape here)
    props.onKeyDown(e);
  };
  return (
    <div className="autosuggest-textarea">
      <label>
        <span className="visually-hidden">What’s on your mind?</span>
        <textarea
          className="autosuggest-textarea__textarea"
          placeholder="What’s on your mind?"
          aria-autocomplete="list"
          dir="auto"
          rows={4}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          onKeyDown={onKeyDown}
        />
      </label>
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
        <AutosuggestTextarea value={text} onChange={setText} onKeyDown={handleKeyDown} />
        <div className="compose-form__footer">
          <span className="compose-form__visibility">Public</span>
          <span className={length > MAX ? 'character-counter character-counter--over' : 'character-counter'}>
            {MAX - length}
          </span>
        </div>
      </div>
      <div className="compose-form__submit">
        <button key={buttonKey} type="submit" className="button button--block" disabled={length > MAX}>
          Post
        </button>
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
