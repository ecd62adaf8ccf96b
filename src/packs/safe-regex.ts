// Compiles pack regular expressions and checks them for catastrophic backtracking.
//
// Pure TypeScript, no Node APIs: this runs in the browser extension when a pack loads.
//
// How the check works. The pattern is parsed with @eslint-community/regexpp and turned
// into a position (Glushkov) automaton: one state per character test, an edge wherever
// one test can follow another. Parallel edges are kept, because `(a+)+` reaches `a` from
// `a` in two ways (the inner loop and the outer one) and a backtracking engine tries both.
// Then, following Weideman et al. ("Analyzing matching time behavior of backtracking
// regular expression matchers by using ambiguity of NFA"):
//
//  - exponential: some state has two different paths back to itself that read the same
//    text (found as a strongly connected component of the automaton x automaton product
//    that contains both a pair (q, q) and a pair (p, r) with p != r, or two parallel edges);
//  - polynomial: two different looping states p and q, and one text that loops on p,
//    leads from p to q and loops on q (found by searching the triple product).
//
// Matching from every start position is not modelled: one unbounded repeat tried from
// every start is quadratic in any backtracking engine, and is accepted (~100 ms on
// 10,000 characters). Two unbounded repeats sharing a run are refused: `\s*:?\s*x`
// takes minutes on 10,000 spaces in V8, and three of them after "hosp" ~21 s on 4,000.
//
// The check assumes case-insensitive matching (more overlap, so it is more cautious).
// Bounded repeats of up to 10 are unrolled, so they never count as loops; longer bounded
// repeats are loops, but a bounded loop only counts together with an unbounded one when
// the match could start anywhere in their shared run (`[^.]{0,40}\s*x`, not
// `password[^.]{0,40}\s*x`). A second pass treats every repeat of more than 3 as a loop
// and looks for exponential nesting, which catches `(a{1,10}){1,10}` and `(a|a){50}`.
// Known limit: a short bounded repeat before an overlapping unbounded one (`[^.]{0,3}\s*`)
// multiplies the accepted quadratic cost by its bound, and is accepted.
// Zero-width assertions (\b, ^, lookarounds) are ignored, which can only make the
// check more cautious. Lookaround bodies are checked as patterns of their own.

import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';

/** Longest pattern a pack may use. */
export const MAX_PATTERN_LENGTH = 2000;
/** Largest repeat count, as in {0,1000}. */
export const MAX_REPEAT = 1000;

/**
 * Returns a plain-English reason when `source` could make a backtracking regex engine
 * take exponential or polynomial time on some text, or null when it is safe to use.
 * A single unbounded repeat (`\s*`, `[a-z]+`) and bounded repeats are fine.
 */
export function regexRisk(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) {
    return `it is ${source.length.toLocaleString('en-GB')} characters long; the limit is ${MAX_PATTERN_LENGTH.toLocaleString('en-GB')}. Split it into several shorter patterns.`;
  }
  let pattern: AST.Pattern;
  try {
    pattern = parse(source);
  } catch (e) {
    return `it could not be checked for slow matching: ${(e as Error).message}`;
  }

  // Constructs that are refused outright.
  let refused = null as string | null;
  const lookarounds: AST.LookaroundAssertion[] = [];
  visitRegExpAST(pattern, {
    onBackreferenceEnter(node) {
      refused ??= `it uses the back-reference ${quote(node.raw)}. Back-references are not allowed: they can make matching very slow and cannot be checked for safety. Repeat the text you want instead.`;
    },
    onQuantifierEnter(node) {
      const biggest = node.max === Infinity ? node.min : node.max;
      if (biggest > MAX_REPEAT) {
        refused ??= `the repeat ${quote(node.raw)} allows more than ${MAX_REPEAT} repetitions; use a smaller limit.`;
      }
      if (node.max === Infinity && insideLookbehind(node)) {
        refused ??= `the lookbehind ${quote(lookbehindOf(node).raw)} contains the unbounded repeat ${quote(node.raw)}. Lookbehinds may only use bounded repeats such as {0,10}.`;
      }
    },
    onAssertionEnter(node) {
      if (node.kind === 'lookahead' || node.kind === 'lookbehind') lookarounds.push(node);
    },
  });
  if (refused) return refused;

  try {
    for (const unit of [pattern, ...lookarounds]) {
      const reason = checkUnit(unit);
      if (reason) return reason;
    }
  } catch (e) {
    if (e instanceof TooComplex) {
      return 'it is too complex to check for slow matching. Split it into smaller, simpler patterns.';
    }
    throw e;
  }
  return null;
}

export type CompiledPattern = { regex: RegExp; unicode: boolean; error?: undefined };
export type PatternError = { regex?: undefined; unicode?: undefined; error: string };

/**
 * Compiles a pack pattern the way the engine uses it: case-insensitive unless
 * `caseSensitive`, with the `u` flag when the pattern compiles with it, and without it
 * otherwise. `flags` adds more flags (such as 'g' or 'd'). On failure, `error` is the
 * JavaScript engine's own message.
 */
export function compilePattern(
  source: string,
  options: { caseSensitive?: boolean; flags?: string } = {},
): CompiledPattern | PatternError {
  const base = (options.caseSensitive ? '' : 'i') + (options.flags ?? '').replace(/[iuv]/g, '');
  let unicodeError: string;
  try {
    return { regex: new RegExp(source, base + 'u'), unicode: true };
  } catch (e) {
    unicodeError = (e as Error).message;
  }
  // Without `u`, \p{...} silently means the letters "p{...}": report the real mistake.
  if (/\\[pP]\{/.test(source)) return { error: unicodeError };
  try {
    return { regex: new RegExp(source, base), unicode: false };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

// ---------------------------------------------------------------------------------------
// Parsing

function parse(source: string): AST.Pattern {
  const parser = new RegExpParser({ ecmaVersion: 2025 });
  try {
    return parser.parsePattern(source, 0, source.length, { unicode: true });
  } catch {
    return parser.parsePattern(source, 0, source.length, { unicode: false });
  }
}

function insideLookbehind(node: AST.Node): boolean {
  for (let n: AST.Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'Assertion' && n.kind === 'lookbehind') return true;
  }
  return false;
}

function lookbehindOf(node: AST.Node): AST.Node {
  for (let n: AST.Node | null = node.parent; n; n = n.parent) {
    if (n.type === 'Assertion' && n.kind === 'lookbehind') return n;
  }
  return node;
}

function quote(raw: string): string {
  const shown = raw.length > 60 ? raw.slice(0, 57) + '...' : raw;
  return '`' + shown + '`';
}

// ---------------------------------------------------------------------------------------
// Character sets: sorted, disjoint, inclusive ranges flattened as [lo0, hi0, lo1, hi1, ...].

type CharSet = number[];
const MAX_CP = 0x10ffff;

function normalize(ranges: Array<[number, number]>): CharSet {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: CharSet = [];
  for (const [lo, hi] of ranges) {
    if (lo > hi) continue;
    const n = out.length;
    if (n && lo <= out[n - 1]! + 1) out[n - 1] = Math.max(out[n - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}

function toPairs(set: CharSet): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < set.length; i += 2) pairs.push([set[i]!, set[i + 1]!]);
  return pairs;
}

function union(...sets: CharSet[]): CharSet {
  return normalize(sets.flatMap(toPairs));
}

function complement(set: CharSet): CharSet {
  const out: CharSet = [];
  let next = 0;
  for (let i = 0; i < set.length; i += 2) {
    if (set[i]! > next) out.push(next, set[i]! - 1);
    next = set[i + 1]! + 1;
  }
  if (next <= MAX_CP) out.push(next, MAX_CP);
  return out;
}

function intersect(a: CharSet, b: CharSet): CharSet {
  const out: CharSet = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]!, b[j]!);
    const hi = Math.min(a[i + 1]!, b[j + 1]!);
    if (lo <= hi) out.push(lo, hi);
    if (a[i + 1]! < b[j + 1]!) i += 2;
    else j += 2;
  }
  return out;
}

/** Adds the other case of every letter in the set (the check assumes the `i` flag). */
function fold(set: CharSet): CharSet {
  const extra: Array<[number, number]> = [];
  let budget = 4000;
  for (let i = 0; i < set.length; i += 2) {
    const lo = set[i]!;
    const hi = set[i + 1]!;
    // ASCII letters
    const upLo = Math.max(lo, 0x41);
    const upHi = Math.min(hi, 0x5a);
    if (upLo <= upHi) extra.push([upLo + 32, upHi + 32]);
    const lowLo = Math.max(lo, 0x61);
    const lowHi = Math.min(hi, 0x7a);
    if (lowLo <= lowHi) extra.push([lowLo - 32, lowHi - 32]);
    // Other letters, for modest ranges
    for (let c = Math.max(lo, 0x80); c <= hi && budget > 0; c++, budget--) {
      for (const other of [String.fromCodePoint(c).toLowerCase(), String.fromCodePoint(c).toUpperCase()]) {
        const cp = other.codePointAt(0)!;
        if (other.length <= 2 && String.fromCodePoint(cp) === other) extra.push([cp, cp]);
      }
    }
  }
  const folded = union(set, normalize(extra));
  // Special pairs under /iu: k K and KELVIN SIGN, s S and LATIN SMALL LETTER LONG S.
  const specials: Array<[number, number]> = [];
  if (intersect(folded, [0x4b, 0x4b, 0x6b, 0x6b, 0x212a, 0x212a]).length) specials.push([0x4b, 0x4b], [0x6b, 0x6b], [0x212a, 0x212a]);
  if (intersect(folded, [0x53, 0x53, 0x73, 0x73, 0x17f, 0x17f]).length) specials.push([0x53, 0x53], [0x73, 0x73], [0x17f, 0x17f]);
  return specials.length ? union(folded, normalize(specials)) : folded;
}

const ALL: CharSet = [0, MAX_CP];
const DIGIT: CharSet = [0x30, 0x39];
const WORD: CharSet = fold([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]);
const SPACE: CharSet = normalize([
  [0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a],
  [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff],
]);
const DOT: CharSet = complement(normalize([[0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]]));

function escapeSet(node: AST.EscapeCharacterSet): CharSet {
  const base = node.kind === 'digit' ? DIGIT : node.kind === 'space' ? SPACE : WORD;
  return node.negate ? complement(base) : base;
}

function elementSet(node: AST.Node): CharSet {
  switch (node.type) {
    case 'Character':
      return fold([node.value, node.value]);
    case 'CharacterClassRange':
      return fold([node.min.value, node.max.value]);
    case 'CharacterSet':
      if (node.kind === 'any') return DOT;
      if (node.kind === 'property') return ALL; // cautious: any character
      return escapeSet(node);
    case 'CharacterClass': {
      const inner = union(...(node.elements as AST.Node[]).map(elementSet));
      return node.negate ? complement(inner) : inner;
    }
    default:
      return ALL; // set expressions, string disjunctions: cautious
  }
}

// ---------------------------------------------------------------------------------------
// The position automaton

class TooComplex extends Error {}

interface Frag {
  first: number[];
  last: number[];
  nullable: boolean;
}

const EMPTY: Frag = { first: [], last: [], nullable: true };
const MAX_POSITIONS = 3000;
/** Bounded repeats up to this are unrolled in the first pass ({5,10} is common in ids). */
const UNROLL = 10;
const WORK_BUDGET = 3_000_000;

interface Automaton {
  sets: CharSet[];
  /** follow[p]: the positions that can come next, with repeats for parallel edges. */
  follow: number[][];
  /** The repeats that loop around each position, outermost first. */
  loops: AST.Quantifier[][];
  /** Where matching starts. */
  start: number[];
  /** The repeats that made each looping edge, by p * MAX_POSITIONS + q. */
  edgeLoops: Map<number, AST.Quantifier[]>;
}

interface Expansion {
  /** Repeats with a maximum above this become loops (`Infinity`: only unbounded ones). */
  loopAbove: number;
  /** Bounded repeats are unrolled up to this many copies. */
  unroll: number;
}

class TooManyPositions extends Error {}

function buildAutomaton(unit: AST.Pattern | AST.LookaroundAssertion, exp: Expansion): Automaton {
  const sets: CharSet[] = [];
  const follow: number[][] = [];
  const loops: AST.Quantifier[][] = [];
  const loopStack: AST.Quantifier[] = [];
  const edgeLoops = new Map<number, AST.Quantifier[]>();

  const leaf = (set: CharSet): Frag => {
    if (sets.length >= MAX_POSITIONS) throw new TooManyPositions();
    const p = sets.length;
    sets.push(set);
    follow.push([]);
    loops.push([...loopStack]);
    return { first: [p], last: [p], nullable: false };
  };
  const concat = (a: Frag, b: Frag): Frag => {
    for (const l of a.last) follow[l]!.push(...b.first);
    return {
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...b.last, ...a.last] : b.last,
      nullable: a.nullable && b.nullable,
    };
  };
  const alternatives = (alts: AST.Alternative[]): Frag => {
    const frags = alts.map((alt) => alt.elements.map(element).reduce(concat, EMPTY));
    return {
      first: frags.flatMap((f) => f.first),
      last: frags.flatMap((f) => f.last),
      nullable: frags.some((f) => f.nullable),
    };
  };
  const loop = (q: AST.Quantifier, atLeastOnce: boolean): Frag => {
    loopStack.push(q);
    const f = element(q.element);
    loopStack.pop();
    for (const l of f.last) {
      follow[l]!.push(...f.first);
      for (const q2 of f.first) {
        const key = l * MAX_POSITIONS + q2;
        edgeLoops.set(key, [...(edgeLoops.get(key) ?? []), q]);
      }
    }
    return { first: f.first, last: f.last, nullable: f.nullable || !atLeastOnce };
  };
  const optional = (f: Frag): Frag => ({ ...f, nullable: true });
  const quantifier = (q: AST.Quantifier): Frag => {
    if (q.max === Infinity || q.max > exp.loopAbove) {
      // Required copies (capped), then a loop.
      const required = Math.min(q.min, exp.unroll);
      let f = EMPTY;
      for (let i = 1; i < required; i++) f = concat(f, element(q.element));
      return concat(f, loop(q, required > 0));
    }
    const min = Math.min(q.min, exp.unroll);
    const max = Math.min(q.max, exp.unroll);
    let f = EMPTY;
    for (let i = 0; i < min; i++) f = concat(f, element(q.element));
    // x(x(x)?)? rather than x?x?x?, which would be needlessly ambiguous
    let tail = EMPTY;
    for (let i = min; i < max; i++) tail = optional(tail === EMPTY ? element(q.element) : concatFresh(q.element, tail));
    return concat(f, tail);
  };
  const concatFresh = (el: AST.QuantifiableElement, tail: Frag): Frag => concat(element(el), tail);
  function element(node: AST.Node): Frag {
    switch (node.type) {
      case 'Character':
      case 'CharacterSet':
      case 'CharacterClass':
      case 'ExpressionCharacterClass':
        return leaf(elementSet(node));
      case 'Group':
      case 'CapturingGroup':
        return alternatives(node.alternatives);
      case 'Quantifier':
        return quantifier(node);
      default:
        return EMPTY; // assertions (zero width), back-references (refused earlier)
    }
  }

  const whole = alternatives(unit.alternatives);
  return { sets, follow, loops, start: whole.first, edgeLoops };
}

/** The reason `unit` is slow, or null. Throws TooComplex when the check runs out of budget. */
function checkUnit(unit: AST.Pattern | AST.LookaroundAssertion): string | null {
  const budget = { left: WORK_BUDGET };
  // Pass 1: bounded repeats of up to 10 unrolled; longer ones and unbounded ones are loops.
  // Exponential and polynomial.
  const a = buildWithFallback(unit, { loopAbove: UNROLL, unroll: UNROLL }, { loopAbove: 1, unroll: 1 });
  const first = analyse(a, budget, true);
  if (first) return first;
  // Pass 2: every repeat of more than 3 is a loop. Exponential nesting only.
  const b = buildWithFallback(unit, { loopAbove: 3, unroll: 3 }, { loopAbove: 1, unroll: 1 });
  return analyse(b, budget, false);
}

function buildWithFallback(unit: AST.Pattern | AST.LookaroundAssertion, exp: Expansion, small: Expansion): Automaton {
  try {
    return buildAutomaton(unit, exp);
  } catch (e) {
    if (!(e instanceof TooManyPositions)) throw e;
  }
  try {
    return buildAutomaton(unit, small);
  } catch (e) {
    if (e instanceof TooManyPositions) throw new TooComplex();
    throw e;
  }
}

function analyse(auto: Automaton, budget: { left: number }, polynomial: boolean): string | null {
  const n = auto.sets.length;
  const succ = auto.follow.map((f) => [...new Set(f)].filter((q) => auto.sets[q]!.length > 0));
  const multiplicity = auto.follow.map((f) => {
    const m = new Map<number, number>();
    for (const q of f) m.set(q, (m.get(q) ?? 0) + 1);
    return m;
  });
  const spend = (k = 1) => {
    budget.left -= k;
    if (budget.left < 0) throw new TooComplex();
  };
  const meetCache = new Map<number, boolean>();
  const meet = (x: number, y: number): boolean => {
    const key = x < y ? x * n + y : y * n + x;
    let v = meetCache.get(key);
    if (v === undefined) {
      v = intersect(auto.sets[x]!, auto.sets[y]!).length > 0;
      meetCache.set(key, v);
    }
    return v;
  };

  // Strongly connected components of the automaton; only those with a cycle matter.
  const comp = tarjan(n, (p) => succ[p]!);
  const members = new Map<number, number[]>();
  for (let p = 0; p < n; p++) {
    const c = comp[p]!;
    if (!members.has(c)) members.set(c, []);
    members.get(c)!.push(p);
  }
  const cyclic = [...members.values()].filter((ps) => ps.length > 1 || succ[ps[0]!]!.includes(ps[0]!));

  // Exponential: two different ways round the same cycle.
  for (const scc of cyclic) {
    const inC = new Set(scc);
    const ids = new Map<number, number>();
    const pairs: Array<[number, number]> = [];
    const edges: number[][] = [];
    const id = (p: number, r: number): number => {
      const key = p * n + r;
      let i = ids.get(key);
      if (i === undefined) {
        i = pairs.length;
        ids.set(key, i);
        pairs.push([p, r]);
        edges.push([]);
      }
      return i;
    };
    for (const q of scc) id(q, q);
    for (let i = 0; i < pairs.length; i++) {
      const [p, r] = pairs[i]!;
      for (const p2 of succ[p]!) {
        if (!inC.has(p2)) continue;
        for (const r2 of succ[r]!) {
          spend();
          if (inC.has(r2) && meet(p2, r2)) edges[i]!.push(id(p2, r2));
        }
      }
    }
    const pc = tarjan(pairs.length, (i) => edges[i]!);
    const diagonal = new Set<number>();
    const offDiagonal = new Set<number>();
    for (let i = 0; i < pairs.length; i++) {
      const [p, r] = pairs[i]!;
      (p === r ? diagonal : offDiagonal).add(pc[i]!);
    }
    // The repeat to blame: the one around the diverging pairs, or the outermost of the
    // repeats that made a doubled edge.
    let where: AST.Quantifier | undefined;
    let ambiguous = false;
    const mixed = [...diagonal].find((c) => offDiagonal.has(c));
    if (mixed !== undefined) {
      ambiguous = true;
      const involved = new Set<number>();
      pairs.forEach(([p, r], i) => {
        if (pc[i] === mixed) involved.add(p).add(r);
      });
      where = commonLoop(auto, [...involved]);
    }
    for (let i = 0; i < pairs.length && !ambiguous; i++) {
      const [p, r] = pairs[i]!;
      if (p !== r) continue;
      for (const j of edges[i]!) {
        const [q, s] = pairs[j]!;
        if (q === s && pc[j] === pc[i] && (multiplicity[p]!.get(q) ?? 0) > 1) {
          ambiguous = true;
          const makers = auto.edgeLoops.get(p * MAX_POSITIONS + q) ?? [];
          where = makers.reduce<AST.Quantifier | undefined>(
            (best, m) => (!best || m.end - m.start > best.end - best.start ? m : best),
            undefined,
          ) ?? commonLoop(auto, [p, q]);
          break;
        }
      }
    }
    if (ambiguous) {
      return `${where ? quote(where.raw) : 'part of it'} can match the same text in more than one way on each repeat, so text that nearly matches makes the regex engine try an exponential number of combinations (catastrophic backtracking). Make each repeat unambiguous, for example with one repeat instead of a repeat inside a repeat, or a required separator.`;
    }
  }
  if (!polynomial) return null;

  // Polynomial: text that loops on p, leads from p to q and loops on q.
  const reach = (from: number[], edgesOf: (p: number) => number[]): Set<number> => {
    const seen = new Set<number>(from);
    const stack = [...from];
    while (stack.length) {
      for (const q of edgesOf(stack.pop()!)) {
        spend();
        if (!seen.has(q)) {
          seen.add(q);
          stack.push(q);
        }
      }
    }
    return seen;
  };
  const pred: number[][] = Array.from({ length: n }, () => []);
  for (let p = 0; p < n; p++) for (const q of succ[p]!) pred[q]!.push(p);
  const chars = cyclic.map((scc) => union(...scc.map((p) => auto.sets[p]!)));
  // A loop is unbounded when a repeat with no upper limit makes one of its edges.
  const unbounded = cyclic.map((scc) => {
    const inside = new Set(scc);
    return scc.some((p) =>
      succ[p]!.some((q) => inside.has(q) && (auto.edgeLoops.get(p * MAX_POSITIONS + q) ?? []).some((m) => m.max === Infinity)),
    );
  });
  // Can matching reach the loop from a starting point, reading only characters in `c`?
  // Then a run of such text is a place to start from at every character, too.
  const startsInside = (scc: number[], c: CharSet): boolean => {
    const ok = (x: number) => intersect(auto.sets[x]!, c).length > 0;
    const from = auto.start.filter(ok);
    const seen = reach(from, (x) => succ[x]!.filter(ok));
    return scc.some((x) => seen.has(x));
  };

  for (let ai = 0; ai < cyclic.length; ai++) {
    const A = cyclic[ai]!;
    const inA = new Set(A);
    const fromA = reach(A, (p) => succ[p]!);
    for (let bi = 0; bi < cyclic.length; bi++) {
      if (bi === ai) continue;
      const B = cyclic[bi]!;
      // Two bounded loops cost a constant factor. A bounded and an unbounded one are only
      // a problem when the match can start anywhere in the shared run (`.{0,40}\s*`).
      if (!unbounded[ai] && !unbounded[bi]) continue;
      const shared = intersect(chars[ai]!, chars[bi]!);
      if (!fromA.has(B[0]!) || !shared.length) continue;
      if (!(unbounded[ai] && unbounded[bi]) && !startsInside(A, shared)) continue;
      const inB = new Set(B);
      const toB = reach(B, (p) => pred[p]!);
      for (const p of A) {
        for (const q of B) {
          if (triple(p, q, inA, inB, (x) => fromA.has(x) && toB.has(x))) {
            const la = commonLoop(auto, A);
            const lb = commonLoop(auto, B);
            const a = la ? quote(la.raw) : 'one repeat';
            const b = lb ? quote(lb.raw) : 'another';
            return `${a} and the later ${b} can take turns matching the same run of text, so text that nearly matches makes the regex engine try every way of splitting it between them (polynomial backtracking: it slows down sharply as the text gets longer). Merge them into one repeat, or give them small limits such as {0,3}.`;
          }
        }
      }
    }
  }
  return null;

  function triple(p: number, q: number, inA: Set<number>, inB: Set<number>, between: (x: number) => boolean): boolean {
    const key = (a: number, b: number, c: number) => (a * n + b) * n + c;
    const target = key(p, q, q);
    const seen = new Set<number>([key(p, p, q)]);
    const queue: Array<[number, number, number]> = [[p, p, q]];
    while (queue.length) {
      const [a, b, c] = queue.pop()!;
      for (const a2 of succ[a]!) {
        if (!inA.has(a2)) continue;
        for (const b2 of succ[b]!) {
          if (!between(b2) || !meet(a2, b2)) continue;
          const ab = intersect(auto.sets[a2]!, auto.sets[b2]!);
          for (const c2 of succ[c]!) {
            spend();
            if (!inB.has(c2) || !intersect(ab, auto.sets[c2]!).length) continue;
            const k = key(a2, b2, c2);
            if (k === target) return true;
            if (!seen.has(k)) {
              seen.add(k);
              queue.push([a2, b2, c2]);
            }
          }
        }
      }
    }
    return false;
  }
}

/** The innermost repeat that encloses every position of a cycle: the one that loops. */
function commonLoop(auto: Automaton, positions: number[]): AST.Quantifier | undefined {
  let common = auto.loops[positions[0]!]!;
  for (const p of positions) {
    const own = auto.loops[p]!;
    let i = 0;
    while (i < common.length && i < own.length && common[i] === own[i]) i++;
    common = common.slice(0, i);
  }
  return common[common.length - 1];
}

/** Iterative Tarjan: the component number of every node. */
function tarjan(count: number, edgesOf: (v: number) => number[]): number[] {
  const index = new Array<number>(count).fill(-1);
  const low = new Array<number>(count).fill(0);
  const onStack = new Array<boolean>(count).fill(false);
  const comp = new Array<number>(count).fill(-1);
  const stack: number[] = [];
  let next = 0;
  let comps = 0;
  for (let root = 0; root < count; root++) {
    if (index[root] !== -1) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index[root] = low[root] = next++;
    stack.push(root);
    onStack[root] = true;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const out = edgesOf(v);
      if (i < out.length) {
        top[1]++;
        const w = out[i]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low[parent] = Math.min(low[parent]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = false;
          comp[w] = comps;
        } while (w !== v);
        comps++;
      }
    }
  }
  return comp;
}
