// Issue 14, item 4: an NHS number (and a CHI or H&C number) still flags however it is disguised:
// odd separators, other scripts' digits, invisible characters, keycaps, O/l look-alikes. Property
// tests (fast-check) build a real number, disguise it at random and check the built-in pack.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check, compilePack, type PackRule } from '../../src/engine';
import { digitView } from '../../src/engine/digit-view';
import { cleanView } from '../../src/engine/normalise';
import { mod11CheckDigit } from '../../src/validators/util';
import patientDetails from '../../rules/nhs/patient-details.json';

const pack = compilePack({ rules: patientDetails.rules as unknown as PackRule[] });
const found = (text: string, ruleId: string) => check(text, {}, pack, { keepRepeats: true }).filter((f) => f.ruleId === ruleId);

/** A ten-digit number passing the mod-11 check, not all one digit, in the issued England/Wales 4xx range. */
const nhsNumber = fc
  .array(fc.integer({ min: 0, max: 9 }), { minLength: 8, maxLength: 8 })
  .map((rest) => `4${rest.join('')}`)
  .filter((first9) => mod11CheckDigit(first9) !== null)
  .map((first9) => `${first9}${mod11CheckDigit(first9)}`);

/** Each way of writing one digit: a function of the ASCII digit. */
const DIGIT_FORMS: Array<(d: string) => string> = [
  (d) => d,
  (d) => String.fromCharCode(0xff10 + Number(d)), // fullwidth
  (d) => String.fromCharCode(0x0660 + Number(d)), // Arabic-Indic
  (d) => String.fromCharCode(0x0966 + Number(d)), // Devanagari
  (d) => String.fromCodePoint(0x1d7ce + Number(d)), // mathematical bold
  (d) => `${d}\ufe0f\u20e3`, // emoji keycap
  (d) => `${d}\u0301`, // combining mark
  (d) => `${d}\ufe0f`, // variation selector
  (d) => (d === '0' ? 'O' : d === '1' ? 'l' : d), // look-alike letters
];
/** What may sit between two digits. */
const GAPS = ['', ' ', '  ', '   ', '\t', ' - ', '-', '.', '/', '_', ',', '\u200b', '\u00ad', '\u200e', '\u2066', '\u2069', '\u00a0', '\u2009', ' / '];

const disguised = fc.record({
  number: nhsNumber,
  digitForms: fc.array(fc.integer({ min: 0, max: DIGIT_FORMS.length - 1 }), { minLength: 10, maxLength: 10 }),
  gaps: fc.array(fc.integer({ min: 0, max: GAPS.length - 1 }), { minLength: 9, maxLength: 9 }),
});

function disguise({ number, digitForms, gaps }: { number: string; digitForms: number[]; gaps: number[] }): string {
  let out = '';
  [...number].forEach((d, i) => {
    // A look-alike letter reads as a digit only next to a real digit (it is, when the gaps around it are empty).
    const form = digitForms[i] === DIGIT_FORMS.length - 1 && (gaps[i - 1] ?? 1) !== 0 && (gaps[i] ?? 1) !== 0 ? 0 : digitForms[i];
    out += DIGIT_FORMS[form](d);
    if (i < 9) out += GAPS[gaps[i]];
  });
  return out;
}

describe('NHS numbers are found however they are written', () => {
  it('finds a disguised NHS number and points at all of it', () => {
    fc.assert(
      fc.property(disguised, (d) => {
        const text = disguise(d);
        const draft = `Can someone check NHS ${text} please`;
        const findings = found(draft, 'patient.nhs-number');
        expect(findings, JSON.stringify(draft)).toHaveLength(1);
        const span = findings[0].spans[0];
        // The highlight starts on the first digit and ends with the last digit's own marks.
        expect(span.start).toBe(draft.indexOf(text));
        expect(span.end).toBeLessThanOrEqual(draft.indexOf(text) + text.length);
        expect(span.end).toBeGreaterThan(draft.indexOf(text) + text.length - 4);
      }),
      { numRuns: 200, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });

  it('never flags a number failing the checksum, however it is written', () => {
    fc.assert(
      fc.property(disguised, (d) => {
        const last = Number(d.number[9]);
        const wrong = `${d.number.slice(0, 9)}${(last + 1) % 10}`;
        expect(found(`NHS ${disguise({ ...d, number: wrong })}`, 'patient.nhs-number')).toHaveLength(0);
      }),
      { numRuns: 150, seed: Number(process.env.FC_SEED ?? 20261202) },
    );
  });

  it.each([
    ['spaced dashes', 'NHS 943 - 476 - 5919'],
    ['tabs', 'NHS 943\t476\t5919'],
    ['several spaces', 'NHS 943    476    5919'],
    ['slashes', 'NHS 943/476/5919'],
    ['underscores', 'NHS 943_476_5919'],
    ['commas', 'NHS 943,476,5919'],
    ['brackets', 'NHS (943) 476 5919'],
    ['superscript digits', 'NHS ⁹⁴³ ⁴⁷⁶ ⁵⁹¹⁹'],
    ['circled digits', 'NHS ⑨④③ ④⑦⑥ ⑤⑨①⑨'],
    ['soft hyphens', 'NHS 94\u00ad3 47\u00ad6 59\u00ad19'],
    ['bidi isolates', 'NHS \u2066943\u2069 \u2066476\u2069 \u20665919\u2069'],
  ])('finds the number with %s', (_, draft) => {
    expect(found(draft, 'patient.nhs-number')).toHaveLength(1);
  });

  it('finds disguised CHI and H&C numbers too', () => {
    expect(found('CHI: 140 352 / 4130', 'patient.chi-number')).toHaveLength(1);
    expect(found('H&C number ３２５ ０３２ ５８２１', 'patient.hc-number')).toHaveLength(1);
  });
});

describe('the digit view does not invent numbers', () => {
  it.each([
    ['a phone number then "24/7"', 'Crisis line 0808 157 0457, 24/7 for all ages'],
    ['a list of scores', 'Scores today: 12, 15, 18, 22, 30 and 41'],
    ['words with O and l', 'Hello 2 you all, lol 4 now'],
  ])('leaves %s alone', (_, draft) => {
    expect(found(draft, 'patient.nhs-number')).toHaveLength(0);
  });

  it('reads O and l as digits only when they touch a digit and stand outside a word', () => {
    expect(digitView(cleanView('4O1 and Bob l2 lol 7')).text).toBe('401 and Bob 12 lol 7');
  });

  it('keeps every position tied to the draft', () => {
    const draft = 'x 9\u200b4 - 3';
    const view = digitView(cleanView(draft));
    expect(view.text).toBe('x 94 3');
    expect(view.map).toHaveLength(view.text.length + 1);
    expect(draft.slice(view.map[4], view.ends![4])).toBe(' - ');
  });

  it('maps a long draft of digits and separators (200,000 characters) one to one', () => {
    const draft = '1 - 2 / '.repeat(25_000);
    const view = digitView(cleanView(draft));
    expect(view.text.length).toBeLessThanOrEqual(draft.length);
    expect(view.map).toHaveLength(view.text.length + 1);
  });
});
