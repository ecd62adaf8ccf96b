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

/** Hits of compromise match patterns (for targets such as "#Person"), on the draft's one parse. */
function tagHits(doc: Doc, key: object, patterns: readonly string[]): Hit[] {
  if (!doc.nlp || patterns.length === 0) return [];
  return doc.memo(key, () =>
    patterns.flatMap((p) =>
      doc.nlp!.match(doc.view.text, p).map((s) => {
        const span = doc.span(s.start, s.end);
        const [first, last] = doc.tokenRange(span);
        return { spans: [span], first, last };
      }),
    ),
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
    const tagKey = {};
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
        const targets = [...(target?.hits(doc) ?? []), ...tagHits(doc, tagKey, tags)];
        if (targets.length === 0) return [];
        const sentence = sentenceOf(doc);
        const sameSentence = (a: Hit, b: Hit) => sentence[a.first] === sentence[b.first];
        const apart = (a: Hit, b: Hit) => Math.max(0, a.first - b.last, b.first - a.last);

        const out: RuleHit[] = [];
        for (const j of judged) {
          const t = targets.find((t) => sameSentence(t, j) && apart(t, j) <= window && !overlap(t, j));
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
