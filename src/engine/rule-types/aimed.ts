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

/** Each line of the clean view, as a view range and the tokens it holds. Computed once per draft. */
function linesOf(doc: Doc): Array<{ start: number; end: number; first: number; last: number }> {
  return doc.memo(linesOf, () => {
    const lines = [];
    const text = doc.view.text;
    for (let start = 0; start <= text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const span = doc.span(start, end);
      const first = doc.tokenAt(span.start);
      // Tokens that start inside the line (tokenAt gives the last token when none ends after it).
      let last = first - 1;
      while (last + 1 < doc.tokens.length && doc.tokens[last + 1].start < span.end) last++;
      if (first < doc.tokens.length && doc.tokens[first].start >= span.start && last >= first) lines.push({ start, end, first, last });
      start = end + 1;
    }
    return lines;
  });
}

/**
 * Hits of a compromise match pattern (for targets such as "#Person") in the lines that hold one of
 * `sentences`. compromise is slow on long drafts (most of a 5,000-character check), and a target only
 * counts in a sentence with a judgement, so only those lines are read. compromise splits sentences
 * within lines, so a line read alone is tagged as it is in the whole draft. Lines are parsed once per
 * draft, whichever rule asks.
 */
function tagHits(doc: Doc, patterns: readonly string[], sentences: ReadonlySet<number>): Hit[] {
  if (!doc.nlp || patterns.length === 0 || sentences.size === 0) return [];
  const sentence = sentenceOf(doc);
  const cache = doc.memo(tagHits, () => new Map<string, Hit[]>());
  const lines = linesOf(doc).filter((line) => {
    for (let t = line.first; t <= line.last; t++) if (sentences.has(sentence[t]!)) return true;
    return false;
  });
  return patterns.flatMap((pattern) =>
    lines.flatMap((line) => {
      const key = `${line.start}\u0000${pattern}`;
      let hits = cache.get(key);
      if (!hits) {
        hits = doc.nlp!.match(doc.view.text.slice(line.start, line.end), pattern).map((s) => {
          const span = doc.span(line.start + s.start, line.start + s.end);
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
