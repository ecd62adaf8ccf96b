import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine';
import { nlp, packOf, rule } from '../engine/helpers';

const names = rule({
  id: 'pd.name',
  type: 'detector',
  detector: 'patient-name',
  category: 'patient-details',
  options: {
    care: { words: ['bay', 'bed', 'ward', 'notes'], patterns: ['\\b(?:bay|bed)\\s*\\d'] },
    staff: { words: ['dr', 'sister', 'hca', 'like'] },
    window: 6,
    notNames: ['ward'],
  },
});
const pack = packOf(names);
const found = (text: string) => check(text, {}, pack, { nlp }).flatMap((f) => f.spans.map((s) => text.slice(s.start, s.end)));

describe('patient-name detector', () => {
  it.each([
    ['Mrs Kowalczyk in bed 8 takes three sugars', 'Mrs Kowalczyk'],
    ['yasmin in side room 3, bay 2 misses you', 'yasmin'],
    ['Please keep Ellie Marsh (Ward 31, bed 2) in your prayers', 'Ellie Marsh'],
    ['Mrs T in bay 3 again', 'Mrs T'],
    ['Shout out to Tariq on Ward 18, bay 4, who walked today', 'Tariq'],
  ])('finds a name close to a bed, bay or ward: %s', (text, name) => {
    expect(found(text)).toContain(name);
  });

  it.each([
    'Congratulations to Sister Jane Smith on Ward 12',
    'Thank you Dr Amir Khan for teaching on the ward',
    'He makes a sloth look like Usain Bolt on the ward',
    'Ward 4 raised £300 for new chairs',
    'Sarah ran the London marathon in four hours',
    'The PAT test sticker on our ward kettle is from 2019',
  ])('leaves colleagues, comparisons, places and names far from care alone: %s', (text) => {
    expect(found(text)).toEqual([]);
  });

  it('needs NLP: without it the rule is skipped, not guessed', () => {
    expect(check('Mrs Kowalczyk in bed 8', {}, pack)).toEqual([]);
  });
});
