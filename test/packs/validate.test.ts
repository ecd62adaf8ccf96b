import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, validatePack } from '../../src/packs/validate';
import { DETECTOR_NAMES } from '../../src/detectors';
import type { PackProblem } from '../../src/packs/types';

const FIXTURES = 'test/fixtures/packs';
const fixture = (name: string) => join(FIXTURES, name);
const loadPackFile = (path: string, options = {}) => validatePack(JSON.parse(readFileSync(path, 'utf8')), path, options);

/** A valid rule, to break one field at a time. */
function rule(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'rudeness.swearing',
    type: 'words',
    category: 'rudeness',
    severity: 'warning',
    message: 'This is a swear word.',
    why: 'Trust social media policy.',
    words: ['swear*'],
    examples: { flag: ['I swear'], pass: ['Sworn in'] },
    ...extra,
  };
}

function pack(extra: Record<string, unknown> = {}, rules: unknown[] = [rule()]): Record<string, unknown> {
  return { schemaVersion: 1, id: 'test.pack', name: 'Test', version: '1.0.0', author: 'Tests', rules, ...extra };
}

function problemsOf(data: unknown, options = {}): PackProblem[] {
  return validatePack(data, 'test.json', options).problems;
}

/** The only problem; fails if there is not exactly one. */
function only(data: unknown, options = {}): PackProblem {
  const problems = problemsOf(data, options);
  expect(problems.map(formatProblem)).toHaveLength(1);
  return problems[0]!;
}

describe('broken.json: one clear message per mistake', () => {
  const { pack: loaded, problems } = loadPackFile(fixture('broken.json'));

  const expected: Array<{ path: string; ruleId?: string; message: RegExp }> = [
    { path: '$.schemaVersion', message: /^schemaVersion 2 is not supported\. This version of Think Before You Post reads schemaVersion 1/ },
    { path: '$.rules[0].validator', ruleId: 'patient.nhs-number', message: /^Unknown validator "nhs-numbr"\. Did you mean "nhs-number"\? Allowed: nhs-number, chi-number, hc-number, ni-number, postcode, uk-phone, date\.$/ },
    { path: '$.rules[1].colour', ruleId: 'patient.ward', message: /^Unknown key "colour" in a "words" rule\. Allowed keys: id, type, title, category, .*, words, allow, masked\.$/ },
    { path: '$.rules[2].enabled', ruleId: 'rudeness.swearing', message: /^"enabled" must be true or false, but it is the text "yes"\.$/ },
    { path: '$.rules[3].pattern', ruleId: 'patient.hospital-number', message: /^This regular expression does not compile: .*Unterminated group\.$/ },
    { path: '$.rules[4].pattern', ruleId: 'patient.initials', message: /^This regular expression could be very slow on some text: `\\w\+` inside `\(\\w\+\\s\?\)\*` can match the same text in more than one way/ },
    { path: '$.rules[5].id', ruleId: 'patient.ward', message: /^Rule id "patient\.ward" is already used by \$\.rules\[1\]\. Each rule in a pack needs its own id\.$/ },
    { path: '$.rules[6].examples.pass', ruleId: 'rudeness.sarcasm', message: /^Missing required key "pass": at least one text this rule must leave alone\.$/ },
    { path: '$.overrides["rudeness.no-such-rule"]', ruleId: 'rudeness.no-such-rule', message: /^There is an override for rule "rudeness\.no-such-rule", but no rule has that id in this pack\.$/ },
    { path: '$.locked[0].rule', ruleId: 'patient.no-such-rule', message: /^Rule "patient\.no-such-rule" is locked, but no rule has that id in this pack\.$/ },
  ];

  it('returns no pack', () => {
    expect(loaded).toBeUndefined();
  });

  it('reports exactly one problem per mistake', () => {
    expect(problems.map((p) => p.path).sort()).toEqual(expected.map((e) => e.path).sort());
  });

  it.each(expected)('$path', ({ path, ruleId, message }) => {
    const matching = problems.filter((p) => p.path === path);
    expect(matching).toHaveLength(1);
    const problem = matching[0]!;
    expect(problem.file).toBe(fixture('broken.json'));
    expect(problem.ruleId).toBe(ruleId);
    expect(problem.message).toMatch(message);
  });
});

describe('valid packs', () => {
  it('minimal.json has no problems', () => {
    const result = loadPackFile(fixture('minimal.json'));
    expect(result.problems).toEqual([]);
    expect(result.pack?.id).toBe('test.minimal');
  });

  it('full.json (every feature) has no problems when the extended rules are known', () => {
    const result = loadPackFile(fixture('full.json'), { knownRuleIds: new Set(['rudeness.swearing']) });
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.pack?.rules).toHaveLength(5);
  });

  it('does not guess about extended rules when it is not told them', () => {
    expect(loadPackFile(fixture('full.json')).problems).toEqual([]);
  });

  it('reports overrides of rules that neither it nor the packs before it define', () => {
    const data: unknown = JSON.parse(readFileSync(fixture('full.json'), 'utf8'));
    const p = only(data, { knownRuleIds: new Set(['rudeness.swaering']) });
    expect(p.path).toBe('$.overrides["rudeness.swearing"]');
    expect(p.ruleId).toBe('rudeness.swearing');
    expect(p.message).toBe(
      'There is an override for rule "rudeness.swearing", but no rule has that id in this pack or the packs loaded before it. Did you mean "rudeness.swaering"?',
    );
  });
});

describe('validatePack', () => {
  it('needs an object', () => {
    expect(only([1, 2])).toMatchObject({ path: '$', message: 'A rules pack must be a JSON object ({ ... }), but this is a list.' });
    expect(only(null).message).toMatch(/but this is null/);
  });

  it('reports every missing required key of a pack', () => {
    const problems = problemsOf({});
    expect(problems.map((p) => p.path)).toEqual(['$.schemaVersion', '$.id', '$.name', '$.version', '$.author', '$.rules']);
    expect(problems[1]!.message).toBe('Missing required key "id": a short id such as "nhs-trust.social-media".');
  });

  it('suggests the nearest key for a typo, without also saying the key is missing', () => {
    const p = only(pack({}, [{ ...rule(), why: undefined, whyy: 'x' }]));
    expect(p).toMatchObject({ path: '$.rules[0].whyy', ruleId: 'rudeness.swearing' });
    expect(p.message).toMatch(/^Unknown key "whyy" in a "words" rule\. Did you mean "why"\? Allowed keys: /);
  });

  it('suggests nothing when no key is close', () => {
    expect(only(pack({ colour: 'blue' })).message).toBe(
      'Unknown key "colour" in a rules pack. Allowed keys: $schema, schemaVersion, id, name, version, author, description, contact, policyUrl, extends, categories, overrides, locked, vocabularies, rules.',
    );
  });

  it('quotes keys that are not plain names in paths', () => {
    expect(only(pack({ 'my key': 1 })).path).toBe('$["my key"]');
  });

  it('checks id format', () => {
    const p = only(pack({}, [rule({ id: 'Patient NHS' })]));
    expect(p).toMatchObject({ path: '$.rules[0].id', ruleId: 'Patient NHS' });
    expect(p.message).toBe(
      'Rule id "Patient NHS" is not valid: use lower-case letters and digits, with single dots or hyphens between them (like "patient.nhs-number"). Perhaps "patient-nhs"?',
    );
    expect(only(pack({ id: 'test..pack' })).path).toBe('$.id');
    expect(only(pack({ extends: ['test.pack'] })).message).toBe('A pack cannot extend itself ("test.pack").');
  });

  it('lists the allowed rule types for an unknown one', () => {
    const p = only(pack({}, [rule({ type: 'regex' })]));
    expect(p.path).toBe('$.rules[0].type');
    expect(p.message).toBe('Unknown rule type "regex". Allowed types: words, pattern, phrase, combination, aimed, detector.');
  });

  it('lists the allowed detectors for an unknown one', () => {
    const r = { ...rule({ type: 'detector', detector: 'patient-names' }), words: undefined };
    expect(only(pack({}, [r])).message).toBe(`Unknown detector "patient-names". Did you mean "patient-name"? Allowed: ${DETECTOR_NAMES.join(', ')}.`);
  });

  it('reports wrong types in plain English', () => {
    expect(only(pack({}, [rule({ severity: 3 })])).message).toBe('"severity" must be text, but it is the number 3. Allowed: info, warning, high.');
    expect(only(pack({}, [rule({ severity: 'critical' })])).message).toBe('Unknown severity "critical". Allowed: info, warning, high.');
    expect(only(pack({}, [rule({ words: 'swear' })])).message).toBe('"words" must be a list ([ ... ]), but it is the text "swear".');
    expect(only(pack({ rules: {} }, undefined)).message).toBe('"rules" must be a list ([ ... ]), but it is an object.');
    expect(only(pack({ schemaVersion: '1' })).message).toBe('"schemaVersion" must be a whole number, but it is the text "1".');
  });

  it('reports empty word lists and odd words', () => {
    expect(only(pack({}, [rule({ words: [] })]))).toMatchObject({
      path: '$.rules[0].words',
      message: '"words" is an empty list: it needs the words or phrases to look for.',
    });
    expect(only(pack({}, [rule({ words: ['ok', ''] })])).path).toBe('$.rules[0].words[1]');
    expect(only(pack({}, [rule({ words: ['sw*ar'] })])).message).toMatch(/"\*" is only allowed at the end/);
    expect(only(pack({}, [rule({ words: ['*'] })])).message).toMatch(/no letters or digits/);
    expect(only(pack({}, [rule({ near: { words: [] } })])).path).toBe('$.rules[0].near.words');
    expect(only(pack({}, [rule({ unless: { window: 3 } })])).message).toBe('"unless" needs "words" or "patterns" (or both) to look for.');
  });

  it('needs at least one flag and one pass example', () => {
    expect(only(pack({}, [rule({ examples: undefined })]))).toMatchObject({
      path: '$.rules[0].examples',
      message: expect.stringMatching(/^Missing required key "examples": at least one "flag" example/),
    });
    expect(only(pack({}, [rule({ examples: { flag: [], pass: ['fine'] } })]))).toMatchObject({
      path: '$.rules[0].examples.flag',
      message: '"flag" is an empty list: it needs at least one text this rule must catch.',
    });
  });

  it('checks every pattern, including those in near, unless and clues', () => {
    const r = rule({ near: { patterns: ['(?<=a+)b'] }, unless: { patterns: ['[z-a]'] } });
    const problems = problemsOf(pack({}, [r]));
    expect(problems.map((p) => p.path)).toEqual(['$.rules[0].near.patterns[0]', '$.rules[0].unless.patterns[0]']);
    expect(problems[0]!.message).toMatch(/could be very slow.*lookbehind/);
    expect(problems[1]!.message).toBe('This regular expression does not compile: /[z-a]/i: Range out of order in character class.');
  });

  it('checks "patterns" lists inside detector options', () => {
    const r = { ...rule({ type: 'detector', detector: 'patient-name' }), words: undefined, options: { care: { words: ['bed'], patterns: ['\\bbed\\s*\\d', '(\\d+)+x'] }, window: 6 } };
    expect(only(pack({}, [r]))).toMatchObject({ path: '$.rules[0].options.care.patterns[1]', message: expect.stringMatching(/could be very slow/) });
  });

  it('refuses back-references and over-long patterns', () => {
    const r = rule({ type: 'pattern', words: undefined, pattern: '(a)\\1' });
    expect(only(pack({}, [r])).message).toMatch(/back-reference/);
    const long = rule({ type: 'pattern', words: undefined, pattern: 'a'.repeat(2001) });
    expect(only(pack({}, [long])).message).toMatch(/2,001 characters long/);
  });

  it('checks combination rules', () => {
    const combo = {
      ...rule({ type: 'combination', words: undefined }),
      clues: { age: { words: ['year old'] }, 'bed no': { patterns: ['\\bbed\\s*\\d+'], weight: 2 }, odd: 5 },
      requireAny: ['agee'],
      threshold: 10,
    };
    // Structure first: the rule's own checks run once it has the right shape.
    expect(problemsOf(pack({}, [combo])).map((p) => [p.path, p.message])).toEqual([
      ['$.rules[0].clues.odd', '"odd" must be an object ({ ... }), but it is the number 5.'],
    ]);
    const problems = problemsOf(pack({}, [{ ...combo, clues: { ...combo.clues, odd: { words: ['x'] } } }]));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.rules[0].requireAny[0]', '"requireAny" names the clue "agee", but this rule has no clue by that name. Did you mean "age"? Its clues are: age, bed no, odd.'],
      ['$.rules[0].threshold', '"threshold" is 10, but all the clues together only weigh 4, so this rule could never match.'],
    ]);
  });

  it('checks applies, overrides, locks and vocabularies', () => {
    const problems = problemsOf(
      pack(
        {
          overrides: { 'rudeness.swearing': { severity: 'low', enabled: 'no' } },
          locked: [{ rule: 'rudeness.swearing' }],
          vocabularies: { allow: ['ok', 3], deny: [{ term: 'Project X', why: 'secret' }] },
        },
        [rule({ applies: { kinds: ['tweet'], audiences: [] } })],
      ),
    );
    expect(problems.map((p) => `${p.path} ${p.message}`).sort()).toEqual([
      '$.rules[0].applies.kinds[0] The text "tweet" is not allowed in "kinds". Allowed: post, reply, comment, message.',
      '$.rules[0].applies.audiences "audiences" is an empty list: it needs the audiences to check (leave it out to check every audience).',
      '$.overrides["rudeness.swearing"].enabled "enabled" must be true or false, but it is the text "no".',
      '$.overrides["rudeness.swearing"].severity Unknown severity "low". Allowed: info, warning, high.',
      '$.locked[0].reason Missing required key "reason": the reason shown to people who try to switch the rule off.',
      '$.vocabularies.allow[1] Each entry of "allow" must be text, but this is the number 3.',
      '$.vocabularies.deny[0].why Unknown key "why" in a deny term. Allowed keys: term, category, reason.',
    ].sort());
    expect(problems.find((p) => p.path.startsWith('$.overrides'))!.ruleId).toBe('rudeness.swearing');
  });

  it('returns the pack only when there are no problems', () => {
    expect(validatePack(pack(), 'x.json').pack).toBeDefined();
    expect(validatePack(pack({ name: '' }), 'x.json').pack).toBeUndefined();
  });

  it('formats a problem on one line', () => {
    expect(formatProblem({ file: 'a.json', path: '$.rules[0].id', ruleId: 'x', message: 'Bad.' })).toBe('a.json $.rules[0].id (rule "x"): Bad.');
    expect(formatProblem({ file: 'a.json', path: '$', message: 'Bad.' })).toBe('a.json $: Bad.');
  });
});

describe('categories, phrases and detector options (issues 9 and 14)', () => {
  it('refuses a category that is neither built in nor declared, with a suggestion', () => {
    const p = only(pack({}, [rule({ category: 'patient-detail' })]));
    expect(p).toMatchObject({ path: '$.rules[0].category', ruleId: 'rudeness.swearing' });
    expect(p.message).toMatch(/^Unknown category "patient-detail"\. Did you mean "patient-details"\?/);
  });

  it('accepts a category the pack declares, or one declared by a pack loaded before', () => {
    const declared = pack({ categories: [{ id: 'research-data', name: 'Research data' }] }, [rule({ category: 'research-data' })]);
    expect(problemsOf(declared)).toEqual([]);
    expect(problemsOf(pack({}, [rule({ category: 'research-data' })]), { knownCategories: new Set(['research-data']) })).toEqual([]);
    expect(only(pack({ vocabularies: { deny: [{ term: 'X', category: 'secrets' }] } })).path).toBe('$.vocabularies.deny[0].category');
  });

  it('refuses /regular expressions/ in phrase rules', () => {
    const r = { ...rule({ type: 'phrase', match: '#Person /(a+)+$/' }), words: undefined };
    expect(only(pack({}, [r]))).toMatchObject({ path: '$.rules[0].match', message: expect.stringMatching(/regular expression \(\/\.\.\.\/\)/) });
    expect(problemsOf(pack({}, [{ ...r, match: '#Person (was|is) on ward' }]))).toEqual([]);
  });

  it('type-checks detector options', () => {
    const r = { ...rule({ type: 'detector', detector: 'patient-name' }), words: undefined, options: { care: { words: 'bed' }, window: 0, colour: 1 } };
    expect(problemsOf(pack({}, [r])).map((p) => p.path).sort()).toEqual(['$.rules[0].options.care.words', '$.rules[0].options.colour', '$.rules[0].options.window']);
  });
});

describe('a pack\'s contact and policyUrl (issue 11)', () => {
  it('accepts an email or https contact and an https policy, and names the field when either is wrong', () => {
    const base = { schemaVersion: 1, id: 'trust.help', name: 'Help', version: '1', author: 'Northvale NHS Trust', rules: [] };
    for (const contact of ['ig@northvale.nhs.example', 'https://intranet.northvale.example/ig']) {
      expect(validatePack({ ...base, contact, policyUrl: 'https://intranet.northvale.example/social-media' }, 'help.json').problems).toEqual([]);
    }
    const bad = validatePack({ ...base, contact: 'javascript:alert(1)', policyUrl: 'http://intranet.example/policy' }, 'help.json').problems;
    expect(bad.map((p) => p.path).sort()).toEqual(['$.contact', '$.policyUrl']);
  });

  it('accepts a contact written mailto:, and refuses javascript:, data: and http: links with a clear message', () => {
    const base = { schemaVersion: 1, id: 'trust.help', name: 'Help', version: '1', author: 'Northvale NHS Trust', rules: [] };
    expect(validatePack({ ...base, contact: 'mailto:ig@northvale.nhs.example' }, 'help.json').problems).toEqual([]);
    const messages = (fields: object) => validatePack({ ...base, ...fields }, 'help.json').problems.map((p) => `${p.path} ${p.message}`);
    expect(messages({ contact: 'javascript:alert(1)//@x.example' })).toEqual([
      '$.contact "contact" must be an email address (like ig@trust.nhs.uk) or an https:// address; other kinds of link (javascript:, data:, http:) are not allowed, but it is the text "javascript:alert(1)//@x.example".',
    ]);
    expect(messages({ policyUrl: 'data:text/html,<script>alert(1)</script>' })).toEqual([
      '$.policyUrl "policyUrl" must be an https:// address; other kinds of link (javascript:, data:, http:) are not allowed, but it is the text "data:text/html,<script>alert(1)</script>".',
    ]);
    expect(messages({ policyUrl: 'https://intranet.northvale.example/sm', contact: 'mailto:javascript:alert(1)' })).toHaveLength(1);
  });
});

describe('Welsh messages (translations)', () => {
  const welsh = { cy: { title: 'Rhegi', message: 'Gair rheg yw hwn.', why: 'Polisi cyfryngau cymdeithasol eich sefydliad.' } };
  const formatted = (data: unknown) => validatePack(data, 'welsh.json').problems.map(formatProblem);

  it('accepts a rule with Welsh for some or all of its words, and an override with Welsh', () => {
    expect(problemsOf(pack({}, [rule({ title: 'Swearing', translations: welsh })]))).toEqual([]);
    expect(problemsOf(pack({}, [rule({ translations: { cy: { message: 'Gair rheg yw hwn.' } } })]))).toEqual([]);
    expect(problemsOf(pack({ overrides: { 'rudeness.swearing': { message: 'New.', translations: { cy: { message: 'Newydd.' } } } } }))).toEqual([]);
  });

  it('rejects an unknown language code, suggesting the one meant, naming the pack file and the rule', () => {
    expect(formatted(pack({}, [rule({ translations: { cym: welsh.cy } })]))).toEqual([
      'welsh.json $.rules[0].translations.cym (rule "rudeness.swearing"): Unknown language code "cym" in "translations". Did you mean "cy"? Language codes allowed: cy.',
    ]);
    expect(formatted(pack({}, [rule({ translations: { 'cy-GB': welsh.cy } })]))[0]).toContain('Unknown language code "cy-GB" in "translations". Did you mean "cy"?');
    expect(formatted(pack({}, [rule({ translations: { fr: welsh.cy } })]))[0]).toContain('Unknown language code "fr"');
    expect(formatted(pack({ overrides: { 'rudeness.swearing': { translations: { CY: { message: 'Newydd.' } } } } }))).toEqual([
      'welsh.json $.overrides["rudeness.swearing"].translations.CY (rule "rudeness.swearing"): Unknown language code "CY" in "translations". Did you mean "cy"? Language codes allowed: cy.',
    ]);
  });

  it('names an unknown or empty Welsh field, and Welsh with no English to go with it', () => {
    expect(formatted(pack({}, [rule({ translations: { cy: { mesage: 'Gair rheg yw hwn.' } } })]))).toEqual([
      'welsh.json $.rules[0].translations.cy.mesage (rule "rudeness.swearing"): Unknown key "mesage" in "cy". Did you mean "message"? Allowed keys: title, message, why, suggestion.',
    ]);
    expect(formatted(pack({}, [rule({ translations: { cy: { why: ' ' } } })]))).toEqual(['welsh.json $.rules[0].translations.cy.why (rule "rudeness.swearing"): "why" is empty.']);
    expect(formatted(pack({}, [rule({ translations: { cy: {} } })]))).toEqual(['welsh.json $.rules[0].translations.cy (rule "rudeness.swearing"): "cy" is empty: add at least one entry.']);
    expect(formatted(pack({}, [rule({ translations: { cy: { suggestion: 'Dywedwch e heb reg.' } } })]))).toEqual([
      'welsh.json $.rules[0].translations.cy.suggestion (rule "rudeness.swearing"): "translations.cy.suggestion" has no English to go with it: the rule has no "suggestion". Add "suggestion" in English too, or leave this out.',
    ]);
  });

  it("accepts a lock's reason in Welsh", () => {
    const locked = [{ rule: 'rudeness.swearing', reason: 'Trust policy COM-07.', translations: { cy: { reason: 'Polisi’r ymddiriedolaeth COM-07.' } } }];
    expect(problemsOf(pack({ locked }))).toEqual([]);
  });

  it("names the pack file, the locked rule and the field of a bad Welsh lock reason", () => {
    const lock = (translations: unknown) => pack({ locked: [{ rule: 'rudeness.swearing', reason: 'COM-07', translations }] });
    expect(formatted(lock({ cym: { reason: 'COM-07' } }))).toEqual([
      'welsh.json $.locked[0].translations.cym (rule "rudeness.swearing"): Unknown language code "cym" in "translations". Did you mean "cy"? Language codes allowed: cy.',
    ]);
    expect(formatted(lock({ cy: { reason: ' ' } }))).toEqual(['welsh.json $.locked[0].translations.cy.reason (rule "rudeness.swearing"): "reason" is empty.']);
    expect(formatted(lock({ cy: { reason: 7 } }))[0]).toMatch(/^welsh\.json \$\.locked\[0\]\.translations\.cy\.reason \(rule "rudeness\.swearing"\): /);
    expect(formatted(lock({ cy: { message: 'COM-07' } }))).toEqual([
      'welsh.json $.locked[0].translations.cy.message (rule "rudeness.swearing"): Unknown key "message" in "cy". Allowed keys: reason.',
    ]);
    expect(formatted(lock({ cy: {} }))).toEqual(['welsh.json $.locked[0].translations.cy (rule "rudeness.swearing"): "cy" is empty: add at least one entry.']);
  });
});
