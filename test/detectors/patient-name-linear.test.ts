// Issue 14, item 12: the name detector is linear in the draft. Long lower-case text full of given names
// and care words is the input that was quadratic (332 ms on 5,000 characters). Counted, not timed: how
// many times the detector reads a token and asks compromise, for a draft and for one four times as long.
import { describe, expect, it } from 'vitest';
import { patientName } from '../../src/detectors/patient-name';
import { Doc } from '../../src/engine/document';
import type { Nlp } from '../../src/engine/nlp';
import patientDetails from '../../rules/nhs/patient-details.json';
import { nlp } from '../engine/helpers';

const nameRule = patientDetails.rules.find((r) => (r as { detector?: string }).detector === 'patient-name') as { options: object };
const finder = patientName(nameRule.options as never);

/** Token reads and compromise calls made by one run of the detector on `text`. */
function operations(text: string): number {
  let count = 0;
  const doc = new Doc(text, {}, new Proxy(nlp, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      return typeof value === 'function' ? (...args: unknown[]) => (count++, value.apply(target, args)) : value;
    },
  }) as Nlp);
  const tokens = doc.tokens;
  Object.defineProperty(doc, 'tokens', {
    value: new Proxy(tokens, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) count++;
        return Reflect.get(target, key, receiver);
      },
    }),
  });
  finder.find(doc);
  return count;
}

describe('patient-name detector on adversarial input', () => {
  it.each([
    ['lower-case given names', (n: number) => 'mohammed priya tomasz yasmin doris '.repeat(n)],
    ['names next to beds', (n: number) => 'tomasz in bed 12 and priya on bay 3 '.repeat(n)],
    ['capitalised names with titles', (n: number) => 'Mrs Begum Doris Mr Kowalczyk Priya '.repeat(n)],
  ])('%s: four times the text costs about four times the work', (_, draft) => {
    const small = operations(draft(35)); // about 1,250 characters
    const large = operations(draft(140)); // about 5,000 characters
    expect(small).toBeGreaterThan(0);
    expect(large / small).toBeGreaterThan(3); // the count does follow the text
    expect(large / small).toBeLessThan(5); // quadratic would be about 16
  });
});
