// A draft prepared once for every rule: the clean view for patterns, tokens for words,
// and a memo so rules that share a matcher don't repeat work.
import { cleanView, oneSpaceBetweenWords, tokenizeView, viewSpan, wordPerLineAsSpaces, type TextView, type Token } from './normalise';
import type { Nlp } from './nlp';
import type { Context, Span } from './types';

export class Doc {
  readonly view: TextView;
  readonly tokens: Token[];
  private readonly memos = new Map<object, unknown>();

  /** The draft, with a line break between every word read as a space (same length, same positions). */
  readonly text: string;

  constructor(
    text: string,
    readonly context: Context,
    readonly nlp?: Nlp,
  ) {
    // Patterns and phrases read any white space between words as one space; words come from the text as
    // typed (the clean view once, not cleaned again).
    this.text = wordPerLineAsSpaces(text);
    const clean = cleanView(this.text);
    this.view = oneSpaceBetweenWords(clean);
    this.tokens = tokenizeView(clean, this.text);
  }

  memo<T>(key: object, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }

  /** Original-text span of a range of the clean view. */
  span(viewStart: number, viewEnd: number): Span {
    return viewSpan(this.view, viewStart, viewEnd);
  }

  /** Index of the first token that ends after `offset` (original index). */
  tokenAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.min(lo, Math.max(0, this.tokens.length - 1));
  }

  /** First and last token indices a span covers. */
  tokenRange(span: Span): [number, number] {
    const first = this.tokenAt(span.start);
    const last = Math.max(first, this.tokenAt(Math.max(span.start, span.end - 1)));
    return [first, last];
  }

  tokenSpan(first: number, last: number): Span {
    return { start: this.tokens[first].start, end: this.tokens[last].end };
  }
}
