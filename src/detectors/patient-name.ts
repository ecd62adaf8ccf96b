// A person's name close to a place of care ("Mrs Kowalczyk in bed 8", "yasmin in side room 3").
// compromise finds the names; the pack says what counts as care and what marks a colleague.
import type { Doc } from '../engine/document';
import { CompiledMatcher, type Hit } from '../engine/matcher';
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
      const careHits = care.hits(doc);
      if (!doc.nlp || careHits.length === 0) return [];
      const hits: RuleHit[] = [];
      const seen = new Set<number>();
      // Parse only where a name could be near care: compromise costs ~1 µs a character plus a fixed
      // ~0.5 ms a parse, so a few short regions are parsed alone and many are parsed as one text.
      const regions = regionsAround(doc, careHits, window + 2).filter((r) => mayHoldName(doc, r));
      const parses = regions.length > MAX_SEPARATE_PARSES ? [{ start: 0, end: doc.view.text.length }] : regions;
      for (const region of parses) {
        const text = doc.view.text.slice(region.start, region.end);
        const candidates = [doc.nlp.people(text), ...NAME_PATTERNS.map((p) => doc.nlp!.match(text, p))].flat();
        for (const c of candidates) {
          const start = region.start + c.start;
          if (seen.has(start) || !isName(text.slice(c.start, c.end))) continue;
          seen.add(start);
          const span = doc.span(start, region.start + c.end);
          const [first, last] = doc.tokenRange(span);
          if (staff.near(doc, first, last, 3)) continue;
          if (!care.near(doc, first, last, window)) continue;
          hits.push({ spans: [span], first, last });
        }
      }
      return hits;
    },
  };
}

const MAX_SEPARATE_PARSES = 2;
const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|nurse|sister)$/i;
const SENTENCE_END = /[.!?\n]\s*$/;

/** A cheap test before parsing: a known name, a title, or a capitalised word mid-sentence. */
function mayHoldName(doc: Doc, region: { tokens: [number, number] }): boolean {
  const [from, to] = region.tokens;
  for (let i = from; i <= to; i++) {
    const t = doc.tokens[i];
    if (doc.nlp!.isKnownName(t.forms[0]) || HONORIFIC.test(t.text)) return true;
    const capitalised = /^\p{Lu}\p{Ll}/u.test(t.text);
    const sentenceStart = i === 0 || SENTENCE_END.test(doc.text.slice(doc.tokens[i - 1].end, t.start + 1).slice(0, -1));
    if (capitalised && !sentenceStart) return true;
  }
  return false;
}

/** Clean-view ranges covering `pad` tokens either side of each hit, merged where they touch. */
function regionsAround(doc: Doc, hits: Hit[], pad: number): Array<{ start: number; end: number; tokens: [number, number] }> {
  const { tokens, view } = doc;
  const toView = (original: number) => {
    // The first view index whose original position is at or after `original`.
    let lo = 0;
    let hi = view.map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (view.map[mid] < original) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const regions: Array<{ start: number; end: number; tokens: [number, number] }> = [];
  for (const h of hits) {
    const from = Math.max(0, h.first - pad);
    const to = Math.min(tokens.length - 1, h.last + pad);
    const start = toView(tokens[from].start);
    const end = toView(tokens[to].end);
    const last = regions[regions.length - 1];
    if (last && start <= last.end) {
      last.end = Math.max(last.end, end);
      last.tokens[1] = Math.max(last.tokens[1], to);
    } else regions.push({ start, end, tokens: [from, to] });
  }
  return regions;
}
