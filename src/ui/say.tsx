// Words on screen with their language: a part in another language than the page (a pack's English on a
// Welsh page) is wrapped in <span lang="…"> so screen readers say it right (WCAG 2.2 3.1.2).
import type { Worded } from './labels';

export function Say({ words }: { words: string | Worded | readonly Worded[] }) {
  const parts = typeof words === 'string' ? [{ text: words }] : Array.isArray(words) ? words : [words as Worded];
  return (
    <>
      {parts.map((w, i) =>
        w.lang ? (
          <span lang={w.lang} key={i}>
            {w.text}
          </span>
        ) : (
          w.text
        ),
      )}
    </>
  );
}
