// Finds listed words and phrases among a draft's tokens, seeing through disguises.
// Matching is whole-token, so "Scunthorpe" never contains a match and "cocktail" is not "cock".
import { squeeze, tokenize, type Token } from './normalise';

/** A hit covers tokens [first, last] inclusive. */
export interface WordHit {
  first: number;
  last: number;
  entry: string;
}

interface EntryWord {
  key: string;
  squeezed: string;
  prefix: boolean;
}

interface Entry {
  text: string;
  words: EntryWord[];
}

const MASK = /[*#]/;

/** Stems ("fuck*") are indexed by their first letters, so each token looks at a handful, not all. */
const STEM_INDEX = 3;

/**
 * Each list entry's words, tokenized once per process: packs are compiled more than once (checked on
 * their own, then as a set), and tokenizing thousands of entries was most of the engine's cold start.
 */
const entryWordsCache = new Map<string, EntryWord[]>();

function entryWords(entry: string): EntryWord[] {
  let words = entryWordsCache.get(entry);
  if (!words) entryWordsCache.set(entry, (words = tokenizeEntry(entry)));
  return words;
}

/**
 * Plain entries ("absolute idiot", "grey's anatomy", "fuck*"): lower-case ASCII words, an apostrophe
 * inside a word, the last maybe a stem, and no two one-letter words in a row (the tokenizer joins
 * spaced-out letters). They tokenize to exactly their words, so they skip the tokenizer: tokenizing
 * the ~9,000 entries of the built-in packs was most of the engine's cold start.
 */
const PLAIN_ENTRY = /^[a-z]+(?:'[a-z]+)?(?: [a-z]+(?:'[a-z]+)?)*\*?$/;
const SPACED_LETTERS = /(?:^| )[a-z] [a-z](?: |\*?$)/;

export function tokenizeEntry(entry: string): EntryWord[] {
  const texts = PLAIN_ENTRY.test(entry) && !SPACED_LETTERS.test(entry) ? entry.split(' ') : tokenize(entry).map((t) => t.text);
  return texts.map((t) => {
    let text = t.toLowerCase();
    const prefix = text.endsWith('*');
    if (prefix) text = text.replace(/\*+$/, '');
    return { key: text, squeezed: squeeze(text), prefix };
  });
}

interface TokenForms {
  plain: string[];
  squeezed: string[];
  /** Every form, plain then squeezed: what the indexes are looked up by. */
  keys: string[];
  /** Masked ("f*ck"): compared with every entry of a masked matcher. */
  masked: boolean;
  /** Its masked forms as tests, made once: a masked matcher compares them with every entry. */
  masks: readonly MaskedForm[];
}

/** A mask character after the first one ("f*ck", not "*nsync"). Tokens hold no line breaks. */
const MASKED = /.[*#]/;

/**
 * The forms of a token worth comparing: as written or decoded, and the squeezed ones kept apart.
 * Made for every token of every draft, so it allocates little (small arrays, no Sets).
 */
function tokenForms(token: Token): TokenForms {
  // A squeezed form ("as" from "ass") only counts against squeezed entries, so "ass" never matches "as".
  const squeezed: string[] = [];
  for (const form of token.forms) {
    const s = squeeze(form);
    if (s !== form && !squeezed.includes(s)) squeezed.push(s);
  }
  const plain = squeezed.length ? token.forms.filter((f, i) => i === 0 || !squeezed.includes(f)) : token.forms.slice();
  // "Matron's" is about the matron: compare the word without its possessive too.
  for (let i = 0, n = plain.length; i < n; i++) if (plain[i].endsWith("'s") && plain[i].length > 3) plain.push(plain[i].slice(0, -2));
  const masked = token.forms.some((x) => MASKED.test(x));
  return {
    plain,
    squeezed,
    keys: squeezed.length ? plain.concat(squeezed) : plain,
    masked,
    masks: masked ? maskedForms(token.forms) : NO_MASKS,
  };
}

function wordMatches(word: EntryWord, forms: TokenForms): boolean {
  for (const f of forms.plain) {
    if (word.prefix ? f.startsWith(word.key) : f === word.key) return true;
  }
  // Squeezed comparison only when the token had repeated letters ("fuuuck"), so "as" never matches "ass".
  for (const f of forms.squeezed) {
    if (word.prefix ? f.startsWith(word.squeezed) : f === word.squeezed) return true;
  }
  return false;
}

/** Endings tried after a listed stem ("fuck*") when a masked token ("f*cking") is compared with it. */
const STEM_ENDINGS = ['', 's', 'es', 'ed', 'er', 'ers', 'in', 'ing', 'ings', 'y', 'head', 'heads', 'hole', 'holes', 'wit', 'wits', 'bag', 'bags', 'face'];

const NO_MASKS: readonly MaskedForm[] = [];

/** A masked form ("f*ck") as a test: a mask stands for one to four hidden letters. */
interface MaskedForm {
  /** "f*ck" -> /^f[a-z]{1,4}ck$/ */
  regex: RegExp;
  /** What it begins with ("f"): only a listed word that can begin so is worth testing. */
  prefix: string;
}

function maskedForms(forms: readonly string[]): MaskedForm[] {
  const masks: MaskedForm[] = [];
  for (const f of forms) {
    if (f.length < 3 || !MASK.test(f.slice(1)) || MASK.test(f[0])) continue;
    const parts = f.split(/[*#]+/).map((part) => part.replace(/[^a-z0-9']/g, ''));
    masks.push({ regex: new RegExp(`^${parts.join('[a-z]{1,4}')}$`), prefix: parts[0] });
  }
  return masks;
}

/** A masked token such as "f*ck", "c*nts" or "f*cking" matches a listed word when the mask hides 1-4 letters. */
function maskedMatches(word: EntryWord, forms: TokenForms): boolean {
  const endings = word.prefix ? STEM_ENDINGS : [''];
  const stems = word.squeezed === word.key ? [word.key] : [word.key, word.squeezed];
  for (const { regex, prefix } of forms.masks) {
    for (const stem of stems) {
      // Nothing that begins otherwise can match (stem + ending must begin with the prefix).
      if (!stem.startsWith(prefix) && !prefix.startsWith(stem)) continue;
      if (endings.some((e) => regex.test(stem + e))) return true;
    }
  }
  return false;
}

/**
 * A draft's tokens prepared once for every matcher (Doc keeps it: CompiledMatcher.hits): each token's
 * forms, and where each form (and each form's first letters) occurs. A matcher then looks up its own
 * few index keys instead of looking up every token in its index: with ~30 matchers and long drafts
 * that was most of the engine's time.
 */
export interface TokenIndex {
  forms: TokenForms[];
  byKey: Map<string, number[]>;
  byStem: Map<string, number[]>;
  /** Where each pair of forms of two tokens in a row occurs (pairKey), made when a matcher first asks. */
  byPair?: Map<string, number[]>;
  /** Tokens with a mask ("f*ck"). */
  masked: number[];
}

/** Two words in a row as one index key (tokens hold no line breaks). */
const pairKey = (first: string, second: string) => `${first}\n${second}`;

/** Where each pair of forms occurs (a token's form followed by the next token's). */
function pairIndex(draft: TokenIndex): Map<string, number[]> {
  if (draft.byPair) return draft.byPair;
  const byPair = new Map<string, number[]>();
  const { forms } = draft;
  for (let at = 0; at + 1 < forms.length; at++) {
    for (const a of forms[at].keys) {
      for (const b of forms[at + 1].keys) {
        const key = pairKey(a, b);
        const list = byPair.get(key);
        if (!list) byPair.set(key, [at]);
        else if (list[list.length - 1] !== at) list.push(at);
      }
    }
  }
  return (draft.byPair = byPair);
}

export function indexTokens(tokens: readonly Token[]): TokenIndex {
  const draft: TokenIndex = { forms: tokens.map(tokenForms), byKey: new Map(), byStem: new Map(), masked: [] };
  const add = (map: Map<string, number[]>, key: string, at: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [at]);
    else if (list[list.length - 1] !== at) list.push(at);
  };
  draft.forms.forEach((f, at) => {
    for (const k of f.keys) {
      add(draft.byKey, k, at);
      add(draft.byStem, k.slice(0, STEM_INDEX), at);
    }
    if (f.masked) draft.masked.push(at);
  });
  return draft;
}

/**
 * Calls `add` with each draft position of the keys that both maps have, and the entries of that key. Walks
 * the smaller map: a short post has a few dozen keys and a long word list has hundreds, so this is not the
 * list's size per draft.
 */
function eachShared(entries: ReadonlyMap<string, readonly Entry[]>, draft: ReadonlyMap<string, number[]>, add: (at: number, list: readonly Entry[]) => void): void {
  if (entries.size <= draft.size) {
    for (const [k, list] of entries) {
      const where = draft.get(k);
      if (where) for (const at of where) add(at, list);
    }
  } else {
    for (const [k, where] of draft) {
      const list = entries.get(k);
      if (list) for (const at of where) add(at, list);
    }
  }
}

/** Longest phrase first, so "piece of shit" wins over "piece" (stable: ties keep their order). */
const longestFirst = (a: Entry, b: Entry) => b.words.length - a.words.length;

export class WordMatcher {
  private readonly byFirst = new Map<string, Entry[]>();
  /**
   * Phrases whose first two words are whole words ("members of the public"), by those two words: most
   * phrases start with a common word ("the", "on", "my"), and looking them up by it alone tried hundreds
   * of phrases at every "the" of a long draft.
   */
  private readonly byPair = new Map<string, Entry[]>();
  private readonly byStem = new Map<string, Entry[]>();
  private readonly shortStems: Entry[] = [];
  private readonly all: Entry[] = [];
  private readonly allow: Set<string>;

  constructor(
    entries: readonly string[],
    allow: readonly string[] = [],
    private readonly masked = false,
  ) {
    // Thousands of entries per list: each is added once per key, with no searching of the lists.
    const add = (map: Map<string, Entry[]>, key: string, entry: Entry) => {
      const list = map.get(key);
      if (!list) map.set(key, [entry]);
      else if (list[list.length - 1] !== entry) list.push(entry);
    };
    for (const text of entries) {
      const words = entryWords(text);
      if (words.length === 0) continue;
      const entry = { text, words };
      this.all.push(entry);
      const [first, second] = words;
      const keysOf = (w: EntryWord) => (w.squeezed === w.key ? [w.key] : [w.key, w.squeezed]);
      // Not where masks count: "you f*cking idiot" must still be tried at "you".
      if (second && !first.prefix && !second.prefix && !masked) {
        for (const a of keysOf(first)) for (const b of keysOf(second)) add(this.byPair, pairKey(a, b), entry);
        continue;
      }
      for (const k of keysOf(first)) {
        if (!first.prefix) add(this.byFirst, k, entry);
        else if (k.length >= STEM_INDEX) add(this.byStem, k.slice(0, STEM_INDEX), entry);
        else if (this.shortStems[this.shortStems.length - 1] !== entry) this.shortStems.push(entry);
      }
    }
    // Every list longest first, so a token whose entries come from one list needs no sorting.
    for (const list of [this.all, this.shortStems, ...this.byFirst.values(), ...this.byPair.values(), ...this.byStem.values()]) list.sort(longestFirst);
    this.allow = new Set(allow.map((a) => a.toLowerCase()));
  }

  get size(): number {
    return this.all.length;
  }

  /**
   * The entries that could start at each token, longest first, by position: found through the draft's
   * index, each key looked up once. Usually one list has them all and is used as it is; several are merged.
   */
  private candidates(count: number, draft: TokenIndex): Map<number, readonly Entry[]> {
    const at = new Map<number, readonly Entry[]>();
    const merged = new Set<number>();
    const add = (i: number, list: readonly Entry[]) => {
      const had = at.get(i);
      if (!had) at.set(i, list);
      else if (merged.has(i)) (had as Entry[]).push(...list);
      else (merged.add(i), at.set(i, [...had, ...list]));
    };
    if (this.shortStems.length) for (let i = 0; i < count; i++) at.set(i, this.shortStems); // not indexed: tried at every token
    eachShared(this.byFirst, draft.byKey, add);
    eachShared(this.byStem, draft.byStem, add);
    if (this.byPair.size) eachShared(this.byPair, pairIndex(draft), add);
    if (this.masked) for (const i of draft.masked) (at.set(i, this.all), merged.delete(i)); // a masked word may be any entry
    for (const i of merged) (at.get(i) as Entry[]).sort(longestFirst);
    return at;
  }

  /** Hits in `tokens`; `draft` is their index, when the caller has it already. */
  find(tokens: readonly Token[], draft: TokenIndex = indexTokens(tokens)): WordHit[] {
    const hits: WordHit[] = [];
    const { forms } = draft;
    const candidates = this.candidates(tokens.length, draft);
    for (const i of [...candidates.keys()].sort((a, b) => a - b)) {
      if (this.allow.has(tokens[i].forms[0])) continue;
      for (const entry of candidates.get(i)!) {
        const last = this.matchAt(entry, tokens, forms, i);
        if (last >= 0) {
          hits.push({ first: i, last, entry: entry.text });
          break;
        }
      }
    }
    return hits;
  }

  private matchAt(entry: Entry, tokens: readonly Token[], forms: TokenForms[], at: number): number {
    if (at + entry.words.length > tokens.length) return -1;
    for (let j = 0; j < entry.words.length; j++) {
      const t = tokens[at + j];
      if (j > 0 && this.allow.has(t.forms[0])) return -1;
      const w = entry.words[j];
      if (!wordMatches(w, forms[at + j]) && !(this.masked && maskedMatches(w, forms[at + j]))) return -1;
    }
    return at + entry.words.length - 1;
  }
}
