import { describe, expect, it } from 'vitest';
import { validateNiNumber } from '../../src/validators/ni-number';

describe('validateNiNumber', () => {
  it.each([
    ['AB123456C'],
    ['AB 12 34 56 C'],
    ['ab 12 34 56 c'],
    ['Ab123456d'],
    ['JG 10 37 59 A'],
    ['AB 123456 B'],
    ['AB\n12\n34\n56\nC'],
    ['AB-12-34-56-C'],
    ['OA 12 34 56 A'], // O may be the first letter
    ['ZY 98 76 54 D'],
    ['GA 00 00 00 A'], // G first is fine when the pair is not GB
    ['NA 12 34 56 A'],
  ])('accepts %j', (s) => {
    expect(validateNiNumber(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['DA123456A', 'D is never the first letter'],
    ['FA123456A', 'F is never the first letter'],
    ['IA123456A', 'I is never the first letter'],
    ['QQ123456C', 'Q is never the first letter'], // HMRC's own example
    ['UA123456A', 'U is never the first letter'],
    ['VA123456A', 'V is never the first letter'],
    ['AD123456A', 'D is never the second letter'],
    ['AF123456A', 'F is never the second letter'],
    ['AI123456A', 'I is never the second letter'],
    ['AQ123456A', 'Q is never the second letter'],
    ['AU123456A', 'U is never the second letter'],
    ['AV123456A', 'V is never the second letter'],
    ['AO123456A', 'O is never the second letter'],
    ['ao 12 34 56 a', 'O is never the second letter'],
  ])('rejects %s: %s', (s, note) => {
    expect(validateNiNumber(s)).toEqual({ valid: false, note });
  });

  it.each([['BG'], ['GB'], ['KN'], ['NK'], ['NT'], ['TN'], ['ZZ'], ['gb'], ['tn']])(
    'rejects the unallocated prefix %s',
    (prefix) => {
      expect(validateNiNumber(`${prefix} 12 34 56 A`)).toEqual({
        valid: false,
        note: `the prefix ${prefix.toUpperCase()} is not allocated`,
      });
    },
  );

  it.each([
    ['AB123456E', 'the suffix must be A, B, C or D, not E'],
    ['AB123456Z', 'the suffix must be A, B, C or D, not Z'],
    ['AB123456', 'not 2 letters, 6 digits and a letter'],
    ['AB12345C', 'not 2 letters, 6 digits and a letter'],
    ['AB1234567C', 'not 2 letters, 6 digits and a letter'],
    ['A1234567C', 'not 2 letters, 6 digits and a letter'],
    ['ABC23456C', 'not 2 letters, 6 digits and a letter'],
    ['AB12345 6 7', 'not 2 letters, 6 digits and a letter'],
    ['', 'not 2 letters, 6 digits and a letter'],
  ])('rejects %j: %s', (s, note) => {
    expect(validateNiNumber(s)).toEqual({ valid: false, note });
  });
});
