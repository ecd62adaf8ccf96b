import { describe, expect, it } from 'vitest';
import { check, compilePack, labelsOf, MAX_CHECKED_LENGTH, MAX_SCANNED_LENGTH, TOO_LONG_RULE_ID } from '../../src/engine';
import { nlp, packOf, rule } from './helpers';

const swearing = rule({ id: 'rude.swear', type: 'words', words: ['fuck*', 'shit'], masked: true });
const nhsNumber = rule({
  id: 'pd.nhs',
  type: 'pattern',
  category: 'patient-details',
  severity: 'high',
  pattern: '(?<![\\d])\\d(?:[ .\\-\\n]{0,2}\\d){9}(?!\\d)',
  validator: 'nhs-number',
  unless: { words: ['order', 'tracking'], window: 4 },
});

describe('check: spans point at the original characters', () => {
  it.each([
    ['zero-width joiners', 'oh f\u200du\u200dc\u200dk off', 'f\u200du\u200dc\u200dk'],
    ['look-alike Cyrillic letters', 'what a ѕhіt rota', 'ѕhіt'],
    ['spaced letters', 'f u c k i n g management', 'f u c k i n g'],
    ['emoji before the word', '😤😤 🙃 fucking hell', 'fucking'],
    ['a masked word', 'absolute f*cking w*nker', 'f*cking'],
  ])('%s', (_, text, expected) => {
    const [f] = check(text, {}, packOf(swearing));
    expect(text.slice(f.spans[0].start, f.spans[0].end)).toBe(expected);
  });

  it('maps an NHS number split by spaces, dots or a line break back to the typed digits', () => {
    for (const written of ['943 476 5919', '943.476.5919', '943-476-5919', '9434765919', '9 4 3 4 7 6 5 9 1 9', '943 476\n5919']) {
      const text = `😊 pt no ${written} on AMU`;
      const [f] = check(text, {}, packOf(nhsNumber));
      expect(f?.ruleId, written).toBe('pd.nhs');
      expect(text.slice(f.spans[0].start, f.spans[0].end)).toBe(written);
    }
  });

  it('rejects numbers that fail the check digit, and lowers context with unless', () => {
    expect(check('ref 943 476 5918', {}, packOf(nhsNumber))).toEqual([]);
    expect(check('tracking no 9434765919 is late', {}, packOf(nhsNumber))).toEqual([]);
  });
});

describe('check: the finding', () => {
  it('carries the rule id, category, severity, filled-in message, why, suggestion and confidence', () => {
    const r = rule({ id: 'rude.swear', type: 'words', words: ['shit'], suggestion: 'Try “{match}” less.' });
    const [f] = check('shit rota', {}, packOf(r));
    expect(f).toMatchObject({
      ruleId: 'rude.swear',
      category: 'rudeness',
      severity: 'warning',
      message: 'Saw shit',
      why: 'Because.',
      suggestion: 'Try “shit” less.',
      confidence: 1,
    });
  });

  it('quotes a draft that looks like a replacement pattern as it was typed ("$$", "$&", "{clues}")', () => {
    const r = rule({ id: 'rude.swear', type: 'words', words: ['pi$$ed', 'a$&hole', '{clues}'], message: '“{match}” is rude ({clues}).' });
    expect(check('so pi$$ed off', {}, packOf(r))[0].message).toBe('“pi$$ed” is rude ().');
    expect(check('what an a$&hole', {}, packOf(r))[0].message).toBe('“a$&hole” is rude ().');
    const braces = rule({ id: 'odd.braces', type: 'pattern', pattern: '\\{clues\\}', message: '“{match}” is odd ({clues}).' });
    expect(check('a {clues} here', {}, packOf(braces))[0].message).toBe('“{clues}” is odd ().');
  });

  it('quotes the words a combination found as one phrase from the draft, not glued fragments', () => {
    const insult = rule({
      id: 'rude.insult',
      type: 'combination',
      clues: { insult: { words: ['idiot'] }, target: { words: ['reg'] } },
      threshold: 2,
      message: '“{match}” reads as an insult.',
    });
    expect(check('the reg is an absolute idiot tbh', {}, packOf(insult))[0].message).toBe('“reg is an absolute idiot” reads as an insult.');
    const far = `the reg ${'and then we did the obs round '.repeat(3)}idiot`;
    expect(check(far, {}, packOf(insult))[0].message).toBe('“reg … idiot” reads as an insult.');
  });

  it('reports one finding per rule with every place it matched', () => {
    const [f] = check('shit rota, shit pay', {}, packOf(swearing));
    expect(f.spans).toEqual([
      { start: 0, end: 4 },
      { start: 11, end: 15 },
    ]);
  });

  it('says a repeated finding once but keeps both for rule tests', () => {
    const twin = { ...nhsNumber, id: 'pd.nhs-twin' };
    expect(check('NHS 943 476 5919', {}, packOf(nhsNumber, twin))).toHaveLength(1);
    expect(check('NHS 943 476 5919', {}, packOf(nhsNumber, twin), { keepRepeats: true })).toHaveLength(2);
  });

  it('of two rules on the same words, the later pack\'s wins (a trust\'s own rule over a built-in one)', () => {
    const builtIn = { ...nhsNumber, packId: 'nhs.patient-details' };
    const trusts = { ...nhsNumber, id: 'trust.nhs', packId: 'trust.pack' };
    expect(check('NHS 943 476 5919', {}, packOf(builtIn, trusts)).map((f) => f.ruleId)).toEqual(['trust.nhs']);
    // Within one pack, the earlier rule.
    expect(check('NHS 943 476 5919', {}, packOf({ ...nhsNumber, id: 'pd.first' }, { ...nhsNumber, id: 'pd.second' })).map((f) => f.ruleId)).toEqual(['pd.first']);
  });

  it('labels are the categories found', () => {
    const findings = check('shit, NHS 943 476 5919', {}, packOf(swearing, nhsNumber));
    expect(labelsOf(findings)).toEqual(['patient-details', 'rudeness']);
  });
});

describe('check: near, unless, applies, severity, opt-outs and locks', () => {
  const insult = rule({ id: 'rude.insult', type: 'words', words: ['muppet'], near: { words: ['you', 'your'], window: 2 } });

  it('near: the match counts only with the context nearby', () => {
    expect(check('you muppet', {}, packOf(insult))).toHaveLength(1);
    expect(check('the Muppet Show was on', {}, packOf(insult))).toHaveLength(0);
  });

  it('applies: a rule for replies is skipped for a known post, kept when the kind is unknown', () => {
    const replies = rule({ id: 'rude.reply', type: 'words', words: ['how dare you'], applies: { kinds: ['reply'] } });
    expect(check('how dare you', { kind: 'post' }, packOf(replies))).toHaveLength(0);
    expect(check('how dare you', { kind: 'reply' }, packOf(replies))).toHaveLength(1);
    expect(check('how dare you', {}, packOf(replies))).toHaveLength(1);
  });

  it('minSeverity hides quieter findings', () => {
    expect(check('shit', {}, packOf(swearing), { minSeverity: 'high' })).toHaveLength(0);
  });

  it('a person can switch a rule off, but not one their trust locked', () => {
    const off = new Set(['rude.swear']);
    expect(check('shit', {}, packOf(swearing), { disabled: off })).toHaveLength(0);
    const locked = compilePack({ rules: [{ ...swearing, locked: 'Trust policy' }] });
    expect(check('shit', {}, locked, { disabled: off })).toHaveLength(1);
    expect(check('shit', {}, locked, { minSeverity: 'high' })).toHaveLength(1);
  });

  it('enabled: false drops a rule', () => {
    expect(check('shit', {}, packOf({ ...swearing, enabled: false }))).toHaveLength(0);
  });
});

describe('check: vocabularies', () => {
  it('allow: a switchboard number in any spacing is never flagged', () => {
    const phone = rule({ id: 'pd.phone', type: 'pattern', category: 'patient-details', pattern: '0\\d(?:[ \\-]?\\d){8,9}' });
    const pack = compilePack({ rules: [phone], allow: ['01632 960115'] });
    expect(check('Switchboard: 01632960115', {}, pack)).toHaveLength(0);
    expect(check('Switchboard: 01632 960 115', {}, pack)).toHaveLength(0);
    expect(check('Her number is 01632 960999', {}, pack)).toHaveLength(1);
  });

  it('allow: with several terms, each is allowed wherever it stands, even where two overlap', () => {
    const place = rule({ id: 'pd.place', type: 'pattern', category: 'patient-details', pattern: '\\b(?:dyke road|van dyke)' });
    const pack = compilePack({ rules: [place], allow: ['Dick Van Dyke', 'Dyke Road', '999'] });
    // "Dick Van Dyke" and "Dyke Road" share "Dyke": both stretches are allowed.
    expect(check('Dick Van Dyke Road', {}, pack)).toHaveLength(0);
    expect(check('Van Dyke and Dyke Road', {}, pack)[0]?.spans).toEqual([{ start: 0, end: 8 }]);
    // A term inside a longer word or number is not the term.
    expect(check('Dick Van Dykes', {}, pack)).toHaveLength(1);
  });

  it('deny: a project code name is flagged wherever it appears', () => {
    const pack = compilePack({ rules: [], deny: [{ term: 'Project Falcon', reason: 'Not announced yet.' }] });
    const [f] = check('Big news about project falcon soon', {}, pack);
    expect(f).toMatchObject({ ruleId: 'vocabulary.deny', category: 'confidentiality', why: 'Not announced yet.' });
    expect(f.spans).toEqual([{ start: 15, end: 29 }]);
  });
});

describe('check: combinations name the clues that combined', () => {
  const jigsaw = rule({
    id: 'pd.jigsaw',
    type: 'combination',
    category: 'patient-details',
    clues: {
      age: { patterns: ['\\b\\d{1,3}-year-old\\b'] },
      ward: { words: ['ward', 'bay'] },
      time: { words: ['last night', 'today'] },
    },
    threshold: 3,
    window: 20,
    message: 'Together: {clues}',
  });

  it('fires when enough distinct clues fall within the window, in the order they appear', () => {
    const [f] = check('The 19-year-old on our ward last night is doing well', {}, packOf(jigsaw));
    expect(f.message).toBe('Together: age + ward + time');
    expect(f.clues).toEqual(['age', 'ward', 'time']);
  });

  it('does not fire on fewer clues or clues too far apart', () => {
    expect(check('Our ward raised £200 today', {}, packOf(jigsaw))).toHaveLength(0);
    const far = `The 19-year-old ${'and so on '.repeat(20)} on our ward last night`;
    expect(check(far, {}, packOf(jigsaw))).toHaveLength(0);
  });
});

describe('check: phrase rules and untrusted input', () => {
  it('runs compromise match syntax when NLP is loaded, and skips it otherwise', () => {
    const phrase = rule({ id: 'pd.phrase', type: 'phrase', category: 'patient-details', match: '#Person (in|on) bed #Value' });
    expect(check('Sarah in bed 4 is lovely', {}, packOf(phrase), { nlp })).toHaveLength(1);
    expect(check('Sarah in bed 4 is lovely', {}, packOf(phrase))).toHaveLength(0);
  });

  it('checks a long draft past the first part, and says which part was checked', () => {
    const text = 'a'.repeat(MAX_CHECKED_LENGTH) + ' shit';
    const findings = check(text, {}, packOf(swearing));
    expect(findings.map((f) => f.ruleId)).toEqual([TOO_LONG_RULE_ID, swearing.id]);
    expect(findings[1].spans).toEqual([{ start: text.length - 4, end: text.length }]);
    expect(findings[0].why).toBe('The first 20,000 characters were checked fully, the other 5 only for numbers and listed words.');
  });

  it('finds an NHS number at the end of 100,000 emoji and of a draft at the scanning limit', () => {
    for (const filler of ['💩'.repeat(100_000), 'word '.repeat(MAX_SCANNED_LENGTH / 5 - 10)]) {
      const text = `${filler} NHS 943 476 5919`;
      const findings = check(text, {}, packOf(nhsNumber));
      expect(findings.map((f) => f.ruleId)).toContain(nhsNumber.id);
      expect(text.slice(findings.find((f) => f.ruleId === nhsNumber.id)!.spans[0].start)).toBe('943 476 5919');
    }
  });

  it('marks where full checking stopped as a whole character, never half an emoji', () => {
    const text = `x${'💩'.repeat(MAX_CHECKED_LENGTH)}`; // the limit falls inside a surrogate pair
    const stop = check(text, {}, packOf(nhsNumber)).find((f) => f.ruleId === TOO_LONG_RULE_ID)!.spans[0];
    expect(text.slice(stop.start, stop.end)).toBe('💩');
  });

  it('finds a number across the boundary of two parts', () => {
    const text = 'a '.repeat(MAX_CHECKED_LENGTH / 2 - 4) + 'NHS 943 476 5919 ' + 'b '.repeat(20_000);
    expect(check(text, {}, packOf(nhsNumber)).map((f) => f.ruleId)).toContain(nhsNumber.id);
  });

  it('names the part never checked past the scanning limit', () => {
    // A 1 MB draft with a number at the end: the number is past the limit, and the notice says so.
    const text = `${'x'.repeat(1_000_000)} NHS 943 476 5919`;
    const findings = check(text, {}, packOf(nhsNumber));
    expect(findings.map((f) => f.ruleId)).toEqual([TOO_LONG_RULE_ID]);
    expect(findings[0].message).toBe('This post is too long to check fully (1,000,017 characters).');
    expect(findings[0].why).toBe(
      'The first 20,000 characters were checked fully, characters 20,001 to 250,000 only for numbers and listed words, and the last 750,017 not at all.',
    );
  });

  it('copes with empty and odd input', () => {
    for (const text of ['', ' ', '\u200b', '💩'.repeat(500), '\ud800 lone surrogate']) {
      expect(() => check(text, {}, packOf(swearing, nhsNumber), { nlp })).not.toThrow();
    }
  });
});

describe('check: a rule that fails at run time is dropped alone and named', () => {
  /** A pack whose rule `failing` throws on any draft with "tripwire" in it (it passed compiling and its examples). */
  function packWithFault(failing: string, ...rules: ReturnType<typeof rule>[]) {
    const pack = packOf(...rules);
    const compiled = pack.rules.find((r) => r.rule.id === failing)!;
    const find = compiled.finder.find.bind(compiled.finder);
    compiled.finder = {
      ...compiled.finder,
      find: (doc) => {
        if (doc.text.includes('tripwire')) throw new RangeError('Maximum call stack size exceeded');
        return find(doc);
      },
    };
    return pack;
  }
  const broken = rule({ id: 'trust.broken', title: 'Ward codes', type: 'words', words: ['zebraquax'] });

  it('the other rules still find what they find, and the failed rule is named under its own id', () => {
    const pack = packWithFault('trust.broken', swearing, broken, nhsNumber);
    const findings = check('tripwire: shit, NHS 943 476 5919, zebraquax', {}, pack, { nlp });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['pd.nhs', 'rude.swear', 'trust.broken']);
    const failed = findings.find((f) => f.ruleId === 'trust.broken')!;
    expect(failed).toMatchObject({ category: 'unchecked', severity: 'warning', spans: [] });
    expect(failed.message).toBe('The check “Ward codes” couldn\'t run on this post, so the post wasn\'t checked for it.');
    expect(failed.why).toContain('rule trust.broken');
    expect(labelsOf(findings)).toContain('unchecked');
  });

  it('is named even on a draft where nothing else is found, and not at all on drafts it copes with', () => {
    const pack = packWithFault('trust.broken', swearing, broken);
    expect(check('tripwire and a lovely day', {}, pack).map((f) => [f.ruleId, f.category])).toEqual([['trust.broken', 'unchecked']]);
    expect(check('a lovely day', {}, pack)).toEqual([]);
    expect(check('a zebraquax day', {}, pack).map((f) => [f.ruleId, f.category])).toEqual([['trust.broken', 'rudeness']]);
  });

  it('two failing rules are both named; a switched-off failing rule is not run, so not named', () => {
    const other = rule({ id: 'trust.broken2', type: 'words', words: ['quuxle'] });
    const pack = packWithFault('trust.broken', swearing, broken, other);
    const inner = pack.rules.find((r) => r.rule.id === 'trust.broken2')!;
    inner.finder = {
      ...inner.finder,
      find: () => {
        throw new Error('bad');
      },
    };
    expect(check('tripwire shit', {}, pack).map((f) => f.ruleId).sort()).toEqual(['rude.swear', 'trust.broken', 'trust.broken2']);
    expect(check('tripwire shit', {}, pack, { disabled: new Set(['trust.broken', 'trust.broken2']) }).map((f) => f.ruleId)).toEqual(['rude.swear']);
  });

  it('a very long draft names the failed rule once, with the part that was checked', () => {
    const pack = packWithFault('trust.broken', swearing, broken);
    const findings = check(`tripwire ${'a '.repeat(MAX_CHECKED_LENGTH)} shit`, {}, pack);
    expect(findings.map((f) => f.ruleId).sort()).toEqual([TOO_LONG_RULE_ID, 'rude.swear', 'trust.broken'].sort());
  });
});

describe('check: white space between words never hides a phrase', () => {
  const phrase = rule({ id: 'conf.phrase', type: 'pattern', category: 'confidentiality', pattern: '\\bnot public until\\b' });
  const compromisePhrase = rule({ id: 'rude.phrase', type: 'phrase', match: 'waste of (space|oxygen)' });

  it.each(['  ', '\t', '\n', ' \r\n ', '\u00a0\u2009', '\u3000', '\u200b \u200b'].map((run) => [JSON.stringify(run), run]))('%s between the words', (_, run) => {
    const text = `It is not${run}public${run}until Friday, what a waste${run}of${run}space`;
    const findings = check(text, {}, packOf(phrase, compromisePhrase), { nlp });
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['conf.phrase', 'rude.phrase']);
    const pub = findings.find((f) => f.ruleId === 'conf.phrase')!;
    expect(text.slice(pub.spans[0].start, pub.spans[0].end)).toBe(`not${run}public${run}until`);
  });
});
