// A person's name close to a place of care ("Mrs Kowalczyk in bed 8", "yasmin in side room 3",
// "bed 6, Priya", "Uncle Dev on the stroke unit").
//
// It decides whether a phrase is a person, not just capitalised: a title before it, a given name from
// a bundled list of 14,000 names from many cultures (data/given-names.ts) or compromise's lexicon,
// and, for capitalised words it doesn't know, compromise's tagger asked about a few words around them.
// A phrase is not a person when it names a place or an organisation: "the Red Lion", "Bristol Rovers",
// "Heaton Park", "Ward Heulwen", or anything the pack lists (clubs, TV programmes, charities).
// Lower-case names count only right next to a bed, bay or side room ("tomasz in bed 12").
// Linear in the draft: every context test is a look-up in arrays built once per draft.
import { Type, type Static } from '@sinclair/typebox';
import type { Doc } from '../engine/document';
import { CompiledMatcher } from '../engine/matcher';
import type { Nlp } from '../engine/nlp';
import type { Token } from '../engine/normalise';
import type { Span } from '../engine/types';
import type { RuleFinder, RuleHit } from '../engine/rule-types/types';
import { Nearby, Obj, TextList } from '../packs/format';
import { GIVEN_NAMES } from './data/given-names';

/** The options a pack gives this detector (checked when the pack loads). */
export const PatientNameOptions = Obj('the "patient-name" options', {
  care: Type.Optional(Nearby('care', 'Words or patterns that put a name in a care context (bed 4, ward, discharged).')),
  staff: Type.Optional(Nearby('staff', "Words near a name that show it's a colleague, a public figure or a comparison (Dr, Sister, like).")),
  staffContext: Type.Optional(
    Nearby('staffContext', 'Words in the same sentence that show the post is about staff (thank you, welcome, retires, hiring): names there are colleagues unless a title or a bed says otherwise.'),
  ),
  patientOnly: Type.Optional(
    Nearby('patientOnly', "Care only a patient receives (his depot, her chemo, discharged home): near one, a name is a patient's even in a shout-out or a thank-you."),
  ),
  notPeople: Type.Optional(Nearby('notPeople', 'Names of things that are not people: clubs and their nicknames, TV programmes, charities, pubs.')),
  window: Type.Optional(Type.Integer({ minimum: 1, description: 'How many words from the name the care context may be. Default 8.' })),
  notNames: Type.Optional(TextList('Words that are never part of a person\'s name (Ward, Hospital, Monday).')),
  placeWords: Type.Optional(TextList('Words that end the name of a place or an organisation (Park, Arms, Rovers, Appeal).')),
});
export type PatientNameOptions = Static<typeof PatientNameOptions>;

/** Titles that make the next word a surname: "Mrs Begum", "Cllr Jenkins", "Lady Hamilton". */
const TITLE = /^(?:mr|mrs|ms|miss|mx|lady|sir|lord|dame|cllr|councillor|rev|revd|reverend)\.?$/i;
/** Titles that are also ordinary words, so they count only written with a capital before a capital. */
const CAPITAL_TITLE = /^(?:lady|sir|lord|dame|miss)$/i;
/** Titles of people who visit, open and present: in a post thanking someone they're a guest, not a patient. */
const CIVIC_TITLE = /^(?:lady|sir|lord|dame|cllr|councillor|rev|revd|reverend)\.?$/i;
/** Family nicknames for regular patients: "Uncle Dev", "Nana Pat". */
const FAMILY = /^(?:uncle|auntie|aunty|aunt|nana|nanna|nan|grandad|grandpa|grandma|granny|gran)$/i;
/** An initial for a name: "Lady G", "Lord B." */
const INITIAL = /^\p{Lu}$/u;
const CAPITALISED = /^\p{Lu}(?:\p{Ll}|['’]\p{Lu})/u; // Doris, O'Brien; not I'm
const ALL_CAPS = /^\p{Lu}{2,}$/u;
const LOWERCASE = /^\p{Ll}[\p{Ll}'’-]*$/u;
const SENTENCE_END = /[.!?\n]/;
/** The tagger reads the sentence of the word it is asked about, or this many words either side in a long one. */
const TAGGER_REACH = 12;
/** Tagger parses per draft: each costs 0.5-1.5 ms, so a long draft full of capitals stays fast. */
const TAGGER_BUDGET = 12;
const LINKING = /^(?:is|was|back|still|now|again|'s)$/i;
const PLACE_PREPOSITION = /^(?:in|on|from)$/i;
const PLACE_OF_CARE = /^(?:ward|bay|bed|beds|side|sideroom|cubicle|cubicles|resus|room|trolley|chair|bedspace)$/i;
/** Where one patient lies: closer than a ward, where staff work too. */
const BEDSIDE = /^(?:bay|bed|beds|side|sideroom|cubicle|cubicles|resus|trolley|bedspace)$/i;
/** Work a colleague does in a bay ("Dev covered bay 4", "ran bay 2"): the bay is their workplace, not their bed. */
const STAFF_WORK = /^(?:covered|covering|covers|running|ran|runs|allocated|nursing|managing|managed|took)$/i;
/** A shift after the bay ("Siobhan on bay 3 nights"): only staff work a bay by shifts. */
const SHIFT_AFTER = /^(?:nights|lates|earlies|shift|shifts)$/i;
/** Whiteboard shorthand for a bed: "B1", "B12", "SR2", "C4". */
const BED_CODE = /^(?:b|sr|c|bed|bay)\d{1,2}[a-z]?$/i;
/** A condition or an infection, written after a bed on a board like a name: "bed 4 Sepsis", "bay 2 Norovirus". */
const CONDITION = /(?:itis|osis|sis|aemia|emia|virus|oma|pathy|ectomy|otomy|plasty)$|^(?:covid|flu|mrsa|cdiff|vre|cpe)/i;
/** A bed code on a whiteboard ("B1", "SR2", "bed1"); two in a draft make a board written out bed by bed. */
const BOARD_CODE = /^(?:b|sr|bed|bay)\d{1,2}[a-z]?$/i;
/** "in Beverley", "near Stanley", "outside Chester": after these a capitalised given name is a town, unless a bed is by it. */
const PLACE_BEFORE = /^(?:in|near|outside|around|via|towards|across)$/i;
/** "the Red Lion", "a Wolves fan": a person's name rarely follows an article. */
const ARTICLE = /^(?:the|a|an)$/i;
/** A named ward or unit: "Ward Heulwen", "Unit Dewi Sant". */
const UNIT_WORD = /^(?:ward|unit|wing|suite|centre|center|clinic|block|house|lodge|building|st|saint|ysbyty|uned|canolfan|ospidal|royal|hospital|infirmary|gŵyl|gwyl|sant|santes)$/i;
/** "Pauline from HR", "Steve from nights": where colleagues come from, not patients. */
/** Words after a name that make it the name of a ward or unit: "Rowan ward", "Heulwen Unit". */
const UNIT_AFTER = /^(?:ward|unit|wing|suite|lodge|centre|center|clinic)$/i;
/** Things people do, after "Hazel in bay 2": a known word at the start of a sentence is a name when it does one. */
const PERSON_VERB = /^(?:told|tells|said|says|asked|asks|wants|wanted|keeps|kept|thinks|thought|insists|insisted|refused|refuses|pressed|presses|shouted|shouts|tried|tries|called|calls|rang|rings|loves|loved|needs|needed|cried|laughed|sang|sings|danced|walked|ate|remembers|remembered|knows|knew|gave|showed|taught|wrote|went|died|passed|sat|slept|woke|hugged|smiled|swore|screamed|pulled|climbed|fell|got|gets|threw|throws|bit|bites|kicked|kicks|spat|spits|grabbed|grabs|punched|slapped|scratched|pinched|won't|can't|wouldn't|couldn't|didn't|doesn't)$/i;
/** What only a person does (not "cover on ward 6 needed", "the move on ward 4 went"): says, wants, insists. */
const PERSON_ACT = /^(?:told|tells|said|says|asked|asks|wants|wanted|keeps|kept|thinks|thought|insists|insisted|refused|refuses|pressed|presses|shouted|shouts|tried|tries|rang|rings|loves|cried|laughed|sang|sings|screamed|swore|hugged|smiled|bit|kicked|spat|grabbed|punched|remembers|knows|reckons|believes)$/i;
/** Words that start a sentence before "in bay 2 told us" without naming anyone. */
const NOT_ONE_PERSON = /^(?:everyone|everybody|someone|somebody|anyone|anybody|nobody|none|all|both|each|either|neither|patients?|staff|people|relatives|visitors|families|everything|nothing|he|she|they|we|who|whoever|mum|dad|son|daughter|wife|husband|gran|grandad)$/i;
/** People described, not named: "man in bay 3 keeps shouting" is the jigsaw rule's, not a name. */
const PERSON_NOUN = /^(?:man|woman|lady|gent|gentleman|guy|lad|lass|bloke|chap|fella|girl|boy|baby|kid|child|patient|pt|someone|somebody|one|relative|visitor|family|husband|wife|son|daughter|mum|dad|nan|grandad|regular|resident|he|she|they|it|this|that|who|which|everyone|nobody)$/i;
const PREPOSITION = /^(?:at|by|until|till|til|since|from|before|after|in|on|of|for|to|with|about|around|like|than)$/i;
const STAFF_FROM = /^(?:hr|nights|days|pharmacy|theatres?|admin|it|estates|finance|payroll|switchboard|security|management|bank|agency|physio|ot|occy|radiology|x-ray|xray|pathology|the)$/i;

/** Built on first use, with NLP, so a cold start's first (NLP-free) result doesn't wait for it. */
let givenNames: Set<string> | undefined;

/** Is `word` (lower case) a given name, by the bundled list or compromise's lexicon? */
export function isGivenName(word: string, nlp?: Nlp): boolean {
  givenNames ??= new Set(GIVEN_NAMES.split(' '));
  if (givenNames.has(word) || (nlp?.isKnownName(word) ?? false)) return true;
  // "róisín", "siân" typed with marks the list has only without: the list keeps both forms of its own
  // accented names, but not every source writes a name with its marks
  const plain = /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
  return plain !== word && givenNames.has(plain);
}

/**
 * The tokens with letters spelt out one by one read as the word they spell, capitals kept: "M r s  J o n e s
 * in bed 4" is a title and a name (this detector reads capitals and titles from a token's text).
 */
const asWritten = (tokens: readonly Token[]): readonly Token[] => tokens.map((token) => (token.spelt ? { ...token, text: token.spelt } : token));

/** For each token, whether some hit of `matcher` is within `window` tokens: prefix sums, so each ask is O(1). */
function nearness(doc: Doc, matcher: CompiledMatcher) {
  const n = doc.tokens.length;
  const covered = new Int32Array(n + 1);
  for (const h of matcher.hits(doc)) for (let t = h.first; t <= h.last && t < n; t++) covered[t + 1] = 1;
  for (let t = 1; t <= n; t++) covered[t] += covered[t - 1];
  return (first: number, last: number, window: number, after = window) =>
    covered[Math.min(n, last + after + 1)] - covered[Math.max(0, first - window)] > 0;
}

export function patientName(opts: PatientNameOptions): RuleFinder {
  const care = new CompiledMatcher(opts.care ?? {});
  const staff = new CompiledMatcher(opts.staff ?? {});
  const staffContext = new CompiledMatcher(opts.staffContext ?? {});
  const notPeople = new CompiledMatcher(opts.notPeople ?? {});
  const patientOnly = new CompiledMatcher(opts.patientOnly ?? {});
  const patientOnlyWindow = opts.patientOnly?.window ?? 10;
  const window = opts.window ?? 8;
  const notNames = new Set((opts.notNames ?? []).map((w) => w.toLowerCase()));
  const placeWords = new Set((opts.placeWords ?? []).map((w) => w.toLowerCase()));

  return {
    needsNlp: true,
    find(doc) {
      const nlp = doc.nlp;
      if (!nlp) return [];
      // A whiteboard written out bed by bed ("B1 Pugh, B2 Gethin") needs no other care word, but then only the
      // words written straight after a bed are names ("covered B1 Tuesday and B2 Wednesday" is a rota).
      const boardOnly = care.hits(doc).length === 0;
      if (boardOnly && doc.tokens.filter((t) => BOARD_CODE.test(t.forms[0])).length < 2) return [];
      const tokens = asWritten(doc.tokens);
      const n = tokens.length;
      // Asked of most tokens several times over: worked out once each.
      const words = tokens.map((t) => t.forms[0].replace(/['’]s$/, ''));
      const word = (i: number) => words[i]!;
      const givenAt = new Int8Array(n); // 0 not asked yet, 1 a given name, -1 not
      const given = (i: number) => (givenAt[i] ||= isGivenName(word(i), nlp) ? 1 : -1) === 1;
      const isPlaceWord = (i: number) => placeWords.has(word(i));
      const isCapitalised = (i: number) => CAPITALISED.test(tokens[i].text) && !notNames.has(word(i));
      // What lies between a token and the one before, hidden marks (direction marks, soft hyphens) left out.
      const gaps = tokens.map((t, i) => (i === 0 ? '' : doc.text.slice(tokens[i - 1].end, t.start).replace(/\p{Cf}/gu, '')));
      const gap = (i: number) => gaps[i]!;
      const startsSentence = (i: number) => i === 0 || SENTENCE_END.test(gap(i));
      const nearCare = nearness(doc, care);
      const nearStaff = nearness(doc, staff);
      const nearNotPeople = nearness(doc, notPeople);
      const nearPatientOnly = nearness(doc, patientOnly);

      // Sentence number of each token, and which sentences talk about staff.
      const sentence = new Int32Array(n);
      for (let i = 1; i < n; i++) sentence[i] = sentence[i - 1] + (startsSentence(i) ? 1 : 0);
      const staffSentences = new Set(staffContext.hits(doc).map((h) => sentence[h.first]));

      /** "covered bay 4", "looking after bay 2", "bay 3 nights": a bay someone works in, not one they lie in. */
      const workedIn = (j: number) =>
        (j > 0 && STAFF_WORK.test(tokens[j - 1].text)) ||
        (j > 1 && /^after$/i.test(tokens[j - 1].text) && /^(?:looking|looked|look|looks)$/i.test(tokens[j - 2].text)) ||
        (j > 2 && /^of$/i.test(tokens[j - 1].text) && /^charge$/i.test(tokens[j - 2].text)) ||
        (j + 2 < n && /^\d/.test(tokens[j + 1].text) && SHIFT_AFTER.test(tokens[j + 2].text));
      /** Is a bed, bay or side room within a few words and the same sentence ("tomasz in bed 12", "bed 6, Priya",
       *  "Tariq on Ward 18, bay 4"; not "…, Siobhan!! bay 3 staff have the cake")? */
      const bedside = (first: number, last: number, reach = 4) => {
        for (let j = Math.max(0, first - reach); j <= Math.min(n - 1, last + reach); j++) {
          if ((j < first || j > last) && (sentence[j] === sentence[first] || sentence[j] === sentence[last]) && (BEDSIDE.test(tokens[j].text) || BED_CODE.test(tokens[j].forms[0])) && !workedIn(j)) return true;
        }
        return false;
      };

      const tagged = new Map<number, Span[]>();
      /** Is the tagger sure token i is part of a person's name, reading its sentence (TAGGER_REACH words either side at most)? One parse a sentence. */
      const taggerSaysName = (i: number) => {
        let from = i;
        while (from > 0 && sentence[from - 1] === sentence[i]) from--;
        let to = i;
        while (to < n - 1 && sentence[to + 1] === sentence[i]) to++;
        if (to - from > 2 * TAGGER_REACH) (from = Math.max(from, i - TAGGER_REACH)), (to = Math.min(to, i + TAGGER_REACH));
        const key = from * (n + 1) + to;
        let spans = tagged.get(key);
        if (!spans) {
          if (tagged.size >= TAGGER_BUDGET) return false;
          spans = nlp.match(doc.text.slice(tokens[from].start, tokens[to].end), '#Person').map((s) => ({ start: s.start + tokens[from].start, end: s.end + tokens[from].start }));
          tagged.set(key, spans);
        }
        return spans.some((s) => s.start <= tokens[i].start && tokens[i].start < s.end);
      };

      /** "Rowan ward", "Heulwen Unit": a name followed by a unit word, and no number after it, names the unit. */
      const namesAUnit = (last: number) =>
        last + 1 < n && UNIT_AFTER.test(tokens[last + 1].text) && /^[ \t]+$/.test(gap(last + 1)) && !(last + 2 < n && /^\d/.test(tokens[last + 2].text));

      /** "Tariq on Ward 18", "Kev's back on Ward 22", "Ron is still in bay 2", "Mairi in the side room". */
      const beforePlaceOfCare = (i: number) => {
        let j = i + 1;
        while (j < n && j <= i + 3 && LINKING.test(tokens[j].text)) j++;
        if (j + 1 >= n || !PLACE_PREPOSITION.test(tokens[j].text)) return false;
        // "Mairi in the side room", "Seamus in B4"
        const k = /^the$/i.test(tokens[j + 1].text) && j + 2 < n ? j + 2 : j + 1;
        return PLACE_OF_CARE.test(tokens[k].text) || BED_CODE.test(tokens[k].text);
      };
      /** "Hazel in bay 2 told us": right after the bed or bay comes something only a person does. */
      const actsAfterPlaceOfCare = (i: number, verb = PERSON_VERB) => {
        let j = i + 3; // name, in, bay
        while (j < n && j <= i + 5 && (/^\d/.test(tokens[j].forms[0]) || BED_CODE.test(tokens[j].forms[0]) || /^(?:room|bay|bed)$/i.test(tokens[j].text))) j++;
        return j < n && j > i + 3 && verb.test(tokens[j].text) && !NOT_ONE_PERSON.test(tokens[i].text);
      };

      /** "kev on ward 6", "sue in bay 2": on or in a ward, bay or bed with its number or code. */
      const inNumberedPlaceOfCare = (i: number) =>
        beforePlaceOfCare(i) && i + 3 < n && (/^\d/.test(tokens[i + 3].forms[0]) || BED_CODE.test(tokens[i + 3].forms[0])) && tokens[i + 1].text.length <= 2;
      /** "at dawn on ward 3", "by may in bay 2": after a preposition a lower-case word is a time or a thing. */
      const followsPreposition = (i: number) => i > 0 && !startsSentence(i) && PREPOSITION.test(tokens[i - 1].text);

      const isTitle = (i: number) => TITLE.test(tokens[i].text) || FAMILY.test(tokens[i].text);
      /** The last token of a run of capitalised words starting at i, within one sentence and one clause:
       *  worked out once for every token, from the end, so a long run is walked once, not once per word. */
      const runEnd = new Int32Array(n);
      for (let j = n - 1; j >= 0; j--) {
        const continues = j + 1 < n && isCapitalised(j + 1) && !startsSentence(j + 1) && !isTitle(j + 1) && !gap(j + 1).includes(',');
        runEnd[j] = continues ? runEnd[j + 1] : j;
      }
      const capitalRun = (i: number) => runEnd[i];

      /** A place or an organisation, not a person: "the Kings Arms", "Ward Heulwen", "Bristol Rovers", "Rowan ward", "in Beverley". */
      const namesAThing = (first: number, last: number) => {
        if (first > 0 && !startsSentence(first) && (ARTICLE.test(tokens[first - 1].text) || UNIT_WORD.test(tokens[first - 1].text))) return true;
        if (namesAUnit(last)) return true;
        if (first > 0 && !startsSentence(first) && PLACE_BEFORE.test(tokens[first - 1].text) && !bedside(first, last)) return true;
        for (let j = first; j <= last + 1 && j < n; j++) if (isPlaceWord(j)) return true;
        return nearNotPeople(first, last, 0);
      };

      /** "the Lady Nelson", "Lord Nelson pub quiz", "Sir Bobby Robson Foundation", "Lady Margaret ward": a pub,
       *  a charity or a ward named after someone with a title ("a Mrs Jones in bed 4" is still a person). */
      const titledThing = (first: number, last: number) =>
        (first > 0 && !startsSentence(first) && /^the$/i.test(tokens[first - 1].text)) ||
        namesAUnit(last) ||
        Array.from({ length: Math.min(n - 1, last + 1) - first }, (_, k) => first + 1 + k).some(isPlaceWord) ||
        nearNotPeople(first, last, 0);

      /** "B3 Gethin", "bed 2 - Iolo", "SR1: Morag", "side room 2 Dafydd": a word written straight after a bed, as on a
       *  whiteboard or a handover list, where what follows a bed is who is in it. */
      const afterBed = (i: number) => {
        if (i < 1 || !/^\s*[-–—:=,.)]?\s*$/.test(gap(i)) || gap(i).includes('\n')) return false;
        if (BED_CODE.test(tokens[i - 1].forms[0])) return !workedIn(i - 1);
        return i > 1 && /^\d{1,2}[a-z]?$/i.test(tokens[i - 1].forms[0]) && (BEDSIDE.test(tokens[i - 2].text) || /^room$/i.test(tokens[i - 2].text)) && !workedIn(i - 2);
      };

      /** Right after "patient" ("my patient Iolo", "patient 💕 Iolo"), or "called"/"named" ("a man called Gethin"). */
      const namedAsPatient = (i: number) =>
        i > 0 && !startsSentence(i) && !/[\p{L}\d,]/u.test(gap(i)) &&
        (/^(?:patient|pt|resident|called|named|nicknamed)$/i.test(tokens[i - 1].text));

      /** "Claire from the day unit", "Steve from nights": a colleague (but "Dai from Ward 4" is a patient). */
      const fromAWorkplace = (last: number) => {
        if (last + 2 >= n || tokens[last + 1].text.toLowerCase() !== 'from') return false;
        const j = tokens[last + 2].text.toLowerCase() === 'the' ? last + 3 : last + 2;
        // "from the flats" is where a patient lives; "from pharmacy", "from the discharge team" and "from the
        // day unit" are where a colleague works
        if (j >= n || PLACE_OF_CARE.test(tokens[j].text)) return false;
        if (STAFF_FROM.test(tokens[j].text) && !/^the$/i.test(tokens[j].text)) return true;
        const team = (k: number) => k < n && /^(?:team|teams|office|desk|lab|labs|hub|bureau|service|lounge)$/i.test(tokens[k].text);
        return j === last + 3 && (team(j) || team(j + 1) || (/^day$/i.test(tokens[j].text) && j + 1 < n && /^unit$/i.test(tokens[j + 1].text)));
      };
      /** "…, Glenys, went home", "at the GRI, Senga Docherty, threw": words set apart by commas. */
      const inCommas = (first: number, last = first) =>
        first > 0 && last + 1 < n && /,\s*$/.test(gap(first)) && /^\s*,/.test(gap(last + 1));
      /** Words nobody's name is made of ("Ward", "Bed"), so a run of them in commas is a name. */
      const unknownWords = (first: number, last: number) => {
        for (let j = first; j <= last; j++) if (nlp.isKnownWord(word(j)) && !given(j)) return false;
        return true;
      };
      /** A nickname in quotes: "'Bungee Bev'". */
      const quoted = (first: number, last: number) =>
        first > 0 && /['‘"“]\s*$/.test(doc.text.slice(tokens[first - 1].end, tokens[first].start)) &&
        last + 1 < n && /^\s*['’"”]/.test(doc.text.slice(tokens[last].end, tokens[last + 1].start));
      /** Names already seen as colleagues: "Nia Roberts, who qualified ... Nia was an MSW on our unit". */
      const colleagues = new Set<string>();

      const hits: RuleHit[] = [];
      for (let i = 0; i < n; i++) {
        const text = tokens[i].text;
        const first = i;
        let last = -1;
        let titled = false; // a title makes it a patient even in a post about staff
        let askTagger = false; // the tagger must confirm it, once the context says it matters (it's slow)
        if (TITLE.test(text) && i + 1 < n && (!CAPITAL_TITLE.test(text) || (CAPITALISED.test(text) && (CAPITALISED.test(tokens[i + 1].text) || INITIAL.test(tokens[i + 1].text))))) {
          // "Mrs T", "Mr D. Okonkwo", "mrs b", "Lady Hamilton", "Cllr Jenkins"
          last = Math.max(i + 1, capitalRun(i + 1));
          titled = true;
          // "Lady G in bed 3" is someone by a bed; "Lady A played…" is a band
          if (CAPITAL_TITLE.test(text) && INITIAL.test(tokens[i + 1].text) && !bedside(i, i + 1)) continue;
          if (CAPITALISED.test(text) && titledThing(i, last)) {
            // "the Lady Nelson", "Lord Nelson pub quiz", "Sir Bobby Robson Foundation", "Lady Margaret ward"
            i = last;
            continue;
          }
        } else if (FAMILY.test(text) && i + 1 < n && CAPITALISED.test(tokens[i + 1].text) && !notNames.has(word(i + 1))) {
          // "Uncle Dev", "Nana Pat"
          last = capitalRun(i + 1);
          titled = true;
        } else if (notNames.has(word(i))) {
          continue;
        } else if (isCapitalised(i) || (ALL_CAPS.test(text) && given(i) && bedside(i, i))) {
          const run = isCapitalised(i) ? capitalRun(i) : i;
          const known = given(i);
          if (namesAThing(i, run)) {
            i = run;
            continue;
          }
          const actsNext = run + 1 < n && PERSON_VERB.test(tokens[run + 1].text);
          if (run > i && run <= i + 2 && inCommas(i, run) && (known || actsNext) && unknownWords(i, run) && bedside(i, run, 8)) {
            // "bed 6 on ward 27 at the GRI, Senga Docherty, threw her tea": a full name set in commas by a bed
            // (a town in commas, "at Withybush, Milford Haven, has", isn't a name and doesn't act)
            last = run;
          } else if (known || (run > i && (quoted(i, run) || !startsSentence(i)))) {
            // "Ellie Marsh", "Alfie", "'Bungee Bev'"; "Harold Jenkins" if the tagger agrees
            last = run;
            askTagger = !known && !quoted(i, run);
          } else if (beforePlaceOfCare(i) && (!startsSentence(i) || !nlp.isKnownWord(word(i)) || actsAfterPlaceOfCare(i))) {
            // "Tariq on Ward 18", "Gethin in bay 2": an unfamiliar name, placed in a bed, bay or ward
            last = i;
          } else if (run <= i + 1 && namedAsPatient(i) && !nlp.isKnownWord(word(i)) && !CONDITION.test(word(i))) {
            // "my favourite patient 💕 Iolo", "a lovely lady called Ffion Pugh": named as a patient, or called it
            last = run;
          } else if (run <= i + 1 && afterBed(i) && !nlp.isKnownWord(word(i)) && !CONDITION.test(word(i))) {
            // "B3 Gethin", "bed 2 - Iolo Pugh": on a whiteboard a word it doesn't know, after a bed, is who is in it
            // (not "bed 4 Sepsis")
            last = run;
          } else if (run === i && inCommas(i) && !nlp.isKnownWord(word(i)) && bedside(i, i, 8)) {
            // "bed 17 on ward 10 at Musgrove, Glenys, went home"
            last = i;
          } else {
            continue; // not a name here; the next word may still start one ("Had Lady Harrington")
          }
        } else if (LOWERCASE.test(text) && (given(i) || (actsAfterPlaceOfCare(i, PERSON_ACT) && !PERSON_NOUN.test(text) && !followsPreposition(i)))) {
          // "tomasz in bed 12", "bed 6 priya", "dorota keeps climbing the bed rails", "big ron" (the tagger
          // decides when no bed is near and the name doesn't do anything); "kev on ward 6 keeps ringing":
          // any word placed in a numbered ward or bay that then does what people do is someone's name
          const acts = i + 1 < n && PERSON_VERB.test(tokens[i + 1].text) && !NOT_ONE_PERSON.test(text);
          const placed = inNumberedPlaceOfCare(i) && !followsPreposition(i);
          // "shout out to róisín on Ward 3 who agreed to his depot", "my patient 💕 róisín": a listed name with care
          // only a patient gets, or named as a patient
          const asPatient = given(i) && (nearPatientOnly(i, i, patientOnlyWindow) || namedAsPatient(i));
          if (!bedside(i, i) && !acts && !placed && !asPatient && !nlp.isKnownName(word(i))) continue;
          last = i;
          askTagger = !bedside(i, i) && !acts && !placed && !asPatient;
        }
        if (last < 0 || (boardOnly && !afterBed(titled ? first + 1 : first) && !afterBed(first))) continue;
        // A bed, or care only a patient gets ("agreed to his depot"), is context enough, even in a post about staff.
        const strong = bedside(first, last) || nearPatientOnly(first, last, patientOnlyWindow);
        const name = word(titled ? last : first);
        const guest = titled && CIVIC_TITLE.test(tokens[first].text); // "Thank you to Cllr Khan for opening…"
        const aboutStaff =
          // "Sister Jane", "our HCA Jamal", "Priya Raman, HCA": a role right before or just after; further
          // after, the person is doing something to staff ("Davie McLeish, bit the HCA").
          nearStaff(first, last, 3, 2) ||
          fromAWorkplace(last) ||
          (!strong && (colleagues.has(name) || ((!titled || guest) && staffSentences.has(sentence[first]))));
        if (aboutStaff) colleagues.add(name);
        else if (strong || nearCare(first, last, titled ? window + 4 : window)) {
          if (askTagger && !taggerSaysName(first)) continue; // not a name; a later word may start one
          hits.push({ spans: [doc.tokenSpan(first, last)], first, last });
        }
        i = last;
      }
      return hits;
    },
  };
}

export type { Doc };
