import { describe, expect, it } from 'vitest';
import { parseUkDate, validateDate } from '../../src/validators/date';

// A fixed "today" so two-digit years and future dates don't change with the calendar: 15 June 2025.
const REF = new Date(2025, 5, 15);

describe('parseUkDate', () => {
  it.each([
    // numeric, day first
    ['12/03/1948', 12, 3, 1948],
    ['12.03.48', 12, 3, 1948],
    ['12-3-1948', 12, 3, 1948],
    ['1/2/2003', 1, 2, 2003],
    ['01/02/03', 1, 2, 2003],
    ['12 / 03 / 1948', 12, 3, 1948],
    ['12/03/\n1948', 12, 3, 1948],
    // ISO
    ['1948-03-12', 12, 3, 1948],
    // day, month name, year
    ['3rd March 1948', 3, 3, 1948],
    ['3 March 1948', 3, 3, 1948],
    ['3rd of March 1948', 3, 3, 1948],
    ['3rd March, 1948', 3, 3, 1948],
    ['12 Mar 48', 12, 3, 1948],
    ['12 Mar. 48', 12, 3, 1948],
    ['12-Mar-1948', 12, 3, 1948],
    ['1st Jan 2001', 1, 1, 2001],
    ['22nd Sept 1960', 22, 9, 1960],
    ['2nd DECEMBER 1999', 2, 12, 1999],
    ['Tuesday 3rd March 1998', 3, 3, 1998],
    ['Wed, 3 March 1948', 3, 3, 1948],
    // month name, day, year
    ['March 12 1948', 12, 3, 1948],
    ['March 12, 1948', 12, 3, 1948],
    ['March 12th, 1948', 12, 3, 1948],
    ['Mar 12 48', 12, 3, 1948],
    ['may 5 2020', 5, 5, 2020],
  ])('%j -> %i/%i/%i', (s, day, month, year) => {
    expect(parseUkDate(s, REF)).toEqual({ day, month, year });
  });

  it.each([
    ['15/06/25', 2025], // today: not in the future, so 2025
    ['16/06/25', 1925], // tomorrow in 2025 would be the future, so 1925
    ['31/12/24', 2024],
    ['01/01/26', 1926],
    ['12/03/99', 1999],
    ['12/03/00', 2000],
    ['29/02/00', 2000], // 2000 is a leap year
    ['29/02/24', 2024],
  ])('two-digit year in %s is %i (reference 15 June 2025)', (s, year) => {
    expect(parseUkDate(s, REF)?.year).toBe(year);
  });

  it('uses the reference date it is given for two-digit years', () => {
    expect(parseUkDate('12/03/48', new Date(2050, 0, 1))?.year).toBe(2048);
    expect(parseUkDate('12/03/48', new Date(2047, 0, 1))?.year).toBe(1948);
  });

  it.each([
    ['31/04/1990'], // 30 days in April
    ['30/02/2000'],
    ['29/02/1900'], // not a leap year (century)
    ['29/02/2001'],
    ['29/02/01'],
    ['29/02/23'],
    ['32/01/1990'],
    ['00/01/1990'],
    ['12/13/1948'], // no 13th month: day first, not US order
    ['12/00/1948'],
    ['31st June 1990'],
    ['30 Feb 2000'],
    ['12 Marchember 1948'], // not a month
    ['Smarch 12 1948'],
    ['12/03-1948'], // mixed separators
    ['12/03/948'], // three-digit year
    ['12/03'], // no year
    ['12 March'],
    ['1948'],
    ['hello'],
    [''],
    ['943 476 5919'],
  ])('rejects %j', (s) => {
    expect(parseUkDate(s, REF)).toBeNull();
  });

  it.each([['29/02/2000'], ['29/02/1996'], ['29 Feb 2024'], ['February 29 1904']])('accepts the leap day %s', (s) => {
    expect(parseUkDate(s, REF)?.day).toBe(29);
  });
});

describe('validateDate', () => {
  it.each([['12/03/1948'], ['3rd March 1948'], ['March 12 1948'], ['15/06/2025'], ['12.03.48']])(
    '%s is a valid date',
    (s) => {
      expect(validateDate(s, REF)).toEqual({ valid: true, confidence: 1 });
    },
  );

  it.each([['31/04/1990'], ['29/02/2001'], ['not a date'], ['12/13/1948']])('%s is not', (s) => {
    expect(validateDate(s, REF)).toEqual({ valid: false, note: 'not a real calendar date' });
  });

  it.each([['16/06/2025'], ['01/01/2030'], ['1 January 2100']])('%s is valid but in the future', (s) => {
    expect(validateDate(s, REF)).toEqual({ valid: true, confidence: 0.5, note: 'the date is in the future' });
  });

  it('defaults the reference to now', () => {
    expect(validateDate('12/03/1948')).toEqual({ valid: true, confidence: 1 });
    expect(validateDate('12/03/2999').note).toBe('the date is in the future');
  });
});
