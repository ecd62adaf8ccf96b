import { describe, expect, it } from 'vitest';
import { compilePattern } from '../../src/packs/pattern';
import { MAX_PATTERN_LENGTH, regexRisk } from '../../src/packs/safe-regex';

const r = String.raw;

/** Patterns that can take exponential time: some text can be matched in two ways on each repeat. */
const EXPONENTIAL = [
  r`(a+)+$`,
  r`(a|a)*$`,
  r`(\w+\s?)*$`,
  r`^(\w+\s?)*$`,
  r`(\d+\d+)+`,
  r`(a*)*b`,
  r`(?:x|[a-z])+y`, // "x" matches both alternatives
  r`(?:[A-Z]|[a-z])+!`, // overlap only because matching ignores case
  r`([a-z0-9]+\.?)+@`, // the classic e-mail ReDoS
  r`(a{1,10}){1,10}$`, // bounded, but 10^10 ways
  r`(a|a){50}`, // bounded, but 2^50 ways
  r`(?=(a+)+b)`, // inside a lookahead
];

/** Patterns that take polynomial time: two repeats share a run of text, or one is tried from every position. */
const POLYNOMIAL = [
  r`\d+\d+x`,
  r`\s*:?\s*x`,
  r`\w+\s*\w+!`,
  r`[^.]{0,400}\s*x`, // a long bounded repeat, then an unbounded one, from any start
  r`\s*[^.]{0,400}x`,
  // The brief's example of a hospital-number pattern: three \s* around optional parts.
  // In V8 this takes ~21 s on "hosp" + 4,000 spaces (cubic), so it must be refused.
  r`\b(?:hosp(?:ital)?|unit|mrn)\s*(?:no|number|#)?\.?\s*:?\s*[A-Z]{0,3}\d{5,10}\b`,
  // Issue 14: bounded repeats in sequence (45 s and 32 s on 5,000 characters), and a repeat of something optional.
  r`[a-z]{0,1000}[a-z]{0,1000}!`,
  r`a{0,1000}b?a{0,1000}!`,
  r`(a?)+$`,
  r`(a|ab)*c`,
  r`\s*,\s*`, // ~1.3 s on 10,000 spaces
];

/** Patterns that are fine, including those the default pack relies on. */
const SAFE = [
  r`\b\d{3}[ .-]?\d{3}[ .-]?\d{4}\b`,
  r`(?<!\d)\d(?:[ .\-\n]?\d){9}(?!\d)`,
  r`\b(?:ward|bay|bed)\s*\d{1,2}[a-z]?\b`,
  // Two safe ways to write the hospital-number pattern above:
  r`\b(?:hosp(?:ital)?|unit|mrn)\s{0,3}(?:no|number|#)?\.?\s{0,3}:?\s{0,3}[A-Z]{0,3}\d{5,10}\b`,
  r`\b(?:hosp(?:ital)?|unit|mrn)[\s.:#]*(?:(?:no|number)[\s.:#]*)?[A-Z]{0,3}\d{5,10}\b`,
  r`(?<![\d.\-])\d(?:[ .\-\n]{0,2}\d){9}(?![\d]|[.\-]\d)`,
  r`\b(?:gir ?0aa|[a-z]{1,2}\d[a-z\d]? ?\d[a-z]{2})\b`,
  r`\b\w+(?:\s+\w+)*\b`, // a separator is required between repeats
  r`(?:,\s*\w+)*`,
  r`\bfoo.{0,40}bar.{0,40}baz`, // bounded repeats only cost a constant factor
  r`\b(?:pass(?:word|code)s?|pin)\b[^.!?\n]{0,40}?(?:\bis\b|[:=]|\s)\s*[a-z0-9]{3,30}`, // starts only after a keyword
  r`(?<=a{1,5})b`,
  r`\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b`,
  r`(?:\d{1,2}[:.]?){1,3}`,
  r`^[a-z0-9]+(?:[.-][a-z0-9]+)*$`,
  r`\bbed\s*\d+`,
];

describe('regexRisk', () => {
  it.each(EXPONENTIAL)('refuses %s (exponential)', (source) => {
    const reason = regexRisk(source);
    expect(reason).toMatch(/more than one way on each repeat|the same run of text|every position|split between them/);
  });

  it.each(POLYNOMIAL)('refuses %s (polynomial)', (source) => {
    expect(regexRisk(source)).toMatch(/the same run of text|every position/);
  });

  it.each(SAFE)('accepts %s', (source) => {
    expect(regexRisk(source)).toBeNull();
  });

  it('names the part of the pattern to fix', () => {
    expect(regexRisk(r`\bpt (\w+\s?)*\b`)).toMatch(/^`\\w\+` inside `\(\\w\+\\s\?\)\*` can match the same text/);
    expect(regexRisk(r`(a+)+$`)).toMatch(/^`a\+` inside `\(a\+\)\+`/);
    expect(regexRisk(r`\d+\d+x`)).toMatch(/^`\\d\+` and `\\d\+` can match the same run of text/);
    // Long bounded repeats are quoted as the pack wrote them.
    expect(regexRisk(r`[a-z]{0,1000}[a-z]{0,1000}!`)).toMatch(/^`\[a-z\]\{0,1000\}` and `\[a-z\]\{0,1000\}`/);
  });

  it('refuses back-references', () => {
    expect(regexRisk(r`(a)\1`)).toMatch(/back-reference `\\1`/);
    expect(regexRisk(r`(?<word>\w)\k<word>`)).toMatch(/back-reference `\\k<word>`/);
  });

  it('refuses unbounded repeats in lookbehinds, but allows bounded ones', () => {
    expect(regexRisk(r`(?<=\d+)x`)).toMatch(/lookbehind contains the unbounded repeat `\\d\+`/);
    expect(regexRisk(r`(?<!ab*)x`)).toMatch(/lookbehind/);
    expect(regexRisk(r`(?<=\d{1,3})x`)).toBeNull();
  });

  it('refuses very long patterns and huge repeat counts', () => {
    const long = 'a'.repeat(MAX_PATTERN_LENGTH + 1);
    expect(regexRisk(long)).toMatch(/2,001 characters long; the limit is 2,000/);
    expect(regexRisk('a'.repeat(MAX_PATTERN_LENGTH))).toBeNull();
    expect(regexRisk(r`a{1,5000}`)).toMatch(/more than 1000 repetitions/);
  });

  it('accepts long alternations of words', () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i.toString(36)}x`).join('|');
    const source = `\\b(?:${words})\\b`;
    expect(source.length).toBeLessThan(MAX_PATTERN_LENGTH);
    expect(regexRisk(source)).toBeNull(); // how fast: npm run bench
  });
});

describe('compilePattern', () => {
  it('compiles case-insensitive with the u flag when it can', () => {
    const c = compilePattern(r`\p{Lu}x`);
    expect(c.regex?.flags).toBe('iu');
    expect(c.unicode).toBe(true);
  });

  it('falls back to no u flag when only that compiles', () => {
    const c = compilePattern(r`a\-b`); // "\-" outside a class is an error with u
    expect(c.error).toBeUndefined();
    expect(c.regex?.flags).toBe('i');
    expect(c.regex?.test('A-B')).toBe(true);
  });

  it('honours caseSensitive and extra flags', () => {
    expect(compilePattern('abc', { caseSensitive: true, flags: 'g' }).regex?.flags).toBe('gu');
    expect(compilePattern('abc', { flags: 'gd' }).regex?.flags).toBe('dgiu');
  });

  it("reports the engine's message when the pattern does not compile", () => {
    expect(compilePattern('(abc').error).toMatch(/Unterminated group/);
    expect(compilePattern('a{2,1}').error).toMatch(/numbers out of order/);
  });

  it('reports a bad \\p{...} property instead of reading it as letters', () => {
    expect(compilePattern(r`\p{Letterz}`).error).toMatch(/Invalid property name/);
  });
});
