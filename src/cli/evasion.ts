// Evasion variants of a rule's own flag examples, for `tbyp test`: the same text with the tricks people
// (or a page) use to slip past a check: invisible characters inside words, other kinds of digits, marks
// between words. The engine's normalisation folds each one away, so every variant must still be flagged.
//
// Not yet here, because the engine does not withstand them yet: invisible characters inside words for the
// patient-name detector (it reads words through compromise, which keeps them); a line break between every
// word (compromise and the name detector read a line break as the end of a sentence, on purpose); and
// wide gaps inside letters spelt out one by one ("f  u  c  k": the tokenizer joins single letters across
// one space only, so a list of initials is not read as a word).
const FULLWIDTH_ZERO = 0xff10;

export interface Evasion {
  name: string;
  apply(text: string): string;
  /** Splits words: not yet for detectors (see above). */
  insideWords?: boolean;
}

export const EVASIONS: readonly Evasion[] = [
  { name: 'soft hyphens inside words', insideWords: true, apply: (t) => t.replace(/(\p{L})(\p{L}{2,})/gu, '$1\u00ad$2') },
  { name: 'zero-width spaces inside words', insideWords: true, apply: (t) => t.replace(/(\p{L})(\p{L}{2,})/gu, '$1\u200b$2') },
  { name: 'fullwidth digits', apply: (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(FULLWIDTH_ZERO + Number(d))) },
  { name: 'direction marks between words', apply: (t) => t.replace(/ /g, ' \u200e') },
  // Any run of white space between words reads as one space (src/engine/normalise.ts oneSpaceBetweenWords).
  { name: 'double spaces between words', apply: (t) => betweenWords(t, '  ') },
  { name: 'tabs between words', apply: (t) => betweenWords(t, '\t') },
  { name: 'a space, a tab and a space between words', apply: (t) => betweenWords(t, ' \t ') },
  { name: 'no-break and thin spaces between words', apply: (t) => betweenWords(t, '\u00a0\u2009') },
  { name: 'ideographic spaces between words', apply: (t) => betweenWords(t, '\u3000') },
  { name: 'a zero-width space beside each space', apply: (t) => betweenWords(t, '\u200b \u200b') },
];

/** `text` with `gap` for each space between words, except between two single characters (letters spelt out). */
function betweenWords(text: string, gap: string): string {
  const words = text.split(' ');
  return words.reduce((out, word, i) => (i === 0 ? word : out + ([...words[i - 1]!].length === 1 && [...word].length === 1 ? ' ' : gap) + word), '');
}

/** The variants of `text` for a rule of this type that differ from it, each with the name of its trick. */
export function evasionsOf(text: string, ruleType: string): Array<{ name: string; text: string }> {
  return EVASIONS.filter((e) => !(e.insideWords && ruleType === 'detector'))
    .map((e) => ({ name: e.name, text: e.apply(text) }))
    .filter((v) => v.text !== text);
}
