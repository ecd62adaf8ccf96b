// UK phone numbers: mobiles, geographic (01/02), 03, and freephone 0800/0808, written nationally
// (07700 900123, (020) 7946 0123) or internationally (+44 7700 900123, 0044 20 7946 0123, +44 (0)20 ...).
//
// Why not libphonenumber-js (tried December 2026): telling a mobile or landline from a premium-rate or
// pager number needs its "max" metadata, +51 KB gzip in the background and the options page, for the
// same scores on every corpus set (npm run eval). Of the 29 candidate numbers in the corpora they
// disagreed on one (016977 4512, a Brampton-style 10-digit number it calls unallocated), and the
// drama ranges and which kinds count as someone's phone would still be ours.
import type { ValidatorResult } from './types';

/** Six-figure 01 area codes where some lines have 4- or 5-digit local numbers (10 digits in all). */
const TEN_DIGIT_01_CODES = [
  '013873', '015242', '015394', '015395', '015396', '016973',
  '016974', '016977', '017683', '017684', '017687', '019467',
];

/**
 * Ofcom's ranges kept for TV, radio and film drama: never allocated to anyone. National format prefixes.
 */
const DRAMA_PREFIXES = [
  '07700900', // 07700 900000-900999 mobile
  '01632960', // 01632 960xxx, no area
  '02079460', // 020 7946 0xxx London
  '01134960', // 0113 496 0xxx Leeds
  '01144960', // 0114 496 0xxx Sheffield
  '01154960', // 0115 496 0xxx Nottingham
  '01164960', // 0116 496 0xxx Leicester
  '01174960', // 0117 496 0xxx Bristol
  '01184960', // 0118 496 0xxx Reading
  '01214960', // 0121 496 0xxx Birmingham
  '01314960', // 0131 496 0xxx Edinburgh
  '01414960', // 0141 496 0xxx Glasgow
  '01514960', // 0151 496 0xxx Liverpool
  '01614960', // 0161 496 0xxx Manchester
  '01914980', // 0191 498 0xxx Tyneside
  '02896496', // 028 9649 6xxx Belfast
  '02920180', // 029 2018 0xxx Cardiff
  '03069990', // 0306 999 0xxx UK-wide
  '08081570', // 0808 157 0xxx freephone
];

/**
 * Turns the written number into national form ("07700900123"), or returns a reason it cannot be one.
 * Accepts spaces, line breaks, brackets, dashes, dots and slashes between digits; +44, 0044 and
 * +44 (0) prefixes.
 */
function toNational(match: string): { national: string } | { note: string } {
  let s = match.trim();
  if (s.lastIndexOf('+') > 0) return { note: 'a + can only start a phone number' };
  if (!/^\+?[\d\s().\-\u2010-\u2015\u2212/]+$/.test(s)) {
    return { note: 'contains characters that are not part of a phone number' };
  }
  // "+44 (0)20 ..." - the (0) is a national trunk prefix written for people dialling from the UK.
  s = s.replace(/^(\+\s*44|00\s*44)[\s\-.]*\(\s*0\s*\)/, '$1');
  const digits = s.replace(/\D/g, '');
  if (s.startsWith('+')) {
    if (!digits.startsWith('44')) return { note: 'not a UK number (country code is not +44)' };
    return { national: '0' + digits.slice(2).replace(/^0/, '') };
  }
  if (digits.startsWith('00')) {
    if (!digits.startsWith('0044')) return { note: 'not a UK number (country code is not 44)' };
    return { national: '0' + digits.slice(4).replace(/^0/, '') };
  }
  if (!digits.startsWith('0')) return { note: 'a UK number starts with 0 or +44' };
  return { national: digits };
}

function lengthCheck(national: string, allowed: number[]): ValidatorResult | null {
  if (allowed.includes(national.length)) return null;
  const min = Math.min(...allowed);
  return {
    valid: false,
    note: national.length < min ? 'too short for a UK phone number' : 'too long for a UK phone number',
  };
}

/**
 * Validates a UK phone number: mobile 07[1-57-9] + 8 digits (and 07624, Isle of Man), geographic
 * 01/02, non-geographic 03, freephone 0800/0808. Other UK ranges (070 personal numbering, 076 pagers,
 * 084/087/09 service and premium rates, 05) are not personal phones and return valid: false.
 * Numbers in Ofcom's drama ranges are fictional but return valid: true, confidence 0.3, note
 * 'Ofcom drama range': the engine decides what to do with them.
 */
export function validateUkPhone(match: string): ValidatorResult {
  const parsed = toNational(match);
  if ('note' in parsed) return { valid: false, note: parsed.note };
  const n = parsed.national;
  if (n.length < 10) return { valid: false, note: 'too short for a UK phone number' };
  if (n.length > 11) return { valid: false, note: 'too long for a UK phone number' };

  let problem: ValidatorResult | null;
  if (/^07[1-57-9]/.test(n) || n.startsWith('07624')) {
    problem = lengthCheck(n, [11]);
  } else if (n.startsWith('07')) {
    return { valid: false, note: n.startsWith('070') ? '070 is personal numbering, not a mobile' : '076 is for pagers' };
  } else if (n.startsWith('01')) {
    problem = lengthCheck(n, TEN_DIGIT_01_CODES.some((code) => n.startsWith(code)) ? [10, 11] : [11]);
  } else if (n.startsWith('02') || n.startsWith('03') || n.startsWith('0808')) {
    problem = lengthCheck(n, [11]);
  } else if (n.startsWith('0800')) {
    problem = lengthCheck(n, [10, 11]);
  } else {
    return { valid: false, note: `${n.slice(0, 3)} numbers are not personal or geographic phone numbers` };
  }
  if (problem) return problem;
  if (DRAMA_PREFIXES.some((prefix) => n.startsWith(prefix))) {
    return { valid: true, confidence: 0.3, note: 'Ofcom drama range' };
  }
  return { valid: true, confidence: 1 };
}

export default validateUkPhone;
