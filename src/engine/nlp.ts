// A thin seam over compromise so the engine can run without it (it costs ~0.5 s to load)
// and only the rules that need language understanding wait for it.
import type { Span } from './types';

export interface Nlp {
  /** Spans of a compromise match-syntax pattern in `text`. */
  match(text: string, pattern: string): Span[];
  /** Is this word a name in compromise's lexicon? A cheap look-up, no parsing. */
  isKnownName(word: string): boolean;
  /** Is this word in compromise's lexicon at all (a name or any other word)? */
  isKnownWord(word: string): boolean;
}

type Compromise = ((text: string) => CompromiseDoc) & {
  world?: () => { model?: { one?: { lexicon?: Record<string, string | string[]> } } };
};
interface CompromiseDoc {
  match(pattern: string): CompromiseView;
}
interface CompromiseView {
  json(options: { offset: true }): Array<{ text: string; offset: { start: number; length: number } }>;
}

const TRAILING_PUNCTUATION = /[\s,.;:!?)\]'"]+$/;

function spansOf(view: CompromiseView): Span[] {
  return view.json({ offset: true }).map(({ text, offset }) => {
    const trimmed = text.replace(TRAILING_PUNCTUATION, '');
    return { start: offset.start, end: offset.start + Math.min(offset.length, trimmed.length || offset.length) };
  });
}

/** Wraps compromise, parsing each text once however many rules ask about it. */
export function createNlp(compromise: Compromise): Nlp {
  let lastText = '';
  let lastDoc: CompromiseDoc | undefined;
  const parse = (text: string) => {
    if (!lastDoc || text !== lastText) {
      lastDoc = compromise(text);
      lastText = text;
    }
    return lastDoc;
  };
  const lexicon = compromise.world?.().model?.one?.lexicon ?? {};
  const NAME_TAG = /Name|Person|Honorific/;
  // Asked for most words of a draft: look the tags up once, not at every call.
  const names = new Set(Object.keys(lexicon).filter((word) => NAME_TAG.test(String(lexicon[word]))));
  return {
    match: (text, pattern) => spansOf(parse(text).match(pattern)),
    isKnownName: (word) => names.has(word.toLowerCase()),
    isKnownWord: (word) => Object.hasOwn(lexicon, word.toLowerCase()),
  };
}

/** Loads compromise on first use. */
export async function loadNlp(): Promise<Nlp> {
  const mod = await import('compromise');
  return createNlp(mod.default as unknown as Compromise);
}
