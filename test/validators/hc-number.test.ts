import { describe, expect, it } from 'vitest';
import { validateHcNumber } from '../../src/validators/hc-number';

describe('validateHcNumber', () => {
  it.each([
    ['320 000 0015'], // the first number in the range
    ['320 000 0023'],
    ['333 444 5550'], // check digit 0 (11 -> 0)
    ['350 123 4562'],
    ['398 765 4325'],
    ['399 999 9993'], // the last number in the range
    ['3501234562'],
    ['350-123-4562'],
    ['350.123.4562'],
    ['3 5 0 1 2 3 4 5 6 2'],
    ['350\n123\n4562'],
  ])('accepts %j', (s) => {
    expect(validateHcNumber(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['320 000 0007'], // 320 000 000 is below the range although its check digit is right
    ['319 999 9999'],
    ['400 000 0012'], // an England/Wales NHS number
    ['943 476 5919'], // the NHS worked example
    ['310 000 0005'],
    ['031 000 0009'],
  ])('rejects %s: outside 320 000 001-399 999 999', (s) => {
    expect(validateHcNumber(s)).toEqual({ valid: false, note: 'outside the H&C range (320 000 001-399 999 999)' });
  });

  it.each([
    ['350 123 4560', 'fails the mod-11 check'],
    ['350 123 4563', 'fails the mod-11 check'],
    ['320 000 0016', 'fails the mod-11 check'],
    ['333 333 3333', 'all digits are the same'], // passes the check (162, r 8, check 3)
    ['350 123 456', 'has 9 digits, not 10'],
    ['350 123 45621', 'has 11 digits, not 10'],
    ['HC 350 123 4562', 'contains characters other than digits and separators'],
  ])('rejects %s: %s', (s, note) => {
    expect(validateHcNumber(s)).toEqual({ valid: false, note });
  });

  it.each([['350 000 0070'], ['350 000 0075']])('rejects %s: the check digit would be 10', (s) => {
    const r = validateHcNumber(s);
    expect(r.valid).toBe(false);
    expect(r.note).toMatch(/10/);
  });
});
