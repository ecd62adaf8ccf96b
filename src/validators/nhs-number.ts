// NHS number (and the other numbers issued in the same 10-digit mod-11 scheme: CHI, H&C).
// Rules: /work/shared/notes/detection.md, "Identifiers (exact rules)".
import type { ValidatorResult } from './types';
import { digitsOnly, mod11CheckDigit, mod11Problem, tenDigits } from './util';

/**
 * The check digit for the first nine digits of an NHS number: weights 10..2 on the digits,
 * r = sum mod 11, check = 11 - r; 11 becomes 0; 10 means no number with these nine digits is
 * ever issued (null). Also null when `first9` is not nine digits (separators are allowed).
 */
export function nhsCheckDigit(first9: string): number | null {
  const digits = digitsOnly(first9);
  return digits === null ? null : mod11CheckDigit(digits);
}

/** Where a 10-digit number sits in the allocation ranges. */
function rangeOf(n: number): ValidatorResult {
  if (n >= 9_990_000_000) {
    return { valid: true, confidence: 0.3, note: 'synthetic test range (999 000 0000 and above)' };
  }
  if (n >= 4_000_000_000 && n < 5_000_000_000) return { valid: true, confidence: 1 };
  if (n >= 6_000_000_000 && n < 8_000_000_000) return { valid: true, confidence: 1 };
  if (n >= 101_000_000 && n <= 3_112_999_999) {
    // 010 100 0000 - 311 299 9999
    return { valid: true, confidence: 1, note: 'Scottish CHI number range' };
  }
  if (n >= 3_200_000_000 && n < 4_000_000_000) {
    return { valid: true, confidence: 1, note: 'Northern Ireland H&C number range' };
  }
  if (n >= 5_000_000_000 && n < 6_000_000_000) {
    return { valid: true, confidence: 0.6, note: 'the 5xx range is not issued' };
  }
  return { valid: true, confidence: 0.6, note: 'outside the ranges issued to patients' };
}

/**
 * Validates an NHS number written any way (3-3-4, run together, dashed, dotted, digit by digit).
 * Invalid: not 10 digits, all digits the same, or failing the mod-11 check. A number passing the check
 * is valid wherever it sits, but numbers outside the issued ranges get a lower confidence
 * (0.6, the 5xx and other unissued ranges; 0.3, the 999 000 0000+ synthetic test range).
 */
export function validateNhsNumber(match: string): ValidatorResult {
  const read = tenDigits(match);
  if (!('digits' in read)) return read;
  const { digits } = read;
  const problem = mod11Problem(digits);
  if (problem) return { valid: false, note: problem };
  return rangeOf(Number(digits));
}

export default validateNhsNumber;
