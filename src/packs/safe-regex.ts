// Compiles pack regular expressions and refuses those that could make the engine slow.
//
// The analysis is scslre's (https://github.com/RunDevelopment/scslre): it finds the super-linear
// (polynomial or exponential) cases of a backtracking engine, with the quantifiers to blame. A pack's
// bounded repeats above BOUNDED_AS_UNBOUNDED are analysed as unbounded, because {0,1000} backtracks
// like * on a 5,000-character draft (`[a-z]{0,1000}[a-z]{0,1000}!` takes 45 s). What scslre does not
// model is refused here: back-references, huge repeats, unbounded repeats in lookbehinds, and a bounded
// repeat inside a bounded repeat with many ways to split the text (`(a{1,10}){1,10}`).
//
// Pure TypeScript, no Node APIs. Heavy (scslre and its automata: about 230 KB gzip), so only
// regex-safety.ts imports it, and only when a pack from outside the extension is checked.
import { RegExpParser, visitRegExpAST, type AST } from '@eslint-community/regexpp';
import { analyse, type Report } from 'scslre';
import { compilePattern } from './pattern';

/** Longest pattern a pack may use. */
export const MAX_PATTERN_LENGTH = 2000;
/** Largest repeat count, as in {0,1000}. */
export const MAX_REPEAT = 1000;
/** Bounded repeats longer than this are checked as if unbounded: of one character, and of a group. */
const BOUNDED_AS_UNBOUNDED = { character: 100, group: 10 };
/** The most ways a repeat inside a repeat may split a run of text (max of one x max of the other). */
const MAX_NESTED_SPLITS = 50;

/**
 * Returns a plain-English reason when `source` could make a backtracking regex engine take
 * polynomial or exponential time on some text, or null when it is safe to use.
 */
export function regexRisk(source: string): string | null {
  if (source.length > MAX_PATTERN_LENGTH) {
    return `it is ${source.length.toLocaleString('en-GB')} characters long; the limit is ${MAX_PATTERN_LENGTH.toLocaleString('en-GB')}. Split it into several shorter patterns.`;
  }
  const unicode = compilePattern(source).unicode ?? false;
  let pattern: AST.Pattern;
  try {
    pattern = parser().parsePattern(source, 0, source.length, { unicode });
  } catch (e) {
    return `it could not be checked for slow matching: ${(e as Error).message}`;
  }

  let refused: string | null = null;
  const widen: Array<{ from: number; to: number; text: string }> = [];
  visitRegExpAST(pattern, {
    onBackreferenceEnter(node) {
      refused ??= `it uses the back-reference ${quote(node.raw)}. Back-references are not allowed: they can make matching very slow and cannot be checked for safety. Repeat the text you want instead.`;
    },
    onQuantifierEnter(node) {
      const biggest = node.max === Infinity ? node.min : node.max;
      if (biggest > MAX_REPEAT) refused ??= `the repeat ${quote(node.raw)} allows more than ${MAX_REPEAT} repetitions; use a smaller limit.`;
      if (node.max === Infinity && enclosing(node, (n) => n.type === 'Assertion' && n.kind === 'lookbehind')) {
        refused ??= `the lookbehind contains the unbounded repeat ${quote(node.raw)}. Lookbehinds may only use bounded repeats such as {0,10}.`;
      }
      const outer = enclosing(node, (n) => n.type === 'Quantifier') as AST.Quantifier | undefined;
      if (outer && node.max > 1 && outer.max > 1 && node.max !== Infinity && outer.max !== Infinity && node.max * outer.max > MAX_NESTED_SPLITS) {
        refused ??= `the repeat ${quote(node.raw)} is inside the repeat ${quote(outer.raw)}, so text that nearly matches can be split between them in very many ways (catastrophic backtracking). Use one repeat.`;
      }
      const limit = node.element.type === 'Group' || node.element.type === 'CapturingGroup' ? BOUNDED_AS_UNBOUNDED.group : BOUNDED_AS_UNBOUNDED.character;
      if (node.max !== Infinity && node.max > limit) widen.push({ from: node.element.end, to: node.end, text: `{${node.min},}${node.greedy ? '' : '?'}` });
    },
  });
  if (refused) return refused;

  // Analyse with long bounded repeats written as unbounded; quote the pack's own text back.
  let widened = source;
  for (const w of [...widen].sort((a, b) => b.from - a.from)) widened = widened.slice(0, w.from) + w.text + widened.slice(w.to);
  const edits = [...widen].sort((a, b) => a.from - b.from);
  /** A position in the analysed (widened) pattern -> the same place in the pack's pattern. */
  const toSource = (at: number) => {
    const p = at;
    let grown = 0;
    for (const w of edits) if (w.from + grown + w.text.length <= p) grown += w.text.length - (w.to - w.from);
    return p - grown;
  };
  const original = (node: AST.Node) => source.slice(toSource(node.start), toSource(node.end));
  let report: Report | undefined;
  try {
    report = analyse({ source: widened, flags: `i${unicode ? 'u' : ''}` }, { maxReports: 1, assumeRejectingSuffix: true, reportTypes: { Move: true, Self: true, Trade: true } }).reports[0];
  } catch {
    return 'it is too complex to check for slow matching. Split it into smaller, simpler patterns.';
  }
  if (!report) return null;
  switch (report.type) {
    case 'Self':
      return `${quote(original(report.quant))} inside ${quote(original(report.parentQuant))} can match the same text in more than one way on each repeat, so text that nearly matches makes the regex engine try ${report.exponential ? 'an exponential' : 'a huge'} number of combinations (catastrophic backtracking). Make each repeat unambiguous, for example with one repeat instead of a repeat inside a repeat, or a required separator.`;
    case 'Trade':
      return `${quote(original(report.startQuant))} and ${quote(original(report.endQuant))} can match the same run of text, so on text that nearly matches the regex engine tries every way of sharing it between them. Make them match different characters, or put something required between them.`;
    case 'Move':
      return `${quote(original(report.quant))} can start matching at every position of a long run of text and fail each time (quadratic time). Start the pattern with something more specific, such as a word or \\b.`;
  }
}

function parser(): RegExpParser {
  return new RegExpParser({ ecmaVersion: 2025 });
}

function enclosing(node: AST.Node, test: (n: AST.Node) => boolean): AST.Node | undefined {
  for (let n: AST.Node | null = node.parent; n; n = n.parent) if (test(n)) return n;
  return undefined;
}

function quote(raw: string): string {
  return '`' + (raw.length > 60 ? raw.slice(0, 57) + '...' : raw) + '`';
}
