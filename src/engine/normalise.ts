// Normalisation: see through disguised text while keeping every position tied to the original draft.
//
// cleanView() builds a "clean view" of the draft (invisible characters removed, look-alikes and
// compatibility forms folded to plain letters and digits) plus a map from every view position back
// to the original, so a match found in the view can be highlighted on exactly what the person typed.
// tokenize() splits the clean view into words with lookup forms (lowercase, leetspeak decoded,
// repeated letters squeezed). Pure TypeScript: no DOM, no dependencies.
import type { Span } from './types';

export interface TextView {
  text: string;
  /** map[i] = original index of view char i; map has length text.length + 1, last entry = original.length */
  map: number[];
  /**
   * ends[i] = original index just after the source of view char i (including any combining marks
   * that were folded into it). Lets viewSpan() end a range exactly at the last character typed,
   * not after invisible characters that follow it. Optional so hand-built views still work.
   */
  ends?: number[];
}

export interface Token {
  /** Original indices. */
  start: number;
  end: number;
  /** The original slice. */
  text: string;
  /** Lookup forms, de-duplicated; the first is the plain lower-case form. */
  forms: string[];
  /** Letters spelt out one by one ("M r s", "J.o.n.e.s"): the word they spell, capitals kept ("Mrs"). */
  spelt?: string;
}

// ---------------------------------------------------------------------------------------------
// Character classes

const L = 1; // letter
const N = 2; // number
const M = 4; // mark
const KNOWN = 8; // BMP cache: entry computed

const RE_L = /\p{L}/u;
const RE_N = /\p{N}/u;
const RE_M = /\p{M}/u;
const RE_CF = /\p{Cf}/u;

const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = N;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = L;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = L;

let bmpClass: Uint8Array | null = null;
const astralClass = new Map<number, number>();

function computeClass(cp: number): number {
  const s = String.fromCodePoint(cp);
  return (RE_L.test(s) ? L : 0) | (RE_N.test(s) ? N : 0) | (RE_M.test(s) ? M : 0);
}

/** Letter / number / mark bits for a code point (cached). */
function cpClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  if (cp < 0x10000) {
    if (bmpClass === null) bmpClass = new Uint8Array(0x10000);
    let v = bmpClass[cp];
    if (v === 0) {
      v = computeClass(cp) | KNOWN;
      bmpClass[cp] = v;
    }
    return v & 7;
  }
  let v = astralClass.get(cp);
  if (v === undefined) {
    v = computeClass(cp);
    astralClass.set(cp, v);
  }
  return v;
}

/** Combining marks that decorate a letter (accents, strike-through, overlays) and can be dropped. */
function isDecorativeMark(cp: number): boolean {
  return (
    (cp >= 0x0300 && cp <= 0x036f) ||
    (cp >= 0x1ab0 && cp <= 0x1aff) ||
    (cp >= 0x1dc0 && cp <= 0x1dff) ||
    (cp >= 0x20d0 && cp <= 0x20ff) ||
    (cp >= 0xfe20 && cp <= 0xfe2f)
  );
}

function isInvisible(cp: number): boolean {
  if (
    cp === 0x00ad || // soft hyphen
    cp === 0x034f || // combining grapheme joiner
    cp === 0x061c || // arabic letter mark
    cp === 0x115f ||
    cp === 0x1160 ||
    cp === 0x3164 ||
    cp === 0xffa0 || // hangul fillers, used as blank characters
    cp === 0x17b4 ||
    cp === 0x17b5 ||
    cp === 0x180e ||
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM/RLM
    (cp >= 0x202a && cp <= 0x202e) || // bidi embeddings and overrides
    (cp >= 0x2060 && cp <= 0x206f) || // word joiner, invisible operators, bidi isolates
    cp === 0xfeff ||
    (cp >= 0xfe00 && cp <= 0xfe0f) || // variation selectors
    (cp >= 0xe0100 && cp <= 0xe01ef) ||
    (cp >= 0xe0000 && cp <= 0xe007f) // tag characters
  ) {
    return true;
  }
  return RE_CF.test(String.fromCodePoint(cp));
}

function isUnicodeSpace(cp: number): boolean {
  return (
    cp === 0x00a0 ||
    cp === 0x1680 ||
    (cp >= 0x2000 && cp <= 0x200a) ||
    cp === 0x202f ||
    cp === 0x205f ||
    cp === 0x3000 ||
    cp === 0x2800 // braille blank, used as an "invisible" space
  );
}

// Look-alike letters folded to ASCII (case kept where the script has case).
const CONFUSABLE_PAIRS =
  // Cyrillic lowercase
  'аaвbеeоoрpсcуyхxіiјjѕsкkмmнhтtԁdһhӏlԛqԝwүyѡw' +
  // Cyrillic uppercase
  'АAВBЕEКKМMНHОOРPСCТTХXУYІIЈJЅSԀDӀIҮYԚQԜW' +
  // Greek lowercase
  'οoαaεeιiκkνvρpτtυuχx' +
  // Greek uppercase
  'ΑAΒBΕEΖZΗHΙIΚKΜMΝNΟOΡPΤTΥYΧX' +
  // Latin small capitals and other look-alikes NFKC leaves alone
  'ᴀaʙbᴄcᴅdᴇeꜰfɢgʜhɪiᴊjᴋkʟlᴍmɴnᴏoᴘpʀrꜱsᴛtᴜuᴠvᴡwʏyᴢzıiȷjɑaɡgøoØOłlŁLđdĐDħhĦH';

const CONFUSABLE = new Map<number, string>();
for (let i = 0; i + 1 < CONFUSABLE_PAIRS.length; i += 2) {
  CONFUSABLE.set(CONFUSABLE_PAIRS.charCodeAt(i), CONFUSABLE_PAIRS[i + 1]);
}

const APOSTROPHES = new Set([0x2018, 0x2019, 0x201b, 0x2032, 0x00b4, 0x02bc, 0x02b9]);
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]);

function hasDecorativeMark(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isDecorativeMark(s.charCodeAt(i))) return true;
  return false;
}

function stripDecorativeMarks(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isDecorativeMark(c)) out += s[i];
  }
  return out;
}

/** Simple 1:1 folds applied to single code units (also to the output of NFKC). */
function simpleFold(c: number): string | null {
  if (isUnicodeSpace(c)) return ' ';
  if (c === 0x2028 || c === 0x2029 || c === 0x0085) return '\n';
  if (APOSTROPHES.has(c)) return "'";
  if (DASHES.has(c)) return '-';
  const conf = CONFUSABLE.get(c);
  if (conf !== undefined) return conf;
  return null;
}

const RE_ND = /\p{Nd}/u;

/** Value of a decimal digit: Unicode puts each script's digits 0-9 in a run of ten, zero first. */
function decimalValue(cp: number): number {
  let zero = cp;
  while (RE_ND.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

function computeFold(cp: number): string | null {
  if (isInvisible(cp)) return '';
  const simple = simpleFold(cp);
  if (simple !== null) return simple;
  const ch = String.fromCodePoint(cp);
  let r = ch.normalize('NFKC');
  // Accented letters (é, ü, ǖ) and compatibility characters carrying a spacing accent lose the
  // accent, matching what happens to a decomposed letter followed by combining marks.
  if ((cpClass(cp) & L) !== 0 || r !== ch) {
    const d = r.normalize('NFD');
    if (hasDecorativeMark(d)) {
      const stripped = stripDecorativeMarks(d);
      if (stripped !== '') r = stripped.normalize('NFC');
    }
  }
  // Decimal digits of other scripts (Arabic-Indic ٣, Devanagari ३) are digits: NFKC leaves them.
  if (r === ch && RE_ND.test(ch)) return String(decimalValue(cp));
  // NFKC output can itself be a look-alike (mathematical Greek alpha -> α -> a).
  let out = '';
  let changed = false;
  for (let i = 0; i < r.length; i++) {
    const f = simpleFold(r.charCodeAt(i));
    if (f !== null) {
      out += f;
      changed = true;
    } else {
      out += r[i];
    }
  }
  if (changed) r = out;
  return r === ch ? null : r;
}

const foldCache = new Map<number, string | null>();

/** Replacement for a code point: null = keep as is, '' = drop. Cached. */
function foldCodePoint(cp: number): string | null {
  let r = foldCache.get(cp);
  if (r === undefined) {
    r = computeFold(cp);
    if (foldCache.size < 8192) foldCache.set(cp, r);
  }
  return r;
}

// ---------------------------------------------------------------------------------------------
// Clean view

/**
 * The draft with disguises removed: invisible characters dropped, combining marks after letters
 * dropped, Unicode spaces made plain, compatibility forms (fullwidth, mathematical, circled...)
 * folded with NFKC, accents stripped, Cyrillic/Greek look-alikes folded to ASCII. Case, ASCII
 * punctuation and digits are left alone, so regexes (NHS numbers, postcodes) can run on it.
 */
export function cleanView(original: string): TextView {
  const n = original.length;
  const map: number[] = [];
  const ends: number[] = [];
  let text = '';
  let runStart = 0; // start of the pending run copied unchanged from the original
  let lastCp = -1; // last code point emitted into the view
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    if (c < 0x80) {
      map.push(i);
      ends.push(i + 1);
      lastCp = c;
      i++;
      continue;
    }
    let cp = c;
    let w = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = original.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
        w = 2;
      }
    }
    let r: string | null;
    if (isDecorativeMark(cp)) {
      if (lastCp >= 0 && (cpClass(lastCp) & (L | N)) !== 0) {
        // "fuc̶k": the mark belongs to the letter before it; drop it but keep it in that letter's span.
        if (runStart < i) text += original.slice(runStart, i);
        runStart = i + w;
        if (ends.length > 0) ends[ends.length - 1] = i + w;
        i += w;
        continue;
      }
      r = null;
    } else {
      r = foldCodePoint(cp);
    }
    if (r === null) {
      map.push(i);
      ends.push(i + 1);
      if (w === 2) {
        map.push(i + 1);
        ends.push(i + 2);
      }
      lastCp = cp;
      i += w;
      continue;
    }
    if (runStart < i) text += original.slice(runStart, i);
    text += r;
    for (let k = 0; k < r.length; k++) {
      map.push(i);
      ends.push(i + w);
    }
    if (r.length > 0) lastCp = r.codePointAt(r.length - 1) ?? lastCp;
    i += w;
    runStart = i;
  }
  if (runStart === 0) text = original;
  else if (runStart < n) text += original.slice(runStart, n);
  map.push(n);
  return { text, map, ends };
}

/** White space that is not one plain space (Unicode spaces are plain ones in the clean view). */
const SPACE_RUN = /\s{2,}|[^\S ]/g;

/**
 * The clean view with any run of white space between words as one plain space (tabs, line breaks, no-break,
 * thin and ideographic spaces, with invisible characters among them), so patterns and phrases written
 * with one space ("on ward") still match "on  ward" or "on\t\nward". The space stands for the whole run
 * in the original text. For patterns and phrases only: tokenize() reads the spaces as typed.
 */
export function oneSpaceBetweenWords(view: TextView): TextView {
  const { text, map, ends } = view;
  SPACE_RUN.lastIndex = 0;
  if (!SPACE_RUN.test(text)) return view;
  let out = '';
  const outMap: number[] = [];
  const outEnds: number[] = [];
  let copied = 0; // view text before this is in `out`
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(text); m; m = SPACE_RUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    out += text.slice(copied, start) + ' ';
    for (let i = copied; i < start; i++) {
      outMap.push(map[i]);
      outEnds.push(ends ? ends[i] : map[i + 1]);
    }
    outMap.push(map[start]);
    outEnds.push(ends ? ends[end - 1] : map[end]);
    copied = end;
  }
  out += text.slice(copied);
  for (let i = copied; i <= text.length; i++) {
    outMap.push(map[i]);
    if (i < text.length) outEnds.push(ends ? ends[i] : map[i + 1]);
  }
  return { text: out, map: outMap, ends: outEnds };
}

/** One line of a draft holding a single word (white space around it allowed), then the line breaks after it. */
const WORD_LINE = /[^\S\n]*[^\s]+[^\S\n]*(?:\n\s*|$)/y;
/** A line holding one letter or digit. */
const LETTER_LINE = /^\s*[\p{L}\p{N}]\s*$/u;
/** How many one-word lines in a row read as one line. */
const MIN_WORD_LINES = 3;

/**
 * The draft with a line break between every word read as spaces: in a run of three or more lines that hold one
 * word each ("you\nare\nan\nidiot"), the line breaks between them become spaces, so sentence-aware rules and the
 * tagger read one sentence, as written with spaces. When each line holds one letter (a word spelt out down the
 * screen, "what a\nf\nu\nc\nk\ning day"), the breaks either side of the run go too. Same length as `text`, so
 * every position stays the same. Lines of prose, and one or two short lines (a sign-off: "Thanks\nJo"), are left alone.
 */
export function wordPerLineAsSpaces(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  let out = '';
  let copied = 0;
  for (let at = 0; at < text.length; ) {
    // Lines that start at `at` and hold one word each.
    const ends = [at];
    for (let from = at; from < text.length; ) {
      WORD_LINE.lastIndex = from;
      if (!WORD_LINE.test(text)) break;
      from = WORD_LINE.lastIndex;
      ends.push(from);
    }
    const lines = ends.length - 1;
    if (lines >= MIN_WORD_LINES) {
      let start = at;
      let end = lastWordEnd(text, ends[lines]!);
      if (ends.slice(1).every((e, i) => LETTER_LINE.test(text.slice(ends[i], e)))) {
        while (start > copied && /\s/.test(text[start - 1]!)) start--;
        while (end < text.length && /\s/.test(text[end]!)) end++;
      }
      out += text.slice(copied, start) + text.slice(start, end).replace(/[\n\r]/g, ' ');
      copied = at = end;
      continue;
    }
    const next = text.indexOf('\n', at);
    if (next < 0) break;
    at = next + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** The end of the last word before `end` (the run's trailing line breaks stay as they are). */
function lastWordEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1]!)) e--;
  return e;
}

/** A view range [start, end) as a range of the original text. An empty range maps to a position. */
export function viewSpan(view: TextView, start: number, end: number): Span {
  const len = view.text.length;
  const s = start < 0 ? 0 : start > len ? len : start;
  const e = end < s ? s : end > len ? len : end;
  const os = view.map[s];
  if (e === s) return { start: os, end: os };
  const oe = view.ends !== undefined ? view.ends[e - 1] : view.map[e];
  return { start: os, end: oe };
}

// ---------------------------------------------------------------------------------------------
// Forms

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '@': 'a',
  $: 's',
  '!': 'i',
  '|': 'l',
};

function isLeetCode(c: number): boolean {
  // 0 1 3 4 5 7 8 @ $ ! |
  return (
    c === 48 || c === 49 || c === 51 || c === 52 || c === 53 || c === 55 || c === 56 || c === 64 || c === 36 || c === 33 || c === 124
  );
}

function codePointAtStr(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

function hasLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (ASCII_CLASS[c] === L) return true;
    } else if ((cpClass(codePointAtStr(s, i)) & L) !== 0) {
      return true;
    }
  }
  return false;
}

function leetDecode(s: string): string {
  const n = s.length;
  let i = 0;
  while (i < n && !isLeetCode(s.charCodeAt(i))) i++;
  if (i === n) return s;
  let out = s.slice(0, i);
  for (; i < n; i++) {
    const ch = s[i];
    out += isLeetCode(s.charCodeAt(i)) ? LEET[ch] : ch;
  }
  return out;
}

/**
 * Collapse runs of the same letter to one ("fuuuuck" -> "fuck", "bollocks" -> "bolocks") and runs
 * of the masking characters * and # to one ("f**k" -> "f*k"). Digits and other symbols are kept.
 * Comparison is exact, so pass lowercase text. Returns the same string when nothing changes.
 */
export function squeeze(word: string): string {
  let i = 1;
  const n = word.length;
  // Fast scan: find the first squeezable repeat.
  for (; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && isSqueezable(word, i, c)) break;
  }
  if (i >= n) return word;
  let out = word.slice(0, i);
  for (i++; i < n; i++) {
    const c = word.charCodeAt(i);
    if (c === word.charCodeAt(i - 1) && isSqueezable(word, i, c)) continue;
    out += word[i];
  }
  return out;
}

function isSqueezable(word: string, i: number, c: number): boolean {
  if (c < 128) return ASCII_CLASS[c] === L || c === 42 || c === 35;
  if (c >= 0xd800 && c <= 0xdfff) return false; // never split a surrogate pair
  return (cpClass(codePointAtStr(word, i)) & L) !== 0;
}

function pushUnique(list: string[], s: string): void {
  if (s !== '' && !list.includes(s)) list.push(s);
}

/** Forms of an already-lowercased word: plain, leet-decoded, squeezed plain, squeezed decoded. */
function addWordForms(list: string[], lower: string): void {
  pushUnique(list, lower);
  let leet: string | null = null;
  const d = leetDecode(lower);
  if (d !== lower && hasLetter(lower)) {
    leet = d;
    pushUnique(list, d);
  }
  pushUnique(list, squeeze(lower));
  if (leet !== null) pushUnique(list, squeeze(leet));
}

/** "f*u*c*k" -> "fuck": single characters separated by single asterisks, three or more; else null. */
function starSpelled(lower: string): string | null {
  const n = lower.length;
  if (n < 5 || n % 2 === 0) return null;
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = lower.charCodeAt(i);
    if (i % 2 === 1) {
      if (c !== 42) return null;
    } else {
      if (c === 42 || c >= 0xd800) return null;
      out += lower[i];
    }
  }
  return out;
}

const KIND_WORD = 0;
const KIND_MENTION = 1;
const KIND_HASHTAG = 2;

function formsFor(viewText: string, kind: number): string[] {
  const lower = viewText.toLowerCase();
  const list: string[] = [];
  if (kind === KIND_MENTION) {
    list.push(lower);
    return list;
  }
  if (kind === KIND_HASHTAG) {
    list.push(lower);
    addWordForms(list, lower.slice(1));
    return list;
  }
  addWordForms(list, lower);
  if (lower.indexOf('*') > 0) {
    const joined = starSpelled(lower);
    if (joined !== null) addWordForms(list, joined);
  }
  return list;
}

/**
 * Lookup forms for one entry of a rule's word list, folded the same way as a draft's tokens
 * (clean view, lowercase, leetspeak decoded, squeezed), so the two can be compared directly.
 * "@name" entries are kept as they are; "#tag" entries also get the forms of "tag".
 */
export function foldWord(word: string): string[] {
  const text = cleanView(word).text;
  let kind = KIND_WORD;
  if (text.length > 1 && (cpClass(codePointAtStr(text, 1)) & L) !== 0) {
    if (text.charCodeAt(0) === 64) kind = KIND_MENTION;
    else if (text.charCodeAt(0) === 35) kind = KIND_HASHTAG;
  }
  return formsFor(text, kind);
}

// ---------------------------------------------------------------------------------------------
// Tokens

function isMaskCode(c: number): boolean {
  // * # @ $ ! |
  return c === 42 || c === 35 || c === 64 || c === 36 || c === 33 || c === 124;
}

function isSeparatorCode(c: number): boolean {
  // space . - _ * / tab
  return c === 32 || c === 46 || c === 45 || c === 95 || c === 42 || c === 47 || c === 9;
}

/** The widest gap between letters spelt out one by one: "i . d . i . o . t", "f \t u \t c \t k". */
const MAX_LETTER_GAP = 3;

/**
 * Whether view range [from, to) is a gap that joins spelt-out letters: one separator, or (when `first`, the run's
 * first gap, is wider) a copy of that first gap. Letters spaced evenly are spelt out on purpose; a list of initials
 * ("J. R. R.") is joined too, harmlessly, but "5 p.m. I" is not (its gaps differ).
 */
function isLetterGap(t: string, from: number, to: number, first: string | null): boolean {
  const width = to - from;
  if (width < 1 || width > MAX_LETTER_GAP) return false;
  for (let k = from; k < to; k++) if (!isSeparatorCode(t.charCodeAt(k))) return false;
  if (first === null) return true;
  return first.length === 1 ? width === 1 : t.slice(from, to) === first;
}

/** Class bits of the character at i in s, and its width in code units (packed: bits | width << 4). */
function classAt(s: string, i: number, n: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return ASCII_CLASS[c] | (1 << 4);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) {
      return cpClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | (2 << 4);
    }
  }
  if (c >= 0xd800 && c <= 0xdfff) return 1 << 4;
  return cpClass(c) | (1 << 4);
}

function isLetterOrNumberAt(s: string, i: number, n: number): boolean {
  return i < n && (classAt(s, i, n) & (L | N)) !== 0;
}

function isLetterAt(s: string, i: number, n: number): boolean {
  return i < n && (classAt(s, i, n) & L) !== 0;
}

/** Raw tokens in view coordinates, packed flat: [start, end, kind, single] per token. */
function scan(t: string): number[] {
  const n = t.length;
  const out: number[] = [];
  let i = 0;
  while (i < n) {
    const ci = classAt(t, i, n);
    const c = t.charCodeAt(i);
    const prevIsWord = i > 0 && (classAt(t, i - 1, n) & (L | N | M)) !== 0;
    if ((ci & (L | N)) !== 0 || (c === 36 && !prevIsWord && isLetterAt(t, i + 1, n))) {
      // A word, possibly starting with "$" ("$hit").
      const start = i;
      let j = c === 36 ? i + 1 : i;
      let letter = false;
      for (;;) {
        while (j < n) {
          const k = classAt(t, j, n);
          if ((k & (L | N | M)) === 0) break;
          if ((k & L) !== 0) letter = true;
          j += k >> 4;
        }
        if (j >= n) break;
        const d = t.charCodeAt(j);
        if (d === 39 && j > start && isLetterOrNumberAt(t, j + 1, n)) {
          j++; // inner apostrophe: don't, patient's
          continue;
        }
        if (letter && isMaskCode(d)) {
          let k = j + 1;
          while (k < n && isMaskCode(t.charCodeAt(k))) k++;
          if (isLetterOrNumberAt(t, k, n)) {
            j = k; // masking between letters: f*ck, b@stard, a$$hole, sh!t
            continue;
          }
          // Trailing masks: "f***", "sh*", "a$$". Not after "*emphasis*", not "!" or "|".
          if (start === 0 || t.charCodeAt(start - 1) !== 42) {
            while (j < n) {
              const e = t.charCodeAt(j);
              if (e === 42 || e === 35 || e === 36) j++;
              else break;
            }
          }
        }
        break;
      }
      let single = 0;
      if (j - start === 1) {
        if ((ci & L) !== 0) single = 2;
        else if (c !== 50 && c !== 54 && c !== 57 && c >= 48 && c <= 57) single = 1; // leet digit
      }
      out.push(start, j, KIND_WORD, single);
      i = j;
      continue;
    }
    if ((c === 64 || c === 35) && !prevIsWord) {
      // @mention (must start with a letter) or #hashtag (needs a letter somewhere).
      const mention = c === 64;
      let j = i + 1;
      let letter = false;
      while (j < n) {
        const k = classAt(t, j, n);
        if ((k & (L | N | M)) !== 0) {
          if ((k & L) !== 0) letter = true;
          j += k >> 4;
        } else if (t.charCodeAt(j) === 95 && j > i + 1) {
          j++;
        } else {
          break;
        }
      }
      // Trailing underscores are not part of the name.
      while (j > i + 1 && t.charCodeAt(j - 1) === 95) j--;
      const ok = mention ? isLetterAt(t, i + 1, n) : letter && t.charCodeAt(i + 1) !== 95;
      if (ok) {
        out.push(i, j, mention ? KIND_MENTION : KIND_HASHTAG, 0);
        i = j;
        continue;
      }
    }
    i += ci >> 4;
  }
  return out;
}

function makeToken(view: TextView, original: string, vs: number, ve: number, forms: string[]): Token {
  const { start, end } = viewSpan(view, vs, ve);
  return { start, end, text: original.slice(start, end), forms };
}

/**
 * Words of a draft, with positions in the original text. Sees through invisible characters,
 * look-alikes, masking (f*ck), leetspeak (sh1t), repeated letters (fuuuck) and spaced-out letters
 * ("f u c k", "f.u.c.k", "s-h-i-t": three or more single letters joined into one token).
 */
export function tokenize(original: string): Token[] {
  return tokenizeView(cleanView(original), original);
}

/** tokenize() for a view already built with cleanView(original), to avoid cleaning twice. */
export function tokenizeView(view: TextView, original: string): Token[] {
  const t = view.text;
  const raw = scan(t);
  const count = raw.length / 4;
  const tokens: Token[] = [];
  let a = 0;
  while (a < count) {
    const base = a * 4;
    if (raw[base + 3] === 2) {
      // Try to join a run of spaced single letters ("f u c k"); leet digits only inside ("s h 1 t"),
      // so "5 p.m." stays three tokens.
      let b = a;
      let letters = raw[base + 3] === 2 ? 1 : 0;
      let firstGap: string | null = null;
      while (b + 1 < count) {
        const prevEnd = raw[b * 4 + 1];
        const next = (b + 1) * 4;
        if (raw[next + 3] === 0 || !isLetterGap(t, prevEnd, raw[next], firstGap)) break;
        firstGap ??= t.slice(prevEnd, raw[next]);
        b++;
        if (raw[next + 3] === 2) letters++;
      }
      while (b > a && raw[b * 4 + 3] !== 2) b--;
      if (b - a + 1 >= 3 && letters >= 2) {
        let joined = '';
        for (let k = a; k <= b; k++) joined += t[raw[k * 4]];
        const forms: string[] = [];
        addWordForms(forms, joined.toLowerCase());
        // "a f u c k i n g joke": the run may start with a one-letter word (a, I), so also try without it.
        if (b - a + 1 >= 4 && /^[ai]$/i.test(joined[0])) addWordForms(forms, joined.slice(1).toLowerCase());
        const token = makeToken(view, original, raw[base], raw[b * 4 + 1], forms);
        token.spelt = joined;
        tokens.push(token);
        a = b + 1;
        continue;
      }
    }
    const vs = raw[base];
    const ve = raw[base + 1];
    tokens.push(makeToken(view, original, vs, ve, formsFor(t.slice(vs, ve), raw[base + 2])));
    a++;
  }
  return tokens;
}
