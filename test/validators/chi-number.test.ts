import { describe, expect, it } from 'vitest';
import { validateChiNumber } from '../../src/validators/chi-number';

describe('validateChiNumber', () => {
  it.each([
    ['1203481209'], // 12 Mar 48
    ['120348 1209'],
    ['120 348 1209'],
    ['12-03-48-1209'],
    ['12.03.48.1209'],
    ['1 2 0 3 4 8 1 2 0 9'],
    ['120348\n1209'],
    ['0101001118'], // 1 Jan 00
    ['3112992318'], // 31 Dec 99
    ['1507993404'], // 15 Jul 99
    ['3004951207'], // 30 Apr 95
  ])('accepts %j', (s) => {
    expect(validateChiNumber(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['2902961200'], // 29 Feb 1996
    ['2902001207'], // 29 Feb 2000 (YY 00: 2000 is a leap year)
  ])('accepts 29 Feb of a leap year: %s', (s) => {
    expect(validateChiNumber(s).valid).toBe(true);
  });

  // Each of these passes the mod-11 check, so only the date rejects it.
  it.each([
    ['3102991203'], // 31 Feb
    ['2902011202'], // 29 Feb 2001, not a leap year
    ['2902191200'], // 29 Feb 2019, not a leap year
    ['3201991201'], // day 32
    ['0001991205'], // day 00
    ['0113991207'], // month 13
  ])('rejects %s: impossible date of birth', (s) => {
    expect(validateChiNumber(s)).toEqual({
      valid: false,
      note: 'the first six digits are not a real DDMMYY date of birth',
    });
  });

  it.each([
    ['3102991201'], // 31 Feb, wrong check digit too
    ['3102991209'],
    ['2902011209'], // 29 Feb 2001
  ])('rejects %s (impossible date, whatever the check digit)', (s) => {
    expect(validateChiNumber(s).valid).toBe(false);
  });

  it.each([
    ['1203481200', 'fails the mod-11 check'],
    ['1203481208', 'fails the mod-11 check'],
    ['2902961201', 'fails the mod-11 check'],
    ['1111111111', 'all digits are the same'], // 11/11/11 and passes the check
    ['120348120', 'has 9 digits, not 10'],
    ['12034812090', 'has 11 digits, not 10'],
    ['12/03/48 1209', 'contains characters other than digits and separators'],
  ])('rejects %s: %s', (s, note) => {
    expect(validateChiNumber(s)).toEqual({ valid: false, note });
  });

  // 12 03 48 12 + sex digit 5: the check computes to 10, so no final digit makes a CHI.
  it.each([['1203481250'], ['1203481255'], ['1203481259']])('rejects %s: check digit would be 10', (s) => {
    const r = validateChiNumber(s);
    expect(r.valid).toBe(false);
    expect(r.note).toMatch(/10/);
  });
});
