import { describe, expect, it } from 'vitest';
import { VALIDATOR_NAMES } from '../../src/engine/rule-types/pattern';
import { validators } from '../../src/validators';

describe('validators registry', () => {
  it('has exactly one validator per VALIDATOR_NAMES entry', () => {
    expect(Object.keys(validators).sort()).toEqual([...VALIDATOR_NAMES].sort());
  });

  it.each([
    ['nhs-number', '943 476 5919', '943 476 5910'],
    ['chi-number', '120348 1209', '310299 1203'],
    ['hc-number', '350 123 4562', '943 476 5919'],
    ['ni-number', 'AB 12 34 56 C', 'GB 12 34 56 C'],
    ['postcode', 'SW1A 1AA', 'Q1 1AA'],
    ['uk-phone', '07912 345678', '07912 34567'],
    ['date', '12/03/1948', '31/04/1990'],
  ] as const)('%s accepts %j and rejects %j', (name, good, bad) => {
    expect(validators[name](good).valid).toBe(true);
    expect(validators[name](bad).valid).toBe(false);
  });

  it('ignores extra arguments a caller passes to the date validator', () => {
    // e.g. array.map(validators.date) would pass an index as the second argument
    const results = ['12/03/1948'].map((s, i) => (validators.date as (...a: unknown[]) => { valid: boolean })(s, i));
    expect(results[0]!.valid).toBe(true);
  });
});
