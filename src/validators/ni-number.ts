// National Insurance number: 2 letters + 6 digits + a suffix A-D, e.g. "AB 12 34 56 C".
// D F I Q U V are never the first or second letter, O is never the second,
// and the prefixes BG GB KN NK NT TN ZZ are not allocated.
import type { ValidatorResult } from './types';
import { stripSeparators } from './util';

const FORBIDDEN_EITHER = 'DFIQUV';
const UNALLOCATED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

/**
 * Validates a National Insurance number, case-insensitively, with optional spaces (or other
 * separators) anywhere, e.g. "AB123456C", "ab 12 34 56 c".
 */
export function validateNiNumber(match: string): ValidatorResult {
  const s = stripSeparators(match).toUpperCase();
  if (!/^[A-Z]{2}\d{6}[A-Z]$/.test(s)) return { valid: false, note: 'not 2 letters, 6 digits and a letter' };
  const first = s.charAt(0);
  const second = s.charAt(1);
  const suffix = s.charAt(8);
  if (FORBIDDEN_EITHER.includes(first)) return { valid: false, note: `${first} is never the first letter` };
  if (FORBIDDEN_EITHER.includes(second) || second === 'O') {
    return { valid: false, note: `${second} is never the second letter` };
  }
  if (UNALLOCATED_PREFIXES.has(first + second)) {
    return { valid: false, note: `the prefix ${first}${second} is not allocated` };
  }
  if (!'ABCD'.includes(suffix)) return { valid: false, note: `the suffix must be A, B, C or D, not ${suffix}` };
  return { valid: true, confidence: 1 };
}

export default validateNiNumber;
