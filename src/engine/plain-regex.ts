// V8 runs a case-insensitive pattern several times faster without the u flag (about 6x over the built-in
// packs' patterns on long drafts). Without the flag a pattern finds the same matches unless it needs the flag
// (\p{…}, \u{…}, a character outside the BMP), a case-folding oddity is in the pattern or the draft (with
// the flag the long s "ſ" matches "s" and the Kelvin sign "K" matches "k"), or it can match half of an
// emoji ("." "[^…]" "\W" "\S" "\D" read an emoji as two characters without the flag). So a pattern gets a
// plain version when its own text allows one, and a draft uses it when the draft's text allows.

/**
 * Characters whose case-insensitive matching differs with and without the u flag: every such pair of
 * characters has one of these (test/engine/plain-regex.test.ts checks every BMP character).
 */
export const FOLDS_DIFFER = /[\u017f\u03d1\u03f4\u1e9e\u1f80-\u1faf\u1fb3\u1fbc\u1fc3\u1fcc\u1ff3\u1ffc\u2126\u212a\u212b]/;
const SURROGATE = /[\ud800-\udfff]/;

const foldsDiffer = (code: number) => FOLDS_DIFFER.test(String.fromCharCode(code));
const outsidePlain = (code: number) => code >= 0xd800 || foldsDiffer(code);

export interface PlainRegex {
  regex: RegExp;
  /** Reads any character (".", "[^…]", "\W", "\S", "\D"), so it could match half of an emoji. */
  anyChar: boolean;
}

const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/**
 * Reads a pattern that compiles with the u flag: can it run without it, and does it read any character?
 * Conservative: a range that spans a case-folding oddity rules the pattern out ("[\u0100-\u0200]" holds the long s).
 */
function readPattern(source: string): { ok: boolean; anyChar: boolean } {
  const no = { ok: false, anyChar: true };
  let anyChar = false;
  let inClass = false;
  let rangeFrom: number | undefined; // a class's last single character, a range's start once "-" follows
  let inRange = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let code: number | undefined; // the character this stands for, if it is one
    if (c === '\\') {
      const e = source[++i] ?? '';
      if (e === 'p' || e === 'P' || (e === 'u' && source[i + 1] === '{')) return no;
      if (e === 'u') (code = parseInt(source.slice(i + 1, i + 5), 16)), (i += 4);
      else if (e === 'x') (code = parseInt(source.slice(i + 1, i + 3), 16)), (i += 2);
      else if (e === 'c') (code = source.charCodeAt(i + 1) % 32), i++;
      else if (e === 'W' || e === 'S' || e === 'D') anyChar = true;
      else if (e in CONTROL && !(e === '0' && /\d/.test(source[i + 1] ?? ''))) code = CONTROL[e];
      else if (e === 'b' && inClass) code = 8;
      else if (!/[wsdbBk1-9]/.test(e)) code = e.charCodeAt(0); // an escaped syntax character
      if (e === 'k') while (i + 1 < source.length && source[i] !== '>') i++; // a named back-reference
    } else if (inClass) {
      if (c === ']') {
        inClass = false;
        continue;
      }
      if (c === '-' && rangeFrom !== undefined && source[i + 1] !== ']') {
        inRange = true;
        continue;
      }
      code = source.charCodeAt(i);
    } else if (c === '[') {
      inClass = true;
      rangeFrom = undefined;
      if (source[i + 1] === '^') (anyChar = true), i++;
      continue;
    } else if (c === '.') {
      anyChar = true;
    } else if (c === '(' && source[i + 1] === '?' && source[i + 2] === '<' && /[\p{L}$_]/u.test(source[i + 3] ?? '')) {
      while (i + 1 < source.length && source[i] !== '>') i++; // a group's name is not text to match
    } else if (!'()|?*+{}^$,'.includes(c) && !/\d/.test(c)) {
      code = source.charCodeAt(i);
    }
    if (code === undefined || Number.isNaN(code)) {
      rangeFrom = undefined;
      inRange = false;
      continue;
    }
    if (outsidePlain(code)) return no;
    if (inClass && inRange && rangeFrom !== undefined) {
      for (let x = rangeFrom; x <= code; x++) if (outsidePlain(x)) return no;
      rangeFrom = undefined;
      inRange = false;
    } else if (inClass) {
      rangeFrom = code;
    }
  }
  return { ok: true, anyChar };
}

/** The pattern without the u flag, when it finds the same matches as `regex` in the drafts plainAllows() lets it run on. */
export function plainRegex(regex: RegExp): PlainRegex | undefined {
  if (!regex.unicode) return undefined;
  const { ok, anyChar } = readPattern(regex.source);
  if (!ok) return undefined;
  try {
    return { regex: new RegExp(regex.source, regex.flags.replace('u', '')), anyChar };
  } catch {
    return undefined;
  }
}

/** Which plain patterns may run on a text: all, those that don't read any character (it has an emoji), or none. */
export type PlainAllowed = 'all' | 'not-any-char' | 'none';

export function plainAllows(text: string): PlainAllowed {
  if (FOLDS_DIFFER.test(text)) return 'none';
  return SURROGATE.test(text) ? 'not-any-char' : 'all';
}
