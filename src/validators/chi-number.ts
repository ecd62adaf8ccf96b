// Community Health Index (CHI) number, Scotland: DDMMYY date of birth + 2 digits + a sex digit
// (even female, odd male) + a mod-11 check digit computed as for the NHS number.
import type { ValidatorResult } from './types';
import { isRealDate, mod11Problem, tenDigits } from './util';

/**
 * Validates a CHI number written any way (run together, spaced, dashed, dotted).
 * Invalid: not 10 digits, all digits the same, a first six digits that are no DDMMYY date
 * (29 Feb only in a year divisible by four: YY 00 is 2000, a leap year), or a failed mod-11 check.
 */
export function validateChiNumber(match: string): ValidatorResult {
  const read = tenDigits(match);
  if (!('digits' in read)) return read;
  const { digits } = read;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  // The century is not recorded; 19YY and 20YY agree on every date except 29 Feb 00 (valid in 2000).
  if (!isRealDate(2000 + yy, month, day)) {
    return { valid: false, note: 'the first six digits are not a real DDMMYY date of birth' };
  }
  const problem = mod11Problem(digits);
  if (problem) return { valid: false, note: problem };
  return { valid: true, confidence: 1 };
}

export default validateChiNumber;
