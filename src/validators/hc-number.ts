// Health and Care (H&C) number, Northern Ireland: the NHS number's 3-3-4 mod-11 format,
// issued from 320 000 001 to 399 999 999 (first nine digits) plus the check digit.
import type { ValidatorResult } from './types';
import { mod11Problem, tenDigits } from './util';

/**
 * Validates an H&C number written any way (3-3-4, run together, dashed, dotted, digit by digit).
 * Invalid: not 10 digits, all digits the same, first nine digits outside 320 000 001-399 999 999,
 * or a failed mod-11 check.
 */
export function validateHcNumber(match: string): ValidatorResult {
  const read = tenDigits(match);
  if (!('digits' in read)) return read;
  const { digits } = read;
  const first9 = Number(digits.slice(0, 9));
  if (first9 < 320_000_001 || first9 > 399_999_999) {
    return { valid: false, note: 'outside the H&C range (320 000 001-399 999 999)' };
  }
  const problem = mod11Problem(digits);
  if (problem) return { valid: false, note: problem };
  return { valid: true, confidence: 1 };
}

export default validateHcNumber;
