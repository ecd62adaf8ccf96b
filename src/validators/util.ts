// Helpers shared by the validators. Pure functions, no dependencies.

/**
 * Characters people put between digits: any whitespace (spaces, tabs, line breaks, no-break spaces),
 * dots, ASCII and Unicode hyphens/dashes/minus, and zero-width characters (sometimes used to dodge filters).
 */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212\u200b-\u200d\u2060\ufeff]+/g;

const DIGIT_WORDS: Record<string, string> = {
  zero: '0', oh: '0', nought: '0', one: '1', two: '2', three: '3', four: '4',
  five: '5', six: '6', seven: '7', eight: '8', nine: '9',
};
const DIGIT_WORD = new RegExp(`\\b(?:${Object.keys(DIGIT_WORDS).join('|')})\\b`, 'gi');

/** Removes separators, reading digits said as words ("six one four") as digits. Commas separate too. */
export function stripSeparators(match: string): string {
  return match.replace(DIGIT_WORD, (w) => DIGIT_WORDS[w.toLowerCase()]).replace(SEPARATORS, '').replace(/,/g, '');
}

/** Removes separators; returns the digits, or null when anything other than digits remains. */
export function digitsOnly(match: string): string | null {
  const stripped = stripSeparators(match);
  return /^\d+$/.test(stripped) ? stripped : null;
}

/**
 * The NHS-style modulus 11 check digit for nine digits: weights 10..2, r = sum mod 11,
 * check = 11 - r, 11 -> 0, and 10 -> null (such a number is never issued).
 */
export function mod11CheckDigit(first9: string): number | null {
  if (!/^\d{9}$/.test(first9)) return null;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(first9[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

/** Why ten digits fail the modulus 11 check, or null when they pass. */
export function mod11Problem(digits10: string): string | null {
  const expected = mod11CheckDigit(digits10.slice(0, 9));
  if (expected === null) return 'check digit would be 10, so this number is never issued';
  if (expected !== Number(digits10[9])) return 'fails the mod-11 check';
  return null;
}

export function isAllSameDigit(digits: string): boolean {
  return /^(\d)\1*$/.test(digits);
}

/** The digits of a ten-digit identifier (NHS, CHI, H&C number), or why it cannot be one. */
export function tenDigits(match: string): { digits: string } | { valid: false; note: string } {
  const digits = digitsOnly(match);
  if (digits === null) return { valid: false, note: 'contains characters other than digits and separators' };
  if (digits.length !== 10) return { valid: false, note: `has ${digits.length} digits, not 10` };
  if (isAllSameDigit(digits)) return { valid: false, note: 'all digits are the same' };
  return { digits };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when day/month/year (month 1..12) is a date on the (proleptic Gregorian) calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}
