/** @jsxImportSource react */
// Instagram comment box: a React-controlled textarea (aria-label "Add a comment…", localised) with a
// text button "Post" (div[role=button]), faded while the box is empty. Enter posts.
// Evidence and date: public evidence gathered 2026-12-02 (automation scripts and extensions selecting
// form[method=POST] textarea and its div[role=button]), as in test/fixtures/sites/instagram/2026-12-02.html.
import { useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { record, tidy } from '../record';
import type { PracticeSite } from '../site';
import { t } from '../lang';

function CommentForm() {
  const [text, setText] = useState('');
  const latest = useRef(text);
  latest.current = text;
  const empty = tidy(text) === '';

  const post = () => {
    const comment = tidy(latest.current);
    if (!comment) return;
    record('instagram', comment);
    latest.current = '';
    setText('');
  };

  return (
    <div className="ig-card">
      <div className="ig-photo" role="img" aria-label="Photo: sunrise over the hospital car park" />
      <p className="ig-caption">
        <strong>ward7team</strong> Early start, beautiful view.
      </p>
      <form className="ig-comment-form" method="POST" onSubmit={(e) => e.preventDefault()}>
        <textarea
          aria-label={t('Add a comment…', 'Ychwanegwch sylw…')}
          placeholder={t('Add a comment…', 'Ychwanegwch sylw…')}
          autoComplete="off"
          autoCorrect="off"
          className="ig-textarea"
          rows={1}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            // Enter posts the comment (Shift+Enter is a new line).
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing && !e.defaultPrevented) {
              e.preventDefault();
              post();
            }
          }}
        />
        <div
          role="button"
          tabIndex={0}
          className={empty ? 'ig-post ig-post--disabled' : 'ig-post'}
          aria-disabled={empty}
          onClick={post}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ' ') {
              e.preventDefault();
              post();
            }
          }}
        >
          {t('Post', 'Postio')}
        </div>
      </form>
    </div>
  );
}

export const instagram: PracticeSite = {
  id: 'instagram',
  title: 'Instagram: comment',
  editor: 'React-controlled textarea',
  howToPost: 'The Post text button.',
  mount(host) {
    createRoot(host).render(<CommentForm />);
  },
};
