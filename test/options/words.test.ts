import { describe, expect, it } from 'vitest';
import { pausedText, ruleTitle, startOfTomorrow } from '../../src/options/words';
import { defaultSettings, EMPTY_POLICY } from '../../src/settings';

const at = (h: number, m = 0) => new Date(2026, 10, 27, h, m).getTime();

describe('options wording', () => {
  it('says until when checking is paused, and nothing when it is not', () => {
    const now = at(13, 5);
    expect(pausedText({ ...defaultSettings(), pausedUntil: at(14, 5) }, EMPTY_POLICY, now)).toBe('Checking is paused until 14:05.');
    expect(pausedText({ ...defaultSettings(), pausedUntil: startOfTomorrow(now) }, EMPTY_POLICY, now)).toBe('Checking is paused until tomorrow.');
    expect(pausedText({ ...defaultSettings(), pausedUntil: at(12) }, EMPTY_POLICY, now)).toBeUndefined();
    expect(pausedText(defaultSettings(), EMPTY_POLICY, now)).toBeUndefined();
    // A trust that locks settings can't be paused.
    expect(pausedText({ ...defaultSettings(), pausedUntil: at(14) }, { ...EMPTY_POLICY, lockSettings: true }, now)).toBeUndefined();
  });

  it('"until tomorrow" is the start of the next day, even at 11 pm', () => {
    expect(startOfTomorrow(at(23, 30))).toBe(new Date(2026, 10, 28).getTime());
  });

  it('names a rule by its title, or from its id', () => {
    expect(ruleTitle({ id: 'patient.nhs-number', title: 'NHS numbers' })).toEqual({ text: 'NHS numbers' });
    expect(ruleTitle({ id: 'northvale.project-code' })).toEqual({ text: 'Project code' });
  });
});
