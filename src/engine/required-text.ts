// What a pattern cannot match without (sets of strings, each with one string in every match), and how
// its matches begin. Read from the pattern's source, for long drafts (matcher.ts): most patterns find
// nothing in most drafts, and ruling out "datix" with a few look-ups is far cheaper than running the
// pattern over 5,000 characters; where every match begins with known strings, it is tried only there.
//
// Conservative by construction: anything this reader does not fully understand (a character class it
// can't list, a non-ASCII letter, an unknown escape or group) counts as "could be anything", so it
// can only make the filter weaker, never wrong. When it cannot parse the source at all, there is no filter.

/** A set of strings one of which is in every match. */
type OneOf = string[];

/** What one part of a pattern matches. */
interface Part {
  /** It matches exactly one of these (lower-case) strings; [""] for assertions such as \b. */
  exact?: string[];
  /** Every match of it contains a string of each of these sets ("the back of" and one of "queue", "list"). */
  all?: OneOf[];
  /** Every match of it begins with one of these (non-empty, lower-case) strings. */
  starts?: string[];
  /** Every match of it begins where \b holds. */
  atWordStart?: boolean;
  /** It is optional (`(?:a |the )?`): it matches nothing, or something that begins with one of these (null: unknown). */
  optional?: { starts: string[] | null };
}

/** Beyond this many strings a set is not worth carrying (nor checking): the part counts as unknown. */
const MAX_STRINGS = 64;
/** Shorter strings are in nearly every draft: a filter needs its strings at least this long. */
const MIN_USEFUL_LENGTH = 2;
/** Strings this long are rare enough: a run of exact parts is cut there. */
const LONG_ENOUGH = 8;

/** ASCII characters that stand for themselves anywhere outside a class. */
const PLAIN_TEXT = /[A-Za-z0-9 !"#%&',\-\/:;<=>@_`~]+/y;

const DIGITS = [...'0123456789'];

const UNKNOWN: Part = {};
const ASSERTION: Part = { exact: [''] };
const WORD_BOUNDARY: Part = { exact: [''], atWordStart: true };

class Unparsed extends Error {}

/** What a pattern needs, read once per source: packs are compiled more than once (each on its own, then as a set). */
interface Needs {
  all?: OneOf[];
  starts?: MatchStarts;
}

/** How every match of a pattern begins. */
export interface MatchStarts {
  /** With one of these lower-case strings. */
  strings: string[];
  /** Where \b holds (so, before a letter or digit, not inside a word). */
  atWordStart: boolean;
}

const cache = new Map<string, Needs>();

function needs(source: string): Needs {
  let found = cache.get(source);
  if (!found) cache.set(source, (found = read(source)));
  return found;
}

/**
 * Sets of lower-cased strings such that every match of `source` (lower-cased) contains a string of
 * each set, most selective first; undefined when none is worth looking for.
 */
export function requiredText(source: string): OneOf[] | undefined {
  return needs(source).all;
}

/** Lower-cased strings one of which every match of `source` (lower-cased) begins with, or undefined. */
export function matchStarts(source: string): MatchStarts | undefined {
  return needs(source).starts;
}

function read(source: string): Needs {
  let part: Part;
  try {
    const reader = new Reader(source);
    part = reader.alternation();
    if (!reader.done()) return {};
  } catch (error) {
    if (error instanceof Unparsed) return {};
    throw error;
  }
  const sets = (part.exact ? [part.exact] : (part.all ?? [])).filter((set) => strength(set) >= MIN_USEFUL_LENGTH);
  const starts = startsOf(part);
  return {
    ...(sets.length ? { all: sets.sort((a, b) => strength(b) - strength(a) || a.length - b.length) } : {}),
    ...(starts ? { starts: { strings: starts, atWordStart: part.atWordStart === true } } : {}),
  };
}

/** The strings every match of a part begins with, when known and none is empty. */
function startsOf(part: Part): string[] | undefined {
  if (!part.exact) return part.starts;
  return part.exact.every((s) => s !== '') ? part.exact : undefined;
}

/** A part with only the fields it has. */
function partOf(all: OneOf[] | undefined, starts: string[] | undefined, atWordStart = false): Part {
  const part: Part = {};
  if (all?.length) part.all = all;
  if (starts) part.starts = starts;
  if (atWordStart) part.atWordStart = true;
  return part;
}

/** How selective a set is: a match contains one of them, so it is as weak as its shortest. */
const strength = (strings: readonly string[]) => Math.min(...strings.map((s) => s.length));

/** The better of two sets: longer shortest string, then fewer strings. */
function better(a: OneOf, b: OneOf): OneOf {
  const sa = strength(a);
  const sb = strength(b);
  if (sa !== sb) return sa > sb ? a : b;
  return a.length <= b.length ? a : b;
}

/** The one set that says most about a part (its exact strings, or its best set), if any. */
function bestSet(part: Part): OneOf | undefined {
  return part.exact ?? part.all?.reduce(better);
}

const unique = (strings: string[]) => [...new Set(strings)];

class Reader {
  private at = 0;

  constructor(private readonly source: string) {}

  done(): boolean {
    return this.at >= this.source.length;
  }

  private peek(offset = 0): string {
    return this.source[this.at + offset] ?? '';
  }

  /** a|b|c: every match is a match of one alternative. */
  alternation(): Part {
    const alternatives = [this.sequence()];
    while (this.peek() === '|') {
      this.at++;
      alternatives.push(this.sequence());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const atWordStart = alternatives.every((a) => a.atWordStart);
    if (alternatives.every((a) => a.exact)) {
      const exact = unique(alternatives.flatMap((a) => a.exact!));
      return exact.length > MAX_STRINGS ? UNKNOWN : atWordStart ? { exact, atWordStart } : { exact };
    }
    // Each alternative gives its best set; a match has a string of the one for its alternative.
    const sets = alternatives.map(bestSet);
    const union = sets.every((set) => set) ? unique(sets.flatMap((set) => set!)) : [];
    const firsts = alternatives.map(startsOf);
    const starts = firsts.every((f) => f) ? unique(firsts.flatMap((f) => f!)) : [];
    return partOf(union.length && union.length <= MAX_STRINGS ? [union] : undefined, starts.length && starts.length <= MAX_STRINGS ? starts : undefined, atWordStart);
  }

  /** abc: runs of exact parts join into longer strings; every part's sets are needed. */
  private sequence(): Part {
    let run: string[] | undefined = [''];
    let allExact = true;
    const all: OneOf[] = [];
    const closeRun = () => {
      if (run) all.push(run);
      run = undefined;
    };
    // How every match begins: the exact parts before the first other part, or that part's start
    // when only assertions (\b, lookarounds) come before it. Decided at the first break in the run.
    let starts: string[] | undefined;
    let decided = false;
    /** How optional parts before anything else begin ("(?:a |what a )?miracle cure"): null when one is unknown. */
    let optionalFirst: string[] | null | undefined;
    /** A \b (or a part that begins at one) before anything is matched. */
    let boundaryFirst = false;
    let atWordStart = false;
    const decide = (next?: Part) => {
      if (decided) return;
      decided = true;
      if (run?.every((s) => s !== '')) [starts, atWordStart] = [run, boundaryFirst];
      else if (run?.every((s) => s === '') && next) [starts, atWordStart] = [startsOf(next), boundaryFirst || next.atWordStart === true];
      // A match may also begin with an optional part before that (and then only \b before it says where).
      if (starts && optionalFirst !== undefined) {
        const all = optionalFirst && unique([...optionalFirst, ...starts]);
        [starts, atWordStart] = [all && all.length <= MAX_STRINGS ? all : undefined, boundaryFirst];
      }
    };
    while (!this.done() && this.peek() !== '|' && this.peek() !== ')') {
      const part = this.plainText() ?? this.quantified(this.atom());
      if (part.optional && !decided && run?.every((s) => s === '')) {
        // Nothing matched yet: the match begins with this part or with what follows it.
        allExact = false;
        optionalFirst = part.optional.starts && optionalFirst !== null ? [...(optionalFirst ?? []), ...part.optional.starts] : null;
        continue;
      }
      if (part.exact) {
        if (part.atWordStart && run?.every((s) => s === '') && optionalFirst === undefined) boundaryFirst = true;
        // Joining with nothing (the start of a run, an assertion) is most joins: no new strings for those.
        if (!run || (run.length === 1 && run[0] === '')) run = part.exact;
        else if (part.exact.length === 1 && part.exact[0] === '') continue;
        else if (run.length * part.exact.length <= MAX_STRINGS) run = run.flatMap((a) => part.exact!.map((b) => a + b));
        else {
          allExact = false;
          decide();
          closeRun();
          run = part.exact;
        }
        // Long enough to be rare: stop there, rather than copy every string again at each later character.
        if (strength(run) >= LONG_ENOUGH) {
          allExact = false;
          decide();
          closeRun();
        }
      } else {
        allExact = false;
        decide(part);
        closeRun();
        all.push(...(part.all ?? []));
      }
    }
    if (allExact) return boundaryFirst ? { exact: run!, atWordStart: true } : { exact: run! };
    decide(); // after optional parts, the exact ones that follow (when nothing else came)
    closeRun();
    // Sets of short strings say little: leave them out, so alternations compare the useful ones.
    return partOf(all.filter((set) => strength(set) >= MIN_USEFUL_LENGTH), starts, atWordStart);
  }

  /**
   * Several plain ASCII characters in a row ("datix"), read at once: most of a pattern is words, and
   * reading them a character at a time made compiling the built-in packs noticeably slower.
   */
  private plainText(): Part | undefined {
    PLAIN_TEXT.lastIndex = this.at;
    const m = PLAIN_TEXT.exec(this.source);
    if (!m) return undefined;
    // A quantifier after the run applies to its last character only: leave that one to atom().
    const next = this.source[this.at + m[0].length];
    const length = next === '*' || next === '+' || next === '?' || next === '{' ? m[0].length - 1 : m[0].length;
    if (length === 0) return undefined;
    this.at += length;
    return { exact: [m[0].slice(0, length).toLowerCase()] };
  }

  /** A quantifier after a part: optional parts require nothing; repeated ones at least what one copy does. */
  private quantified(part: Part): Part {
    let min: number;
    let max: number;
    const c = this.peek();
    if (c === '*' || c === '?') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
      if (!m) throw new Unparsed(); // a literal "{" (without the u flag): not worth understanding
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.at += m[0].length - 1;
    } else return part;
    this.at++;
    if (this.peek() === '?') this.at++; // lazy: matches the same strings
    if (min === 0) return { optional: { starts: startsOf(part) ?? null } };
    if (min === 1 && max === 1) return part;
    // Repeated: no longer exact, but each copy needs what one does, and the first begins the match.
    return part.exact ? partOf([part.exact], startsOf(part), part.atWordStart) : part;
  }

  private atom(): Part {
    const c = this.source[this.at++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '\\':
        return this.escape();
      case '^':
      case '$':
        return ASSERTION;
      case '.':
        return UNKNOWN;
      case '*':
      case '+':
      case '?':
      case '{':
      case '}':
      case ']':
        throw new Unparsed();
      default:
        return literal(c);
    }
  }

  private group(): Part {
    let lookaround = false;
    if (this.peek() === '?') {
      const opener = /^\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>)/.exec(this.source.slice(this.at));
      if (!opener) throw new Unparsed();
      lookaround = opener[0] !== '?:' && !opener[0].endsWith('>');
      this.at += opener[0].length;
    }
    const inner = this.alternation();
    if (this.source[this.at++] !== ')') throw new Unparsed();
    // A lookaround matches no characters of its own: what it needs is outside the match.
    return lookaround ? ASSERTION : inner;
  }

  private escape(): Part {
    const c = this.source[this.at++];
    if (c === undefined) throw new Unparsed();
    if (c === 'b') return WORD_BOUNDARY;
    if (c === 'B') return ASSERTION;
    if (c === 'd') return { exact: DIGITS }; // [0-9] whatever the flags: where a number begins
    if (/[A-Za-z0-9]/.test(c)) {
      this.skipEscapeTail(c);
      return UNKNOWN; // \d, \s, \n, \x41, \p{L}, a back-reference...: not spelt out
    }
    return literal(c);
  }

  /** Skips what belongs to an escape after its letter (\x41, \u{41}, \p{L}, \k<name>, \12), so it isn't read as text. */
  private skipEscapeTail(letter: string): void {
    const rest = this.source.slice(this.at);
    let tail: RegExpExecArray | null = null;
    if (letter === 'x') tail = /^[0-9A-Fa-f]{2}/.exec(rest);
    else if (letter === 'u') tail = /^(?:\{[0-9A-Fa-f]+\}|[0-9A-Fa-f]{4})/.exec(rest);
    else if (letter === 'c') tail = /^[A-Za-z]/.exec(rest);
    else if (letter === 'p' || letter === 'P') tail = /^\{[^}]*\}/.exec(rest);
    else if (letter === 'k') tail = /^<[^>]*>/.exec(rest);
    else if (/[0-9]/.test(letter)) tail = /^[0-9]*/.exec(rest);
    else if (!'dDwWsSnrtfv'.includes(letter)) throw new Unparsed(); // an escape this reader doesn't know
    if (tail) this.at += tail[0].length;
    else if ('xucpPk'.includes(letter)) throw new Unparsed(); // not the usual form (without the u flag): give up
  }

  /** [abc], [-'] or [a-c]: a few plain characters are exact; anything else is unknown. */
  private characterClass(): Part {
    const negated = this.peek() === '^';
    if (negated) this.at++;
    let known = !negated;
    const chars: string[] = [];
    /** One character of the class, or undefined for an escape that stands for more (\d) or isn't spelt out. */
    const member = (): string | undefined => {
      const c = this.source[this.at++];
      if (c === undefined) throw new Unparsed();
      if (c !== '\\') return c;
      const e = this.source[this.at++];
      if (e === undefined) throw new Unparsed();
      if (!/[A-Za-z0-9]/.test(e)) return e;
      if (e !== 'b') this.skipEscapeTail(e); // [\b] is a backspace
      return undefined;
    };
    while (this.peek() !== ']') {
      const from = member();
      if (this.peek() === '-' && this.peek(1) !== ']') {
        this.at++;
        const to = member();
        // A range is spelt out only between plain ASCII characters, and only when short.
        if (from === undefined || to === undefined || from.charCodeAt(0) > 127 || to.charCodeAt(0) - from.charCodeAt(0) > 4) known = false;
        else for (let code = from.charCodeAt(0); code <= to.charCodeAt(0); code++) chars.push(String.fromCharCode(code));
      } else if (from === undefined) known = false;
      else chars.push(from);
    }
    this.at++; // the closing ]
    if (!known || chars.length === 0) return UNKNOWN;
    const exact: string[] = [];
    for (const c of chars) {
      const one = literal(c).exact;
      if (!one) return UNKNOWN;
      exact.push(...one);
    }
    return { exact: unique(exact) };
  }
}

/** A character of the pattern: exact when it is ASCII (whose case folding this filter mirrors), else unknown. */
function literal(c: string): Part {
  return c.charCodeAt(0) < 128 ? { exact: [c.toLowerCase()] } : UNKNOWN;
}

/** What a case-insensitive pattern reads as an ASCII letter: capitals, and with the u flag long s and the Kelvin sign. */
const FOLDED = /[A-Z\u017F\u212A]/g;

/**
 * A view's text with every character a case-insensitive pattern reads as an ASCII letter lower-cased
 * ("ſ" as "s", the Kelvin sign as "k"), kept also as the set of its ASCII two- and
 * three-character stretches. Required strings are ASCII, and one can only be in the text if all its
 * stretches are: a few Set look-ups each, where includes() read the whole draft again for every string.
 */
export class TextGrams {
  /** The text folded character for character (same length, same positions): where required strings are found. */
  readonly folded: string;
  /** Made at the first look-up: a view whose patterns all begin with a digit never needs them. */
  private pairs?: IntSet;
  private triples?: IntSet;

  constructor(text: string) {
    this.folded = text.replace(FOLDED, (c) => (c === 'ſ' ? 's' : c.toLowerCase()));
  }

  /** False only when `s` (ASCII, lower-case) is certainly not in the text. */
  mayContain(s: string): boolean {
    if (s.length < 2) return true;
    if (!this.pairs) this.index();
    if (s.length === 2) return this.pairs!.has((s.charCodeAt(0) << 7) | s.charCodeAt(1));
    for (let i = 0; i + 2 < s.length; i++) {
      if (!this.triples!.has((s.charCodeAt(i) << 14) | (s.charCodeAt(i + 1) << 7) | s.charCodeAt(i + 2))) return false;
    }
    return true;
  }

  private index(): void {
    const { folded } = this;
    const pairs = (this.pairs = new IntSet(folded.length));
    const triples = (this.triples = new IntSet(folded.length));
    for (let i = 0; i + 1 < folded.length; i++) {
      const a = folded.charCodeAt(i);
      const b = folded.charCodeAt(i + 1);
      if (a > 127 || b > 127) continue;
      pairs.add((a << 7) | b);
      const c = folded.charCodeAt(i + 2); // NaN past the end: no triple
      if (c <= 127) triples.add((a << 14) | (b << 7) | c);
    }
  }
}

/**
 * A set of integers from 0 to 2^21 for at most `capacity` of them: open addressing in one typed array.
 * Built for every draft and view, where a Set of numbers was most of the cost of reading a long draft's stretches.
 */
class IntSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly shift: number;

  constructor(capacity: number) {
    let bits = 4;
    while (1 << bits < capacity * 2) bits++;
    this.slots = new Int32Array(1 << bits);
    this.mask = (1 << bits) - 1;
    this.shift = 32 - bits;
  }

  /** Where `key` is, or the empty slot where it would go (slots hold key + 1; 0 is empty). */
  private slot(key: number): number {
    let i = Math.imul(key, 0x9e3779b1) >>> this.shift; // the product's high bits: well mixed
    while (this.slots[i] !== 0 && this.slots[i] !== key + 1) i = (i + 1) & this.mask;
    return i;
  }

  add(key: number): void {
    this.slots[this.slot(key)] = key + 1;
  }

  has(key: number): boolean {
    return this.slots[this.slot(key)] !== 0;
  }
}
