// Dates as people in the UK write them: day first (12/03/1948, 12.03.48, 12-3-1948,
// 3rd March 1948, 12 Mar 48), month name first (March 12 1948, March 12th, 1948) or ISO (1948-03-12).
import type { ValidatorResult } from './types';
import { isRealDate } from './util';

export interface UkDate {
  day: number;
  /** 1..12 */
  month: number;
  /** Four-digit year. */
  year: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, january: 1,
  feb: 2, february: 2,
  mar: 3, march: 3,
  apr: 4, april: 4,
  may: 5,
  jun: 6, june: 6,
  jul: 7, july: 7,
  aug: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
};

const WEEKDAY =
  /^(?:monday|mon|tuesday|tues|tue|wednesday|wed|thursday|thurs|thur|thu|friday|fri|saturday|sat|sunday|sun)\.?,?\s+/i;
const ORDINAL = '(?:st|nd|rd|th)?';
// 12/03/1948, 12.03.48, 12-3-1948 - the same separator twice.
const NUMERIC = /^(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
// 1948-03-12
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
// 3rd March 1948, 3rd of March, 1948, 12 Mar 48, 12-Mar-1948, 12 Mar. 48
const DAY_FIRST = new RegExp(`^(\\d{1,2})${ORDINAL}(?:\\s+of)?[\\s\\-/.]+([a-z]+)\\.?,?[\\s\\-/.]+(\\d{4}|\\d{2})$`, 'i');
// March 12 1948, March 12th, 1948, Mar. 12, 48
const MONTH_FIRST = new RegExp(`^([a-z]+)\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4}|\\d{2})$`, 'i');

/** A two-digit year becomes 20YY, or 19YY when 20YY would put the date after the reference. */
function fullYear(yearText: string, month: number, day: number, reference: Date): number {
  const y = Number(yearText);
  if (yearText.length === 4) return y;
  const candidate = 2000 + y;
  const ref = refParts(reference);
  const isFuture =
    candidate > ref.year ||
    (candidate === ref.year && (month > ref.month || (month === ref.month && day > ref.day)));
  return isFuture ? 1900 + y : candidate;
}

function refParts(reference: Date): UkDate {
  return { day: reference.getDate(), month: reference.getMonth() + 1, year: reference.getFullYear() };
}

/**
 * Reads a UK-style date. Returns null when the text is not a date in a known format or the date
 * does not exist (31/04/1990, 29/02/2001). Two-digit years are 19xx or 20xx, whichever is not in
 * the future relative to `reference` (default: now).
 */
export function parseUkDate(s: string, reference: Date = new Date()): UkDate | null {
  const text = s.trim().replace(/\s+/g, ' ').replace(WEEKDAY, '');
  let day: number;
  let month: number;
  let yearText: string;
  let m: RegExpExecArray | null;
  if ((m = NUMERIC.exec(text))) {
    day = Number(m[1]);
    month = Number(m[3]);
    yearText = m[4]!;
  } else if ((m = ISO.exec(text))) {
    yearText = m[1]!;
    month = Number(m[2]);
    day = Number(m[3]);
  } else if ((m = DAY_FIRST.exec(text))) {
    const named = MONTHS[m[2]!.toLowerCase()];
    if (named === undefined) return null;
    day = Number(m[1]);
    month = named;
    yearText = m[3]!;
  } else if ((m = MONTH_FIRST.exec(text))) {
    const named = MONTHS[m[1]!.toLowerCase()];
    if (named === undefined) return null;
    month = named;
    day = Number(m[2]);
    yearText = m[3]!;
  } else {
    return null;
  }
  const year = fullYear(yearText, month, day, reference);
  return isRealDate(year, month, day) ? { day, month, year } : null;
}

/**
 * Validates a date: valid when the text is a real calendar date. A four-digit year after the
 * reference date stays valid but with confidence 0.5 and a note (an unlikely date of birth).
 */
export function validateDate(match: string, reference: Date = new Date()): ValidatorResult {
  const date = parseUkDate(match, reference);
  if (!date) return { valid: false, note: 'not a real calendar date' };
  const ref = refParts(reference);
  const after =
    date.year > ref.year ||
    (date.year === ref.year && (date.month > ref.month || (date.month === ref.month && date.day > ref.day)));
  if (after) return { valid: true, confidence: 0.5, note: 'the date is in the future' };
  return { valid: true, confidence: 1 };
}

export default validateDate;
