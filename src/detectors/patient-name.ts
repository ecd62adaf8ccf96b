// A person's name close to a place of care ("Mrs Kowalczyk in bed 8", "yasmin in side room 3").
// compromise finds the names; the pack says what counts as care and what marks a colleague.
import { CompiledMatcher } from '../engine/matcher';
import type { RuleFinder, RuleHit } from '../engine/rule-types/types';

export interface PatientNameOptions {
  /** Words or patterns that put a name in a care context (bed 4, ward, discharged). */
  care: { words?: string[]; patterns?: string[] };
  /** Words just before a name that show it's a colleague or public figure (Dr, Sister, our HCA). */
  staff: { words?: string[]; patterns?: string[] };
  /** How many words from the name the care context may be. */
  window?: number;
  /** Words that make a run of capitalised words a place or a team, not a person (Ward, Hospital, League). */
  notNames?: string[];
}

// compromise knows common first names; two capitalised words in a row ("Ellie Marsh") catch the rest.
const NAME_PATTERNS = ['#Person+', '#Honorific #ProperNoun', '#Honorific #Acronym', '#ProperNoun #ProperNoun'];

export function patientName(options: Record<string, unknown>): RuleFinder {
  const opts = options as unknown as PatientNameOptions;
  const care = new CompiledMatcher(opts.care ?? {});
  const staff = new CompiledMatcher(opts.staff ?? {});
  const window = opts.window ?? 8;
  const notNames = new Set((opts.notNames ?? []).map((w) => w.toLowerCase()));
  // Acronyms ("PAT test", "ICE") are not names, unless a title comes first ("Mrs T").
  const isName = (text: string) =>
    (/[a-z]/.test(text) || /^(?:mr|mrs|ms|miss|mx)\b/i.test(text)) &&
    !text.toLowerCase().split(/[^a-z']+/).some((w) => notNames.has(w));
  return {
    needsNlp: true,
    find(doc) {
      if (!doc.nlp || care.hits(doc).length === 0) return [];
      const hits: RuleHit[] = [];
      const candidates = [doc.nlp.people(doc.view.text), ...NAME_PATTERNS.map((p) => doc.nlp!.match(doc.view.text, p))].flat();
      const seen = new Set<number>();
      for (const s of candidates) {
        if (seen.has(s.start) || !isName(doc.view.text.slice(s.start, s.end))) continue;
        seen.add(s.start);
        const span = doc.span(s.start, s.end);
        const [first, last] = doc.tokenRange(span);
        if (staff.near(doc, first, last, 3)) continue;
        if (!care.near(doc, first, last, window)) continue;
        hits.push({ spans: [span], first, last });
      }
      return hits;
    },
  };
}
