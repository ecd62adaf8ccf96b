// The validators a pattern rule can name ("validator": "nhs-number"), by name.
import type { Validator } from './types';
import { validateChiNumber } from './chi-number';
import { validateDate } from './date';
import { validateHcNumber } from './hc-number';
import { validateNhsNumber } from './nhs-number';
import { validateNiNumber } from './ni-number';
import { validatePostcode } from './postcode';
import { validateUkPhone } from './uk-phone';

export const validators = {
  'nhs-number': validateNhsNumber,
  'chi-number': validateChiNumber,
  'hc-number': validateHcNumber,
  'ni-number': validateNiNumber,
  postcode: validatePostcode,
  'uk-phone': validateUkPhone,
  // Wrapped so that a caller passing extra arguments never sets the reference date by accident.
  date: (match: string) => validateDate(match),
} satisfies Record<string, Validator>;

export type ValidatorName = keyof typeof validators;

export type { Validator, ValidatorResult } from './types';
export type { UkDate } from './date';
export { nhsCheckDigit, validateNhsNumber } from './nhs-number';
export { validateChiNumber } from './chi-number';
export { validateHcNumber } from './hc-number';
export { validateNiNumber } from './ni-number';
export { validatePostcode } from './postcode';
export { validateUkPhone } from './uk-phone';
export { parseUkDate, validateDate } from './date';
