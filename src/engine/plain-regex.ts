// V8 runs a case-insensitive pattern several times faster without the u flag (about 6x over the built-in
// packs' patterns on long drafts). Without the flag a pattern finds the same matches unless it needs the flag
// (\p{…}, \u{…}, a character outside the BMP), a case-folding oddity is in the pattern or the draft (with
// the flag the long s "ſ" matches "s" and the Kelvin sign "K" matches "k"), or the draft has a character
// outside the BMP (an emoji), which without the flag is two characters ("." matches half of it). So a
// pattern gets a plain version when its own text allows one, and it runs on the draft with each emoji
// written as one stand-in character, which every such pattern reads as it reads the emoji with the flag.

/**
 * Characters whose case-insensitive matching differs with and without the u flag: every such pair of
 * characters has one of these (test/engine/plain-regex.test.ts checks every BMP character).
 */
export const FOLDS_DIFFER = /[\u017f\u03d1\u03f4\u1e9e\u1f80-\u1faf\u1fb3\u1fbc\u1fc3\u1fcc\u1ff3\u1ffc\u2126\u212a\u212b]/;
const SURROGATE = /[\ud800-\udfff]/;
const ASTRAL = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
/** Private use: what an emoji (or any character outside the BMP) is written as for a plain pattern. */
const STAND_IN = '\ue000';

const foldsDiffer = (code: number) => FOLDS_DIFFER.test(String.fromCharCode(code));
const outsidePlain = (code: number) => code >= 0xd800 || foldsDiffer(code);

const CONTROL: Record<string, number> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

/**
 * Can a pattern that compiles with the u flag run without it? Not if it names a character outside the BMP,
 * the stand-in or a case-folding oddity, or a range that spans one ("[\u0100-\u0200]" holds the long s).
 */
function canRunPlain(source: string): boolean {
  let inClass = false;
  let rangeFrom: number | undefined; // a class's last single character, a range's start once "-" follows
  let inRange = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    let code: number | undefined; // the character this stands for, if it is one
    if (c === '\\') {
      const e = source[++i] ?? '';
      if (e === 'p' || e === 'P' || (e === 'u' && source[i + 1] === '{')) return false;
      if (e === 'u') (code = parseInt(source.slice(i + 1, i + 5), 16)), (i += 4);
      else if (e === 'x') (code = parseInt(source.slice(i + 1, i + 3), 16)), (i += 2);
      else if (e === 'c') (code = source.charCodeAt(i + 1) % 32), i++;
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
      if (source[i + 1] === '^') i++;
      continue;
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
    if (outsidePlain(code)) return false;
    if (inClass && inRange && rangeFrom !== undefined) {
      for (let x = rangeFrom; x <= code; x++) if (outsidePlain(x)) return false;
      rangeFrom = undefined;
      inRange = false;
    } else if (inClass) {
      rangeFrom = code;
    }
  }
  return true;
}

/** The pattern without the u flag, when it finds the same matches as `regex` on plainText(). */
export function plainRegex(regex: RegExp): RegExp | undefined {
  if (!regex.unicode || !canRunPlain(regex.source)) return undefined;
  try {
    return new RegExp(regex.source, regex.flags.replace('u', ''));
  } catch {
    return undefined;
  }
}

/** A draft's text for plain patterns, and where each of its characters is in the text (when they differ). */
export interface PlainText {
  text: string;
  /** toText[i]: the index in the text of character i (length text.length + 1). */
  toText?: Int32Array;
}

/** The text a plain pattern runs on, with each character outside the BMP as one stand-in; undefined when no plain pattern may run on it. */
export function plainText(text: string): PlainText | undefined {
  if (FOLDS_DIFFER.test(text)) return undefined;
  if (!SURROGATE.test(text)) return { text };
  const toText: number[] = [];
  let out = '';
  let copied = 0;
  ASTRAL.lastIndex = 0;
  for (let m = ASTRAL.exec(text); m; m = ASTRAL.exec(text)) {
    for (let i = copied; i < m.index; i++) toText.push(i);
    toText.push(m.index);
    out += text.slice(copied, m.index) + STAND_IN;
    copied = m.index + m[0].length;
  }
  for (let i = copied; i <= text.length; i++) toText.push(i);
  return { text: out + text.slice(copied), toText: Int32Array.from(toText) };
}
