import { describe, expect, it } from 'vitest';
import { nhsCheckDigit, validateNhsNumber } from '../../src/validators/nhs-number';

describe('nhsCheckDigit', () => {
  it.each([
    ['943476591', 9], // the worked example: sum 299, r 2, check 9
    ['401023456', 3],
    ['634567890', 2],
    ['700000000', 7],
    ['100000000', 1],
    ['222222222', 2],
    ['011000000', 5],
    ['943 476 591', 9], // separators allowed
  ])('%s -> %s', (first9, expected) => {
    expect(nhsCheckDigit(first9)).toBe(expected);
  });

  it.each([
    ['000000000', 0], // sum 0, r 0, check 11 -> 0
    ['200000001', 0], // sum 20 + 2 = 22, r 0, check 11 -> 0
    ['300000003', 8], // sum 30 + 6 = 36, r 3, check 8
  ])('a check of 11 becomes 0: %s -> %s', (first9, expected) => {
    expect(nhsCheckDigit(first9)).toBe(expected);
  });

  it.each([['401000004'], ['123456789'], ['350000007']])('%s computes to 10 and returns null', (first9) => {
    expect(nhsCheckDigit(first9)).toBeNull();
  });

  it.each([[''], ['12345678'], ['1234567890'], ['12345678a']])('rejects %j (not nine digits)', (s) => {
    expect(nhsCheckDigit(s)).toBeNull();
  });
});

describe('validateNhsNumber', () => {
  it.each([
    ['943 476 5919'],
    ['9434765919'],
    ['943-476-5919'],
    ['943.476.5919'],
    ['9 4 3 4 7 6 5 9 1 9'],
    ['943\n476\n5919'],
    ['943\r\n476 5919'],
    ['943\t476\t5919'],
    ['943\u00a0476\u00a05919'], // no-break spaces
    ['943\u2013476\u20135919'], // en dashes
    ['943\u200b476\u200b5919'], // zero-width spaces
    [' 943 476 5919 '],
  ])('accepts the worked example written as %j', (s) => {
    expect(validateNhsNumber(s).valid).toBe(true);
  });

  it.each([
    ['943 476 5910'],
    ['943 476 5911'],
    ['943 476 5918'],
    ['943 476 5920'],
    ['943 476 5819'],
    ['943 476 9519'], // transposed digits
  ])('rejects the neighbour %s: wrong check digit', (s) => {
    expect(validateNhsNumber(s)).toEqual({ valid: false, note: 'fails the mod-11 check' });
  });

  it.each([['401 000 0040'], ['401 000 0041'], ['401 000 0049'], ['123 456 7890']])(
    'rejects %s: the check digit computes to 10',
    (s) => {
      const r = validateNhsNumber(s);
      expect(r.valid).toBe(false);
      expect(r.note).toMatch(/10/);
    },
  );

  it.each([['000 000 0000'], ['999 999 9999'], ['111 111 1111'], ['222 222 2222'], ['6666666666']])(
    'rejects %s: all digits the same (even though it passes the check)',
    (s) => {
      expect(validateNhsNumber(s)).toEqual({ valid: false, note: 'all digits are the same' });
    },
  );

  it.each([
    ['943 476 591', 'has 9 digits, not 10'],
    ['943 476 59191', 'has 11 digits, not 10'],
    ['', 'contains characters other than digits and separators'],
    ['943 476 591O', 'contains characters other than digits and separators'],
    ['943/476/5919', 'contains characters other than digits and separators'],
    ['NHS 943 476 5919', 'contains characters other than digits and separators'],
  ])('rejects %j: %s', (s, note) => {
    expect(validateNhsNumber(s)).toEqual({ valid: false, note });
  });

  it.each([
    // England/Wales/IoM ranges: full confidence, nothing notable
    ['401 023 4563', 1, undefined],
    ['485 777 3457', 1, undefined],
    ['634 567 8902', 1, undefined],
    ['700 000 0007', 1, undefined],
    // Scotland (CHI) and Northern Ireland (H&C): valid patient identifiers
    ['010 100 1118', 1, 'Scottish CHI number range'],
    ['120 348 1209', 1, 'Scottish CHI number range'],
    ['311 299 2318', 1, 'Scottish CHI number range'],
    ['320 000 0015', 1, 'Northern Ireland H&C number range'],
    ['350 123 4562', 1, 'Northern Ireland H&C number range'],
    ['399 999 9993', 1, 'Northern Ireland H&C number range'],
    // never issued: valid if the check passes, lower confidence
    ['512 345 6783', 0.6, 'the 5xx range is not issued'],
    ['943 476 5919', 0.6, 'outside the ranges issued to patients'],
    ['800 000 0008', 0.6, 'outside the ranges issued to patients'],
    ['850 123 4567', 0.6, 'outside the ranges issued to patients'],
    ['005 000 0004', 0.6, 'outside the ranges issued to patients'],
    ['315 000 0009', 0.6, 'outside the ranges issued to patients'],
    // synthetic test range
    ['999 000 0018', 0.3, 'synthetic test range (999 000 0000 and above)'],
  ])('%s is valid with confidence %s (%s)', (s, confidence, note) => {
    expect(validateNhsNumber(s)).toEqual({ valid: true, confidence, ...(note ? { note } : {}) });
  });
});
