// A person's name close to a place of care ("Mrs Kowalczyk in bed 8", "yasmin in side room 3").
//
// compromise knows 24,000 words and which are names. Its tagger costs ~0.5 ms even for a short
// snippet and ~120 ms for a long post, so names are found from its lexicon, titles and capitals,
// and the tagger is asked only about a lowercase word that may not be a name here ("mark the chart"),
// looking at a few words around it.
import { Type, type Static } from '@sinclair/typebox';
import type { Doc } from '../engine/document';
import { CompiledMatcher } from '../engine/matcher';
import type { RuleFinder, RuleHit } from '../engine/rule-types/types';
import { Nearby, Obj, TextList } from '../packs/format';

/** The options a pack gives this detector (checked when the pack loads). */
export const PatientNameOptions = Obj('the "patient-name" options', {
  care: Type.Optional(Nearby('care', 'Words or patterns that put a name in a care context (bed 4, ward, discharged).')),
  staff: Type.Optional(Nearby('staff', "Words near a name that show it's a colleague, a public figure or a comparison (Dr, Sister, like).")),
  window: Type.Optional(Type.Integer({ minimum: 1, description: 'How many words from the name the care context may be. Default 8.' })),
  notNames: Type.Optional(TextList('Words that make a run of capitalised words a place or a team, not a person (Ward, Hospital).')),
});
export type PatientNameOptions = Static<typeof PatientNameOptions>;

const TITLE = /^(?:mr|mrs|ms|miss|mx)\.?$/i;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const LOWERCASE = /^\p{Ll}+$/u;
const SENTENCE_END = /[.!?\n]/;
const TAGGER_CONTEXT = 3;
const LINKING = /^(?:is|was|back|still|now|again|'s)$/i;
const PLACE_PREPOSITION = /^(?:in|on|from)$/i;
const PLACE_OF_CARE = /^(?:ward|bay|bed|side|sideroom|cubicle|resus|room)$/i;

export function patientName(opts: PatientNameOptions): RuleFinder {
  const care = new CompiledMatcher(opts.care ?? {});
  const staff = new CompiledMatcher(opts.staff ?? {});
  const window = opts.window ?? 8;
  const notNames = new Set((opts.notNames ?? []).map((w) => w.toLowerCase()));

  return {
    needsNlp: true,
    find(doc) {
      const nlp = doc.nlp;
      if (!nlp || care.hits(doc).length === 0) return [];
      const { tokens } = doc;
      const word = (i: number) => tokens[i].forms[0].replace(/'s$/, '');
      const isCapitalised = (i: number) => CAPITALISED.test(tokens[i].text) && !notNames.has(word(i));
      const startsSentence = (i: number) => i === 0 || SENTENCE_END.test(doc.text.slice(tokens[i - 1].end, tokens[i].start));

      /** Is the tagger sure token i is part of a person's name, reading a few words either side? */
      const taggerSaysName = (i: number) => {
        const from = Math.max(0, i - TAGGER_CONTEXT);
        const to = Math.min(tokens.length - 1, i + TAGGER_CONTEXT);
        const text = doc.text.slice(tokens[from].start, tokens[to].end);
        const at = tokens[i].start - tokens[from].start;
        return nlp.match(text, '#Person').some((s) => s.start <= at && at < s.end);
      };

      /** "Tariq on Ward 18", "Kev's back on Ward 22", "Ron is still in bay 2". */
      const beforePlaceOfCare = (i: number) => {
        let j = i + 1;
        while (j < tokens.length && j <= i + 3 && LINKING.test(tokens[j].text)) j++;
        return j + 1 < tokens.length && PLACE_PREPOSITION.test(tokens[j].text) && PLACE_OF_CARE.test(tokens[j + 1].text);
      };

      const hits: RuleHit[] = [];
      for (let i = 0; i < tokens.length; i++) {
        let last = -1;
        if (TITLE.test(tokens[i].text) && i + 1 < tokens.length) {
          // "Mrs T", "Mr D. Okonkwo", "Mrs Gwen Pritchard", "mrs b"
          last = i + 1;
          while (last + 1 < tokens.length && isCapitalised(last + 1) && !startsSentence(last + 1)) last++;
        } else if (notNames.has(word(i))) {
          continue;
        } else if (isCapitalised(i) && (nlp.isKnownName(word(i)) || (!startsSentence(i) && i + 1 < tokens.length && isCapitalised(i + 1) && !startsSentence(i + 1)))) {
          // "Ellie Marsh", "Alfie", "Harold Jenkins"
          last = i;
          while (last + 1 < tokens.length && isCapitalised(last + 1) && !startsSentence(last + 1)) last++;
        } else if (isCapitalised(i) && !startsSentence(i) && beforePlaceOfCare(i)) {
          // "Tariq on Ward 18": an unfamiliar name, placed in a bed, bay or ward
          last = i;
        } else if (LOWERCASE.test(tokens[i].text) && nlp.isKnownName(word(i)) && taggerSaysName(i)) {
          // "yasmin", "big ron", "barbara"
          last = i;
        }
        if (last < 0) continue;
        if (care.near(doc, i, last, window) && !staff.near(doc, i, last, 3)) {
          hits.push({ spans: [doc.tokenSpan(i, last)], first: i, last });
        }
        i = last;
      }
      return hits;
    },
  };
}

export type { Doc };
