// Evasion variants of a rule's own flag examples, for `tbyp test`: the same text with the tricks people
// (or a page) use to slip past a check: invisible characters inside words, other kinds of digits, marks
// between words. The engine's normalisation folds each one away, so every variant must still be flagged.
//
// Not yet here, because the engine does not withstand them yet (issue 14, open): double spaces between
// words (66 flag examples of phrase and pattern rules stop matching), and invisible characters inside
// words for the patient-name detector (it reads words through compromise, which keeps them).
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
];

/** The variants of `text` for a rule of this type that differ from it, each with the name of its trick. */
export function evasionsOf(text: string, ruleType: string): Array<{ name: string; text: string }> {
  return EVASIONS.filter((e) => !(e.insideWords && ruleType === 'detector'))
    .map((e) => ({ name: e.name, text: e.apply(text) }))
    .filter((v) => v.text !== text);
}
