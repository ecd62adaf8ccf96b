// Words aimed at someone: a TARGET (a patient, a group, the person being replied to, a colleague) and a
// JUDGEMENT of them (contempt, a dehumanising word, infantilising, sarcasm, a put-down) in the same
// sentence. Neither is rude alone ("the patient in bay 4", "an absolute animal of a storm"); together
// they are. A stereotype also needs a GENERALISATION ("they all", "always", "typical"), so a clinical
// description of a group ("patients with diabetes often...") passes.
import { Type } from '@sinclair/typebox';
import { CompiledMatcher, type Hit } from '../matcher';
import type { Doc } from '../document';
import { Obj, Patterns, Text, Words } from '../../packs/format';
import { phraseProblem } from './phrase';
import { defineRuleType, type RuleHit } from './types';

const DEFAULT_WINDOW = 10;
const PERSON = '#Person';

const Part = (what: string, description: string) =>
  Obj(
    `"${what}"`,
    {
      words: Type.Optional(Words(`Words or phrases that are the ${what}.`)),
      patterns: Type.Optional(Patterns),
    },
    description,
  );

/** Sentence number of every token: a sentence ends at . ! ? or a line break. Computed once per draft. */
function sentenceOf(doc: Doc): Int32Array {
  return doc.memo(sentenceOf, () => {
    const ids = new Int32Array(doc.tokens.length);
    let sentence = 0;
    let at = 0;
    doc.tokens.forEach((token, i) => {
      for (; at < token.start; at++) if (/[.!?\n]/.test(doc.text[at]!)) sentence++;
      at = Math.max(at, token.end);
      ids[i] = sentence;
    });
    return ids;
  });
}

/** The first view index at or after an original index (the view's map only grows). */
function viewIndexOf(doc: Doc, original: number): number {
  const map = doc.view.map;
  let lo = 0;
  let hi = map.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Each sentence: its tokens, and its range of the clean view. Computed once per draft. */
interface Sentence {
  first: number;
  last: number;
  start: number;
  end: number;
}

function sentences(doc: Doc): Map<number, Sentence> {
  return doc.memo(sentences, () => {
    const sentence = sentenceOf(doc);
    const ranges = new Map<number, Sentence>();
    doc.tokens.forEach((_, i) => {
      const id = sentence[i]!;
      const range = ranges.get(id);
      if (range) range.last = i;
      else ranges.set(id, { first: i, last: i, start: 0, end: 0 });
    });
    for (const range of ranges.values()) {
      range.start = viewIndexOf(doc, doc.tokens[range.first]!.start);
      range.end = viewIndexOf(doc, doc.tokens[range.last]!.end);
    }
    return ranges;
  });
}

const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LETTER_RUNS = /\p{L}+/gu;

/**
 * Could compromise find a person in this sentence? It tags one from a name (or title) it knows, or from a
 * capitalised word that doesn't begin the sentence. A sentence with neither ("the estates team are a bunch
 * of useless tw@ts") is not worth its parse, a millisecond or two each.
 */
function mayNameSomeone(doc: Doc, { first, last }: Sentence): boolean {
  for (let i = first; i <= last; i++) {
    const { text } = doc.tokens[i]!;
    if (i > first && CAPITALISED.test(text)) return true;
    for (const [run] of text.matchAll(LETTER_RUNS)) if (doc.nlp!.isKnownName(run)) return true;
  }
  return false;
}

/**
 * Hits of a compromise match pattern (for targets such as "#Person") in the sentences `ids`. compromise is slow
 * (most of a long draft's check when it reads the whole draft), and a target only counts in the sentence
 * of its judgement, so only those sentences are read, each on its own. Each is parsed once per draft,
 * whichever rule asks.
 */
function tagHits(doc: Doc, patterns: readonly string[], ids: ReadonlySet<number>): Hit[] {
  if (!doc.nlp || patterns.length === 0 || ids.size === 0) return [];
  const ranges = sentences(doc);
  const cache = doc.memo(tagHits, () => new Map<string, Hit[]>());
  return patterns.flatMap((pattern) =>
    [...ids].flatMap((id) => {
      const range = ranges.get(id);
      if (!range || (pattern === PERSON && !mayNameSomeone(doc, range))) return [];
      const key = `${id}\u0000${pattern}`;
      let hits = cache.get(key);
      if (!hits) {
        hits = doc.nlp!.match(doc.view.text.slice(range.start, range.end), pattern).map((s) => {
          const span = doc.span(range.start + s.start, range.start + s.end);
          const [first, last] = doc.tokenRange(span);
          return { spans: [span], first, last };
        });
        cache.set(key, hits);
      }
      return hits;
    }),
  );
}

export const aimedRule = defineRuleType({
  type: 'aimed',
  description:
    'A target (someone the words are about or aimed at) and a judgement of them in the same sentence, optionally with a generalisation ("they all", "always") for stereotypes.',
  fields: {
    target: Obj(
      '"target"',
      {
        words: Type.Optional(Words('Words or phrases that name the target ("patients", "these people", "you").')),
        patterns: Type.Optional(Patterns),
        tags: Type.Optional(Type.Array(Text('A compromise match phrase ("#Person").'), { minItems: 1, description: 'Phrases in compromise match syntax that name the target (used when compromise is loaded).' })),
      },
      'who the words are about or aimed at: a patient, a group, the person replied to, a colleague',
    ),
    judgement: Part('judgement', 'what judges the target: contempt, a dehumanising word, infantilising, sarcasm, a put-down'),
    generalisation: Type.Optional(Part('generalisation', 'For stereotypes: a sweeping claim ("they all", "always") that must also be in the sentence.')),
    window: Type.Optional(Type.Integer({ minimum: 1, description: 'How many words apart the target and the judgement may be (same sentence). Default 10.' })),
  },
  check(rule, report) {
    for (const part of ['target', 'judgement', 'generalisation'] as const) {
      const p = rule[part] as { words?: unknown; patterns?: unknown; tags?: unknown } | undefined;
      if (p && p.words === undefined && p.patterns === undefined && p.tags === undefined) report(`.${part}`, `"${part}" needs "words" or "patterns" to look for.`);
    }
    (rule.target.tags ?? []).forEach((tag, i) => {
      const problem = phraseProblem(tag);
      if (problem) report(`.target.tags[${i}]`, problem);
    });
  },
  compile(rule) {
    const target = rule.target.words || rule.target.patterns ? new CompiledMatcher(rule.target) : undefined;
    const tags = rule.target.tags ?? [];
    const judgement = new CompiledMatcher(rule.judgement);
    const generalisation = rule.generalisation && new CompiledMatcher(rule.generalisation);
    const window = rule.window ?? DEFAULT_WINDOW;

    return {
      // Works on words alone; compromise adds named people when it is loaded.
      needsNlp: false,
      find(doc) {
        const judged = judgement.hits(doc);
        if (judged.length === 0) return [];
        const general = generalisation?.hits(doc);
        if (general && general.length === 0) return [];
        const sentence = sentenceOf(doc);
        const sameSentence = (a: Hit, b: Hit) => sentence[a.first] === sentence[b.first];
        const apart = (a: Hit, b: Hit) => Math.max(0, a.first - b.last, b.first - a.last);
        const aimedAt = (t: Hit, j: Hit) => sameSentence(t, j) && apart(t, j) <= window && !overlap(t, j);
        const listed = target?.hits(doc) ?? [];
        // compromise is asked only about the sentences where it can decide something: a judgement (with
        // its generalisation, when one is needed) that no listed target is aimed at. The listed targets
        // come first, so a tagged one is only ever chosen there.
        const undecided = new Set<number>();
        for (const j of judged) {
          if (general && !general.some((g) => sameSentence(g, j))) continue;
          if (!listed.some((t) => aimedAt(t, j))) undecided.add(sentence[j.first]!);
        }
        const targets = [...listed, ...tagHits(doc, tags, undecided)];
        if (targets.length === 0) return [];

        const out: RuleHit[] = [];
        for (const j of judged) {
          const t = targets.find((t) => aimedAt(t, j));
          if (!t) continue;
          const g = general?.find((g) => sameSentence(g, j));
          if (general && !g) continue;
          const parts = [t, j, ...(g ? [g] : [])].sort((a, b) => a.first - b.first);
          out.push({
            spans: parts.flatMap((h) => h.spans),
            first: parts[0]!.first,
            last: Math.max(...parts.map((h) => h.last)),
            clues: g ? ['target', 'generalisation', 'judgement'] : ['target', 'judgement'],
          });
        }
        return out;
      },
    };
  },
});

const overlap = (a: Hit, b: Hit) => a.first <= b.last && b.first <= a.last;
