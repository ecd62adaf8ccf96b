// The slow-matching analysis is loaded on demand; without it a pattern nobody has analysed is refused.
import { afterEach, describe, expect, it } from 'vitest';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';
import { regexProblem } from '../../src/packs/format';
import { NOT_ANALYSED, loadRegexSafety, patternsIn, regexRisk, trustPatterns, useRegexRisk } from '../../src/packs/regex-safety';
import { regexRisk as analyse } from '../../src/packs/safe-regex';
import { validatePack } from '../../src/packs/validate';

const SLOW = String.raw`(\w+\s?)*$`;
const pack = (pattern: string) => ({
  schemaVersion: 1,
  id: 'trust.test',
  name: 'Test',
  version: '1',
  author: 'tests',
  rules: [{ id: 'trust.ward', type: 'pattern', category: 'confidentiality', severity: 'warning', pattern, message: 'm', why: 'w', examples: { flag: ['ward 7'], pass: ['hello'] } }],
});

afterEach(async () => {
  useRegexRisk(undefined);
  await loadRegexSafety();
});

describe('without the analysis loaded', () => {
  it('refuses a pattern nobody has analysed, saying why, and does not remember the answer', async () => {
    useRegexRisk(undefined);
    const unusual = String.raw`\bward\s+7\b`;
    expect(regexRisk(unusual)).toBe(NOT_ANALYSED);
    const result = validatePack(pack(unusual), 'trust.json');
    expect(result.pack).toBeUndefined();
    expect(result.problems.map((p) => `${p.path}: ${p.message}`)).toEqual([`$.rules[0].pattern: ${NOT_ANALYSED}`]);
    await loadRegexSafety();
    expect(regexProblem(unusual)).toBeUndefined();
    expect(validatePack(pack(unusual), 'trust.json').pack).toBeDefined();
  });

  it('takes patterns it was told were analysed before they shipped as safe, and only those', () => {
    useRegexRisk(undefined);
    trustPatterns([String.raw`\bbay\s+4\b`]);
    expect(regexRisk(String.raw`\bbay\s+4\b`)).toBeNull();
    expect(regexRisk(String.raw`\bbay\s+5\b`)).toBe(NOT_ANALYSED);
  });
});

describe('with the analysis loaded', () => {
  it('refuses a slow pattern', async () => {
    await loadRegexSafety();
    expect(regexRisk(SLOW)).toMatch(/catastrophic backtracking/);
    expect(validatePack(pack(SLOW), 'trust.json').problems[0]?.message).toMatch(/could be very slow/);
  });
});

describe('the built-in packs (which the extension takes as analysed)', () => {
  const patterns = patternsIn(BUILTIN_PACK_FILES.map((f) => f.data));

  it('have patterns, found in "pattern" and "patterns"', () => {
    expect(patterns.length).toBeGreaterThan(20);
    expect(patternsIn({ rules: [{ pattern: 'a' }, { near: { patterns: ['b', 3] } }] })).toEqual(['a', 'b']);
  });

  it.each(patterns.map((p) => [p]))('%s passes the full analysis', (pattern) => {
    expect(analyse(pattern)).toBeNull();
  });
});
