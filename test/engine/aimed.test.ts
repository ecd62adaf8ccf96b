// The "aimed" rule type: a target and a judgement of them in the same sentence (and, for stereotypes,
// a generalisation), with reported speech passing through the rule's "unless".
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine';
import { validatePack } from '../../src/packs/validate';
import { nlp, packOf, rule } from './helpers';

const judging = rule({
  type: 'aimed',
  target: { words: ['patient', 'patients', 'he', 'she'], tags: ['#Person'] },
  judgement: { words: ['animal', 'time waster*'] },
  window: 8,
  unless: { words: ['called', 'said'], window: 4 },
  message: '“{match}” passes judgement on someone.',
} as never);

const stereotype = rule({
  type: 'aimed',
  target: { words: ['polish', 'travellers', 'patients'] },
  judgement: { words: ['always', 'they all'] },
  generalisation: { words: ['complain', 'trouble'] },
} as never);

const hits = (r: typeof judging, text: string, withNlp = true) =>
  check(text, {}, packOf(r), withNlp ? { nlp } : {}).map((f) => f.message);

describe('aimed rule type', () => {
  it('flags a judgement aimed at a target in the same sentence', () => {
    expect(hits(judging, 'the patient in cubicle 7 is an absolute animal')).toEqual(['“patient in cubicle 7 is an absolute animal” passes judgement on someone.']);
    expect(hits(judging, 'she is a time waster, every week')).toHaveLength(1);
  });

  it('needs both parts, in one sentence and within the window', () => {
    expect(hits(judging, 'the patient in cubicle 7 was frightened')).toEqual([]);
    expect(hits(judging, 'what an animal of a storm last night')).toEqual([]);
    expect(hits(judging, 'the patient went home. The animal sanctuary fundraiser is on Friday')).toEqual([]);
    expect(hits(judging, 'the patient on the left of the photo from the summer fete of our rather muddy animal sanctuary')).toEqual([]);
  });

  it('finds named people with compromise, and still works on words alone without it', () => {
    expect(hits(judging, 'Tomasz is an absolute animal')).toHaveLength(1);
    expect(hits(judging, 'Tomasz is an absolute animal', false)).toEqual([]);
    expect(hits(judging, 'he is an absolute animal', false)).toHaveLength(1);
  });

  it('asks compromise only about a sentence where it could find a person', () => {
    const read: string[] = [];
    const spy = { ...nlp, match: (text: string, pattern: string) => (read.push(text), nlp.match(text, pattern)) };
    const found = (text: string) => check(text, {}, packOf(judging), { nlp: spy }).length;
    // No name it knows and no capital after the first word: nobody to find, so no parse.
    expect(found('What an animal of a storm that was')).toBe(0);
    expect(found('the estates lot are an absolute animal')).toBe(0);
    expect(read).toEqual([]);
    // A name it knows (in any case), or a capitalised word that doesn't begin the sentence.
    expect(found('tomasz is an absolute animal')).toBe(1);
    found('Honestly Zbigniewa is an absolute animal');
    expect(read).toEqual(['tomasz is an absolute animal', 'Honestly Zbigniewa is an absolute animal']);
  });

  it('lets reported speech through', () => {
    expect(hits(judging, 'someone called the patient a time waster and we challenged it')).toEqual([]);
  });

  it('a stereotype needs the generalisation too, so a clinical description of a group passes', () => {
    expect(hits(stereotype, 'Polish patients always complain about the food')).toHaveLength(1);
    expect(hits(stereotype, 'patients with diabetes always need a foot check')).toEqual([]);
    expect(hits(stereotype, 'Travellers always welcome. Trouble parking? Ask at reception')).toEqual([]);
  });

  it('is validated like any rule type, with errors that name the field', () => {
    const pack = (extra: Record<string, unknown>) => ({
      schemaVersion: 1, id: 'test.aimed', name: 'Aimed', version: '1', author: 'Tests',
      rules: [{ id: 'rudeness.aimed', type: 'aimed', category: 'rudeness', severity: 'warning', message: 'm', why: 'w',
        target: { words: ['patient'] }, judgement: { words: ['animal'] },
        examples: { flag: ['the patient is an animal'], pass: ['the patient is kind'] }, ...extra }],
    });
    expect(validatePack(pack({}), 'a.json').problems).toEqual([]);
    const bad = validatePack(pack({ target: { tags: ['(#Person'] }, judgement: {} }), 'a.json').problems;
    expect(bad.map((p) => p.path)).toEqual(expect.arrayContaining(['$.rules[0].judgement', '$.rules[0].target.tags[0]']));
    expect(bad.find((p) => p.path === '$.rules[0].target.tags[0]')!.message).toMatch(/unclosed "\("/);
  });
});
