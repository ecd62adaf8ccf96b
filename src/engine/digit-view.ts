// A view of the draft for identifier rules (NHS, CHI, H&C numbers): on top of the clean view, digit
// look-alikes that touch digits are read as digits ("4O1" -> "401", "59l9" -> "5919") and unusual
// separators between digits ("943 - 476 - 5919", tabs, slashes, underscores, commas, "(943) 476")
// become one space, so a pack's plain pattern and the checksum both see the real number.
// Positions stay tied to the original draft (the map is composed with the clean view's).
// Linear in the length of the draft. Pure TypeScript.
import type { TextView } from './normalise';

/** Letters that stand in for digits when they touch one: O/o for 0, I/l for 1. */
const DIGIT_LOOKALIKE: Record<string, string> = { O: '0', o: '0', I: '1', l: '1' };
/** A run of at most two look-alikes, not inside a word, that touches a digit. */
const LOOKALIKE_RUN = /(?<=\d)[OoIl]{1,2}(?!\p{L})|(?<!\p{L})[OoIl]{1,2}(?=\d)/gu;
/** What people put between groups of digits: a run of at most six, between two digits. */
const GAP = /(?<=\d)[\s.\-/_,()[\]:|+]{1,6}(?=\d)/g;
/** Separators the identifier patterns already allow as they are (one or two of space, dot, hyphen, line break). */
const PLAIN_GAP = /^[ .\-\n]{1,2}$/;
/** A comma, semicolon or colon then a space ends one number in prose ("0808 157 0457, 24/7"): never joined. */
const PROSE_GAP = /[,;:]\s/;
/** How many punctuation marks a gap in one number may hold. */
const MAX_GAP_MARKS = 2;

/** Digit look-alikes folded (same length: each fold is one character for one). */
const foldLookalikes = (text: string) => text.replace(LOOKALIKE_RUN, (run) => [...run].map((ch) => DIGIT_LOOKALIKE[ch]).join(''));

/** A gap read as one space: not one the patterns already allow, not the end of a number in prose, few marks. */
function joins(gap: string): boolean {
  if (PLAIN_GAP.test(gap) || PROSE_GAP.test(gap)) return false;
  let marks = 0;
  for (const ch of gap) if (!/\s/.test(ch)) marks++;
  return marks <= MAX_GAP_MARKS;
}

// Built from regular expressions rather than a character loop: it runs on every draft with a digit.
export function digitView(view: TextView): TextView {
  const text = foldLookalikes(view.text);
  const endOf = (i: number) => (view.ends ? view.ends[i] : view.map[i + 1]);
  let out = '';
  const map: number[] = [];
  const ends: number[] = [];
  /** Copied up to here. */
  let copied = 0;
  const copyTo = (end: number) => {
    out += text.slice(copied, end);
    for (let i = copied; i < end; i++) {
      map.push(view.map[i]);
      ends.push(endOf(i));
    }
  };
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
    if (!joins(m[0])) continue;
    const end = m.index + m[0].length;
    copyTo(m.index);
    out += ' ';
    map.push(view.map[m.index]);
    ends.push(endOf(end - 1));
    copied = end;
  }
  if (copied === 0) return { text, map: view.map, ends: view.ends };
  copyTo(text.length);
  map.push(view.map[text.length]);
  return { text: out, map, ends };
}
