// Evasion variants of a rule's own flag examples, for `tbyp test`: the same text with the tricks people
// (or a page) use to slip past a check: invisible characters inside words, other kinds of digits, marks
// between words. The engine's normalisation folds each one away, so every variant must still be flagged.
//
// Not yet here, because the engine does not withstand it yet: invisible characters inside words for the
// patient-name detector (it reads words through compromise, which keeps them). Letters spelt out one by one
// are tried on word-based rules only: patterns and phrases read the text, not the words.
const FULLWIDTH_ZERO = 0xff10;

export interface Evasion {
  name: string;
  apply(text: string): string;
  /** Splits words: not yet for detectors (see above). */
  insideWords?: boolean;
  /** Spells a word out: only for rules that read words (see above). */
  spellsOut?: boolean;
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
  // One word per line (src/engine/normalise.ts wordPerLineAsSpaces).
  { name: 'a line break between every word', apply: (t) => betweenWords(t, '\n') },
  { name: 'a blank line between every word', apply: (t) => betweenWords(t, '\r\n\r\n') },
  // Letters spelt out with even gaps (src/engine/normalise.ts tokenizeView).
  { name: 'the longest word spelt out with two spaces', spellsOut: true, apply: (t) => spellOutLongest(t, '  ') },
  { name: 'the longest word spelt out with " . "', spellsOut: true, apply: (t) => spellOutLongest(t, ' . ') },
  { name: 'the longest word spelt out with tabs', spellsOut: true, apply: (t) => spellOutLongest(t, '\t') },
  { name: 'the longest word spelt out with slashes', spellsOut: true, apply: (t) => spellOutLongest(t, '/') },
  { name: 'the longest word spelt out on lines of its own', spellsOut: true, apply: (t) => spellOutLongest(t, '\n') },
];

/** Rule types that read words, where a word spelt out letter by letter must still count. */
const READS_WORDS = new Set(['words', 'aimed']);

/** `text` with its longest word of plain letters (three or more) spelt out, `gap` between the letters. */
function spellOutLongest(text: string, gap: string): string {
  const word = (letters: string) => new RegExp(`(?<=^|\\s)${letters}(?=$|[\\s.,!?:;)])`, 'gu');
  const longest = (text.match(word('\\p{L}{3,}')) ?? []).reduce((a, b) => (b.length > a.length ? b : a), '');
  return longest === '' ? text : text.replace(word(longest), (w) => [...w].join(gap));
}

/** `text` with `gap` for each space between words, except between two single characters (letters spelt out). */
function betweenWords(text: string, gap: string): string {
  const words = text.split(' ');
  return words.reduce((out, word, i) => (i === 0 ? word : out + ([...words[i - 1]!].length === 1 && [...word].length === 1 ? ' ' : gap) + word), '');
}

/** The variants of `text` for a rule of this type that differ from it, each with the name of its trick. */
export function evasionsOf(text: string, ruleType: string): Array<{ name: string; text: string }> {
  return EVASIONS.filter((e) => !(e.insideWords && ruleType === 'detector') && !(e.spellsOut && !READS_WORDS.has(ruleType)))
    .map((e) => ({ name: e.name, text: e.apply(text) }))
    .filter((v) => v.text !== text);
}
