// A view of the draft for identifier rules (NHS, CHI, H&C numbers): on top of the clean view, digit
// look-alikes that touch digits are read as digits ("4O1" -> "401", "59l9" -> "5919") and unusual
// separators between digits ("943 - 476 - 5919", tabs, slashes, underscores, commas, "(943) 476")
// become one space, so a pack's plain pattern and the checksum both see the real number.
// Positions stay tied to the original draft (the map is composed with the clean view's).
// Linear in the length of the draft. Pure TypeScript.
import type { TextView } from './normalise';

/** Letters that stand in for digits when they touch one: O/o for 0, I/l for 1. */
const DIGIT_LOOKALIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };
/** What people put between groups of digits. */
const SEPARATOR = /[\s.\-/_,()[\]:|+]/;
/** Separators the identifier patterns already allow as they are (one or two of space, dot, hyphen, line break). */
const PLAIN_GAP = /^[ .\-\n]{1,2}$/;
/** A comma, semicolon or colon then a space ends one number in prose ("0808 157 0457, 24/7"): never joined. */
const PROSE_GAP = /[,;:]\s/;
/** Longest run between two digits still read as one number, and how many punctuation marks it may hold. */
const MAX_GAP = 6;
const MAX_GAP_MARKS = 2;

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';
const isLetter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);

/** Digit look-alikes folded: a run of at most two of O, o, I, l, not inside a word, that touches a digit. */
function foldLookalikes(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text[i])) {
      out += text[i++];
      continue;
    }
    let j = i;
    while (j < text.length && isLetter(text[j])) j++;
    const run = text.slice(i, j);
    const touchesDigit = isDigit(text[i - 1]) || isDigit(text[j]);
    const lookalikes = run.length <= 2 && [...run].every((ch) => ch in DIGIT_LOOKALIKE);
    out += touchesDigit && lookalikes ? [...run].map((ch) => DIGIT_LOOKALIKE[ch]).join('') : run;
    i = j;
  }
  return out;
}

export function digitView(view: TextView): TextView {
  const text = foldLookalikes(view.text); // same length: each fold is one character for one
  const n = text.length;
  const map: number[] = [];
  const ends: number[] = [];
  const endOf = (i: number) => (view.ends ? view.ends[i] : view.map[i + 1]);
  let out = '';
  let i = 0;
  while (i < n) {
    if (isDigit(text[i - 1]) && SEPARATOR.test(text[i])) {
      let j = i;
      let marks = 0;
      while (j < n && j - i <= MAX_GAP && SEPARATOR.test(text[j])) {
        if (!/\s/.test(text[j])) marks++;
        j++;
      }
      const gap = text.slice(i, j);
      if (isDigit(text[j]) && gap.length <= MAX_GAP && marks <= MAX_GAP_MARKS && !PLAIN_GAP.test(gap) && !PROSE_GAP.test(gap)) {
        out += ' ';
        map.push(view.map[i]);
        ends.push(endOf(j - 1));
        i = j;
        continue;
      }
    }
    out += text[i];
    map.push(view.map[i]);
    ends.push(endOf(i));
    i++;
  }
  map.push(view.map[n]);
  return { text: out, map, ends };
}
