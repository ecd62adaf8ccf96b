import { describe, expect, it } from 'vitest';
import { validateUkPhone } from '../../src/validators/uk-phone';

describe('validateUkPhone', () => {
  it.each([
    // mobiles 07[1-57-9] + 8 digits
    ['07123 456789'],
    ['07234 567890'],
    ['07412 345678'],
    ['07507 123456'],
    ['07712 345678'],
    ['07812 345678'],
    ['07912 345678'],
    ['07624 123456'], // Isle of Man
    ['07912345678'],
    ['07912-345-678'],
    ['07912.345.678'],
    ['0791 234 5678'],
    ['0 7 9 1 2 3 4 5 6 7 8'],
    ['07912\n345678'],
    ['+44 7912 345678'],
    ['+447912345678'],
    ['+44 (0)7912 345678'],
    ['+44 (0) 7912 345678'],
    ['+44 07912 345678'],
    ['0044 7912 345678'],
    ['00447912345678'],
    ['(07912) 345678'],
    // geographic
    ['020 7123 4567'],
    ['(020) 7123 4567'],
    ['+44 20 7123 4567'],
    ['+44 (0)20 7123 4567'],
    ['0113 123 4567'],
    ['0161-234-5678'],
    ['029 2123 4567'],
    ['028 9012 3456'],
    ['01865 123456'],
    ['(01865) 123456'],
    ['01224 123456'],
    ['016977 2345'], // Brampton: 4-digit local numbers, 10 digits in all
    ['017687 12345'], // Keswick: 5-digit local numbers
    // non-geographic 03, freephone
    ['0300 123 1234'],
    ['0345 123 4567'],
    ['0800 123 4567'],
    ['0800 123456'], // 10-digit freephone
    ['0808 123 4567'],
  ])('accepts %j', (s) => {
    expect(validateUkPhone(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['07700 900000'],
    ['07700 900123'],
    ['07700 900999'],
    ['+44 7700 900123'],
    ['01632 960123'],
    ['020 7946 0123'],
    ['+44 (0)20 7946 0999'],
    ['0113 496 0123'],
    ['0114 496 0000'],
    ['0115 496 0999'],
    ['0116 496 0500'],
    ['0117 496 0123'],
    ['0118 496 0123'],
    ['0121 496 0123'],
    ['0131 496 0123'],
    ['0141 496 0123'],
    ['0151 496 0123'],
    ['0161 496 0123'],
    ['0191 498 0123'],
    ['028 9649 6123'],
    ['029 2018 0123'],
    ['0306 999 0123'],
    ['0808 157 0123'],
  ])('flags %s as an Ofcom drama range but keeps it valid', (s) => {
    expect(validateUkPhone(s)).toEqual({ valid: true, confidence: 0.3, note: 'Ofcom drama range' });
  });

  it.each([
    ['07700 901000'], // just past the drama range
    ['07700 899999'], // just before it
    ['020 7946 1000'],
    ['0113 496 1000'],
  ])('%s is next to a drama range but not in it', (s) => {
    expect(validateUkPhone(s)).toEqual({ valid: true, confidence: 1 });
  });

  it.each([
    ['07912 34567', 'too short for a UK phone number'],
    ['07912 3456789', 'too long for a UK phone number'],
    ['020 7123 456', 'too short for a UK phone number'],
    ['020 7123 45678', 'too long for a UK phone number'],
    ['01865 12345', 'too short for a UK phone number'], // not a mixed 4/5-digit area
    ['0808 123456', 'too short for a UK phone number'],
    ['0300 123 123', 'too short for a UK phone number'],
    ['0113 496 012', 'too short for a UK phone number'],
    ['07700 90012', 'too short for a UK phone number'],
    ['+44 7912 34567', 'too short for a UK phone number'],
    ['+44 7912 3456789', 'too long for a UK phone number'],
    ['999', 'a UK number starts with 0 or +44'],
    ['017687 123456', 'too long for a UK phone number'],
    ['016977 234', 'too short for a UK phone number'],
    ['111', 'a UK number starts with 0 or +44'],
    ['0791234', 'too short for a UK phone number'],
    ['079123456789012', 'too long for a UK phone number'],
  ])('rejects %s: %s', (s, note) => {
    expect(validateUkPhone(s)).toEqual({ valid: false, note });
  });

  it.each([
    ['+1 212 555 0123', 'not a UK number (country code is not +44)'],
    ['+33 1 23 45 67 89', 'not a UK number (country code is not +44)'],
    ['0033 1 23 45 67 89', 'not a UK number (country code is not 44)'],
    ['7912 345678', 'a UK number starts with 0 or +44'],
    ['07912 345678 ext 2', 'contains characters that are not part of a phone number'],
    ['tel 07912 345678', 'contains characters that are not part of a phone number'],
    ['07912 +345678', 'a + can only start a phone number'],
    ['++44 7912 345678', 'a + can only start a phone number'],
  ])('rejects %s: %s', (s, note) => {
    expect(validateUkPhone(s)).toEqual({ valid: false, note });
  });

  it.each([
    ['07012 345678'], // 070 personal numbering
    ['07612 345678'], // 076 pagers
    ['0845 123 4567'], // service numbers
    ['0870 123 4567'],
    ['0906 123 4567'], // premium rate
    ['0500 123456'],
    ['05612 345678'],
  ])('rejects %s: not a personal or geographic range', (s) => {
    const r = validateUkPhone(s);
    expect(r.valid).toBe(false);
    expect(r.note).toMatch(/not|pagers/);
  });
});
