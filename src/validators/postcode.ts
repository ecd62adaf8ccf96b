// UK postcode, following the position-specific letter rules of the gov.uk bulk data transfer
// validation pattern, plus the special GIR 0AA.
import type { ValidatorResult } from './types';

// Letters allowed at each position (outward code, then inward code).
const FIRST = 'A-PR-UWYZ'; // never Q V X
const SECOND = 'A-HK-Y'; // never I J Z
const THIRD = 'A-HJKPSTUW'; // the letter in A9A
const FOURTH = 'ABEHMNPRVWXY'; // the letter in AA9A
const INWARD = 'ABD-HJLNP-UW-Z'; // never C I K M O V

const OUTWARD = new RegExp(
  '^(?:' +
    [
      `[${FIRST}]\\d\\d?`, // A9, A99
      `[${FIRST}][${SECOND}]\\d\\d?`, // AA9, AA99
      `[${FIRST}]\\d[${THIRD}]`, // A9A
      `[${FIRST}][${SECOND}]\\d[${FOURTH}]`, // AA9A
    ].join('|') +
    ')$',
);
const INWARD_CODE = new RegExp(`^\\d[${INWARD}]{2}$`);
const SHAPE = /^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$/;

/**
 * Validates a UK postcode: A9 9AA, A99 9AA, AA9 9AA, AA99 9AA, A9A 9AA, AA9A 9AA or GIR 0AA.
 * Case-insensitive; the space between outward and inward code is optional.
 */
export function validatePostcode(match: string): ValidatorResult {
  const s = match.replace(/\s+/g, '').toUpperCase();
  if (s === 'GIR0AA') return { valid: true, confidence: 1 };
  if (!SHAPE.test(s)) return { valid: false, note: 'not shaped like a UK postcode' };
  const outward = s.slice(0, -3);
  const inward = s.slice(-3);
  if (!OUTWARD.test(outward)) return { valid: false, note: `${outward} is not a possible outward code` };
  if (!INWARD_CODE.test(inward)) {
    return { valid: false, note: `${inward} is not a possible inward code (C I K M O V never end a postcode)` };
  }
  return { valid: true, confidence: 1 };
}

export default validatePostcode;
