import { describe, expect, it } from 'vitest';
import { validatePostcode } from '../../src/validators/postcode';

describe('validatePostcode', () => {
  it.each([
    ['SW1A 1AA'], // AA9A 9AA
    ['EC1A 1BB'], // AA9A 9AA
    ['W1A 0AX'], // A9A 9AA
    ['M1 1AE'], // A9 9AA
    ['B33 8TH'], // A99 9AA
    ['CR2 6XH'], // AA9 9AA
    ['DN55 1PT'], // AA99 9AA
    ['GIR 0AA'],
    ['gir0aa'],
    ['SW1A1AA'], // no space
    ['sw1a 1aa'], // lower case
    ['Sw1A  1aA'], // mixed case, two spaces
    ['EC1A\n1BB'], // line break
    ['LS1 4AP'],
    ['NE1 4LP'],
    ['BT9 7AB'], // Northern Ireland
    ['E1W 1AA'], // W allowed in the A9A letter
    ['N1C 4AG'], // C allowed in the A9A letter
    ['NW1W 7AA'], // W allowed in the AA9A letter
    ['SE1P 5ZZ'], // P allowed in the AA9A letter
    ['ZE1 0AA'],
    ['YO10 5DD'],
  ])('accepts %j', (s) => {
    expect(validatePostcode(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['Q1 1AA'], // Q never first
    ['V1 1AA'], // V never first
    ['X1 1AA'], // X never first
    ['AI1 1AA'], // I never second
    ['AJ1 1AA'], // J never second
    ['AZ1 1AA'], // Z never second
    ['W1I 1AA'], // I not allowed as the A9A letter
    ['W1L 1AA'], // L not allowed as the A9A letter
    ['SW1C 1AA'], // C not allowed as the AA9A letter
    ['SW1D 1AA'], // D not allowed as the AA9A letter
    ['QA1A 1AA'],
  ])('rejects %s: impossible outward code', (s) => {
    const r = validatePostcode(s);
    expect(r.valid).toBe(false);
    expect(r.note).toMatch(/outward code/);
  });

  it.each([
    ['AA1 1CA'], // C not allowed in the last two letters
    ['M1 1CA'],
    ['M1 1AC'],
    ['M1 1IA'],
    ['M1 1AK'],
    ['M1 1MA'],
    ['M1 1AO'],
    ['M1 1VA'],
  ])('rejects %s: impossible inward code', (s) => {
    const r = validatePostcode(s);
    expect(r.valid).toBe(false);
    expect(r.note).toMatch(/inward code/);
  });

  it.each([
    ['SW1A'], // outward code only
    ['1AA'],
    ['SW1A 1A'],
    ['SW1A 1AAA'],
    ['ABC1 1AA'], // three leading letters
    ['M1 AAA'],
    ['M1A1 1AA'],
    ['GIR 0AB'], // not the special GIR postcode, and GI is not allowed (I second)
    ['SW1A-1AA'],
    [''],
  ])('rejects %j: not a postcode', (s) => {
    expect(validatePostcode(s).valid).toBe(false);
  });
});
