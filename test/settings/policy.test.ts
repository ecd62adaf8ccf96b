import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LOCK,
  DEFAULT_LOCK_REASON,
  EMPTY_POLICY,
  POLICY_KEYS,
  POLICY_LOCK_KEYS,
  POLICY_PACK_KEYS,
  applyRefresh,
  checkRefreshUrl,
  parsePolicy,
} from '../../src/settings/policy';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { loadConfig } from '../../src/settings';
import { pack, wordsRule } from './helpers';

/** Trust packs are validated, in order, with the packs loaded before them, when the config is built. */
const loaded = (managed: unknown) => loadConfig({ builtinFiles: BUILTIN_PACK_FILES, managed, stored: undefined });
const idOf = (data: unknown) => (data as { id?: string }).id;

const trustPack = pack('test.trust', [wordsRule('trust.kestrel', 'kestrel')], {
  overrides: { 'rudeness.profanity': { severity: 'high' } },
  locked: [{ rule: 'patient.nhs-number', reason: 'IG-04' }],
});

describe('parsePolicy', () => {
  it('no policy (nothing in managed storage) is the empty policy, without problems', () => {
    for (const raw of [undefined, null, {}]) {
      expect(parsePolicy(raw)).toEqual({ policy: { ...EMPTY_POLICY }, problems: [] });
    }
  });

  it('reads a complete, valid policy', () => {
    const { policy, problems } = parsePolicy({
      packs: [{ name: 'Test Trust', json: JSON.stringify(trustPack) }],
      disabledRules: ['rudeness.profanity'],
      disabledPacks: ['nhs.rudeness'],
      lockedRules: [{ rule: 'confidentiality.credentials', reason: 'IS-02' }],
      sites: ['https://intranet.trust.example/home', 'social.trust.example'],
      refreshUrl: 'https://packs.trust.example/tbyp.json',
      lockSettings: true,
    });
    expect(problems).toEqual([]);
    expect(policy.packs).toHaveLength(1);
    expect(policy.packs[0]!.file).toBe('trust policy pack 1 (Test Trust)');
    expect(idOf(policy.packs[0]!.data)).toBe('test.trust');
    expect(policy.disabledRules).toEqual(['rudeness.profanity']);
    expect(policy.disabledPacks).toEqual(['nhs.rudeness']);
    expect(policy.lockedRules).toEqual([{ rule: 'confidentiality.credentials', reason: 'IS-02' }]);
    expect(policy.sites).toEqual(['https://intranet.trust.example', 'https://social.trust.example']);
    expect(policy.refreshUrl).toBe('https://packs.trust.example/tbyp.json');
    expect(policy.lockSettings).toBe(true);
  });

  it('accepts a pack given as an object (Firefox policies.json)', () => {
    const { policy, problems } = parsePolicy({ packs: [trustPack] });
    expect(problems).toEqual([]);
    expect(policy.packs[0]!.data).toEqual(trustPack);
  });

  it('drops every wrongly typed value with a problem, keeping the good ones', () => {
    const { policy, problems } = parsePolicy({
      packs: 'not a list',
      disabledRules: ['rudeness.profanity', 3, 'Not An Id'],
      disabledPacks: 'nhs.rudeness',
      lockedRules: [{ rule: 'patient.nhs-number' }, 'x', { rule: 5, reason: 'r' }, { rule: 'patient.postcode', reason: 'P', extra: 1 }],
      sites: ['ftp://files.example', 'https://ok.example', 42],
      refreshUrl: 'http://packs.example/tbyp.json',
      lockSettings: 'yes',
      colour: 'blue',
    });
    expect(policy.packs).toEqual([]);
    expect(policy.disabledRules).toEqual(['rudeness.profanity']);
    expect(policy.disabledPacks).toEqual([]);
    expect(policy.lockedRules).toEqual([
      { rule: 'patient.nhs-number', ...DEFAULT_LOCK },
      { rule: 'patient.postcode', reason: 'P' },
    ]);
    expect(policy.sites).toEqual(['https://ok.example']);
    expect(policy.refreshUrl).toBeUndefined();
    expect(policy.lockSettings).toBe(false);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.colour',
        '$.packs',
        '$.disabledRules[1]',
        '$.disabledRules[2]',
        '$.disabledPacks',
        '$.lockedRules[0].reason',
        '$.lockedRules[1]',
        '$.lockedRules[2].rule',
        '$.lockedRules[3].extra',
        '$.sites[0]',
        '$.sites[2]',
        '$.refreshUrl',
        '$.lockSettings',
      ]),
    );
    for (const p of problems) expect(p.file).toBe('trust policy');
  });

  it('a policy that is not an object is reported and nothing is used', () => {
    const { policy, problems } = parsePolicy(['packs']);
    expect(policy).toEqual({ ...EMPTY_POLICY });
    expect(problems).toHaveLength(1);
  });

  it('an invalid pack is reported with its file name and nothing from it is used', () => {
    const broken = { ...trustPack, rules: [{ ...wordsRule('trust.bad', 'bad'), severity: 'severe' }] };
    const { packs, problems } = loaded({ packs: [{ json: JSON.stringify(broken) }, { name: 'Good', json: JSON.stringify(trustPack) }] });
    expect(packs.filter((p) => p.source === 'trust policy').map((p) => p.pack.id)).toEqual(['test.trust']);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.file === 'trust policy pack 1')).toBe(true);
    expect(problems.some((p) => p.path === '$.rules[0].severity')).toBe(true);
  });

  it('a pack that is not valid JSON is reported with line and column', () => {
    const { policy, problems } = parsePolicy({ packs: [{ name: 'Oops', json: '{\n  "id": "x",\n  oops\n}' }] });
    expect(policy.packs).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('trust policy pack 1 (Oops)');
    expect(problems[0]!.message).toMatch(/not valid JSON: line 3, column 3/);
  });

  it('a pack whose "json" is not text is reported', () => {
    const { policy, problems } = parsePolicy({ packs: [{ name: 'Obj', json: trustPack }, 7] });
    expect(policy.packs).toEqual([]);
    expect(problems.map((p) => p.path)).toEqual(['$', '$.packs[1]']);
  });

  it('checks overrides and locks against the built-in rule ids by default', () => {
    const typo = { ...trustPack, overrides: { 'rudeness.profanty': { severity: 'high' } } };
    const { packs, problems } = loaded({ packs: [typo] });
    expect(packs.map((p) => p.pack.id)).not.toContain('test.trust');
    expect(problems[0]!.message).toMatch(/Did you mean "rudeness.profanity"/);
  });

  it('a later trust pack may build on an earlier one', () => {
    const second = pack('test.second', [], { overrides: { 'trust.kestrel': { severity: 'high' } } });
    const { packs, problems } = loaded({ packs: [trustPack, second] });
    expect(problems).toEqual([]);
    expect(packs.filter((p) => p.source === 'trust policy')).toHaveLength(2);
  });

  it('reads the example trust pack without problems', () => {
    const json = readFileSync(fileURLToPath(new URL('../../rules/examples/northvale-trust.json', import.meta.url)), 'utf8');
    const { packs, problems } = loaded({ packs: [{ name: 'Northvale', json }] });
    expect(problems).toEqual([]);
    expect(packs.map((p) => p.pack.id)).toContain('northvale.trust');
  });
});

describe('lockedRules reasons in Welsh', () => {
  it('keeps a Welsh reason next to the English one', () => {
    const cy = { reason: 'Polisi IG-04: rydym bob amser yn gwirio am rifau GIG.' };
    const { policy, problems } = parsePolicy({ lockedRules: [{ rule: 'patient.nhs-number', reason: 'Policy IG-04.', translations: { cy } }] });
    expect(problems).toEqual([]);
    expect(policy.lockedRules).toEqual([{ rule: 'patient.nhs-number', reason: 'Policy IG-04.', translations: { cy } }]);
  });

  it('gives the standard reason in English and Welsh, from the message catalogue', () => {
    const en = JSON.parse(readFileSync(fileURLToPath(new URL('../../locales/en.json', import.meta.url)), 'utf8'));
    const cy = JSON.parse(readFileSync(fileURLToPath(new URL('../../locales/cy.json', import.meta.url)), 'utf8'));
    expect(DEFAULT_LOCK).toEqual({ reason: en.nudge.lockedDefaultReason, translations: { cy: { reason: cy.nudge.lockedDefaultReason } } });
    expect(DEFAULT_LOCK_REASON).toBe('Your organisation requires this check.');
    expect(parsePolicy({ lockedRules: [{ rule: 'patient.nhs-number' }] }).policy.lockedRules).toEqual([{ rule: 'patient.nhs-number', ...DEFAULT_LOCK }]);
  });

  it('names the place of a bad Welsh reason, and ignores only the Welsh', () => {
    const { policy, problems } = parsePolicy({
      lockedRules: [
        { rule: 'patient.nhs-number', reason: 'IG-04', translations: { cym: { reason: 'IG-04' } } },
        { rule: 'patient.postcode', reason: 'IG-05', translations: { cy: { reason: ' ' } } },
        { rule: 'patient.name', reason: 'IG-06', translations: { cy: { reasn: 'IG-06' } } },
        { rule: 'confidentiality.credentials', translations: { cy: { reason: 'IS-02' } } },
      ],
    });
    expect(problems.map((p) => [p.file, p.path, p.ruleId])).toEqual(
      expect.arrayContaining([
        ['trust policy', '$.lockedRules[0].translations.cym', 'patient.nhs-number'],
        ['trust policy', '$.lockedRules[1].translations.cy.reason', 'patient.postcode'],
        ['trust policy', '$.lockedRules[2].translations.cy.reasn', 'patient.name'],
        ['trust policy', '$.lockedRules[3].translations', 'confidentiality.credentials'],
      ]),
    );
    expect(problems.find((p) => p.path === '$.lockedRules[0].translations.cym')?.message).toMatch(/Unknown language code "cym".*Did you mean "cy"\?/);
    // The rules stay locked with their English reason; a Welsh reason with no English one gets the standard reason.
    expect(policy.lockedRules).toEqual([
      { rule: 'patient.nhs-number', reason: 'IG-04' },
      { rule: 'patient.postcode', reason: 'IG-05' },
      { rule: 'patient.name', reason: 'IG-06' },
      { rule: 'confidentiality.credentials', ...DEFAULT_LOCK },
    ]);
  });
});

describe('checkRefreshUrl', () => {
  it.each([
    'https://packs.trust.example/tbyp.json',
    'https://packs.trust.example:8443/tbyp.json?v=3',
    'http://localhost:8080/pack.json',
    'http://127.0.0.1/pack.json',
  ])('accepts %s', (url) => {
    expect(checkRefreshUrl(url)).toEqual({ ok: true, url: new URL(url).href });
  });

  it.each([
    ['http://packs.trust.example/tbyp.json', /https/],
    ['https://user:secret@packs.trust.example/tbyp.json', /user name or password/],
    ['https://user@packs.trust.example/tbyp.json', /user name or password/],
    ['https://packs.trust.example/tbyp.json?token=abc', /secret in "token="/],
    ['https://packs.trust.example/tbyp.json?sig=abc&sv=1', /secret in "sig="/],
    ['ftp://packs.trust.example/tbyp.json', /https/],
    ['file:///etc/passwd', /https/],
    ['javascript:alert(1)', /https/],
    ['packs.trust.example/tbyp.json', /complete web address/],
    ['', /web address/],
  ])('refuses %s', (url, why) => {
    const result = checkRefreshUrl(url);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toMatch(why);
  });

  it('refuses values that are not text', () => {
    expect(checkRefreshUrl(42).ok).toBe(false);
    expect(checkRefreshUrl(undefined).ok).toBe(false);
  });
});

describe('applyRefresh (the last good pack is kept)', () => {
  const url = 'https://packs.trust.example/tbyp.json';

  it('a valid pack becomes the last good one', () => {
    const r = applyRefresh(undefined, { url, at: '2025-11-01T10:00:00Z', text: JSON.stringify(trustPack) });
    expect(r.problems).toEqual([]);
    expect(r.changed).toBe(true);
    expect(r.state.lastGood).toEqual({ url, fetchedAt: '2025-11-01T10:00:00Z', data: trustPack });
    expect(r.state.lastAttempt).toEqual({ url, at: '2025-11-01T10:00:00Z', ok: true });
    const again = applyRefresh(r.state, { url, at: '2025-11-02T10:00:00Z', text: JSON.stringify(trustPack) });
    expect(again.changed).toBe(false);
  });

  it('an invalid pack, bad JSON or a failed fetch keeps the last good one', () => {
    const good = applyRefresh(undefined, { url, at: '2025-11-01T10:00:00Z', text: JSON.stringify(trustPack) }).state;
    const attempts = [
      { text: JSON.stringify({ ...trustPack, schemaVersion: 2 }) },
      { text: '{ "id": ' },
      { error: 'HTTP 404' },
    ];
    for (const attempt of attempts) {
      const r = applyRefresh(good, { url, at: '2025-11-02T10:00:00Z', ...attempt });
      expect(r.changed).toBe(false);
      expect(r.state.lastGood).toEqual(good.lastGood);
      expect(r.state.lastAttempt?.ok).toBe(false);
      expect(r.problems.at(-1)!.message).toMatch(/fetched on 2025-11-01T10:00:00Z is still used/);
    }
  });

  it('a URL that fails checkRefreshUrl is never used', () => {
    const r = applyRefresh(undefined, { url: 'http://packs.trust.example/x.json', at: 'now', text: JSON.stringify(trustPack) });
    expect(r.state.lastGood).toBeUndefined();
    expect(r.problems[0]!.message).toMatch(/https/);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../public/managed_schema.json', import.meta.url)), 'utf8'));
  // Chrome's managed storage schema is a subset of JSON Schema; an unsupported keyword stops the extension loading.
  const ALLOWED = new Set(['type', 'properties', 'items', 'title', 'description']);

  it('is an object schema whose properties are exactly the policy keys', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    expect(Object.keys(schema.properties.packs.items.properties).sort()).toEqual([...POLICY_PACK_KEYS].sort());
    expect(Object.keys(schema.properties.lockedRules.items.properties).sort()).toEqual([...POLICY_LOCK_KEYS].sort());
  });

  it('uses only keywords Chrome supports, one type each, and describes every policy', () => {
    const walk = (node: Record<string, unknown>, path: string) => {
      for (const key of Object.keys(node)) expect(ALLOWED.has(key), `${path}.${key}`).toBe(true);
      expect(['object', 'array', 'string', 'boolean', 'integer', 'number']).toContain(node.type);
      if (node.properties) for (const [k, v] of Object.entries(node.properties as object)) walk(v, `${path}.${k}`);
      if (node.items) walk(node.items as Record<string, unknown>, `${path}[]`);
    };
    walk(schema, '$');
    for (const [key, value] of Object.entries(schema.properties as Record<string, { description?: string }>)) {
      expect(value.description, key).toBeTruthy();
    }
  });

  it('a policy shaped by the schema parses without problems', () => {
    const sample = {
      packs: [{ name: 'Test', json: JSON.stringify(trustPack) }],
      disabledRules: ['rudeness.profanity'],
      disabledPacks: ['nhs.rudeness'],
      lockedRules: [{ rule: 'patient.nhs-number', reason: 'IG-04' }],
      sites: ['https://intranet.example'],
      refreshUrl: 'https://packs.example/p.json',
      lockSettings: false,
    };
    for (const key of Object.keys(sample)) expect(schema.properties[key]).toBeDefined();
    expect(parsePolicy(sample).problems).toEqual([]);
  });
});
