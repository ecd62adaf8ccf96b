import { describe, expect, it } from 'vitest';
import { cleanView, oneSpaceBetweenWords, viewSpan } from '../../src/engine/normalise';
import { digitView } from '../../src/engine/digit-view';
import { Doc } from '../../src/engine/document';
import { compilePattern as compileForEngine, patternHits } from '../../src/engine/matcher';
import { matchStarts, requiredText, TextGrams } from '../../src/engine/required-text';
import { compilePattern } from '../../src/packs/pattern';
import { builtinPatterns } from './helpers';

describe('requiredText', () => {
  it.each([
    ['\\bdatix(?:es)?\\s{0,2}(?:#|no\\.?)', [['datix']]],
    ['abc|de', [['abc', 'de']]],
    ['(?:A|b)c', [['ac', 'bc']]],
    ['[ab]cd', [['acd', 'bcd']]],
    ['(?<!x)hello(?=!)', [['hello']]],
    ['p\\/w', [['p/w']]],
    ['(?:user|login)\\s+(?:pass|pw)', [['user', 'login'], ['pass', 'pw']]],
    ['\\p{L}+ing', [['ing']]],
    ['[^a]bc', [['bc']]],
    ['abc+d', [['ab']]],
    ['(?:the|a) (?:dog|cat)\\s+(?:better than|more than)', [['better than', 'more than'], ['the dog', 'the cat', 'a dog', 'a cat']]],
    ['my\\s+(?:nan|gran)|gran(?:ny|dad)', [['nan', 'gran', 'granny', 'grandad']]],
  ])('reads what every match of %s contains', (source, expected) => {
    expect(requiredText(source)).toEqual(expected);
  });

  it.each([
    ['\\d{10}', 'nothing but a class'],
    ['a?b', 'one character is in nearly every draft'],
    ['(?:abc|\\d)', 'one alternative needs nothing'],
    ['abc{', 'a literal "{" (without the u flag) is not read'],
    ['(?:abc)?', 'an optional part needs nothing'],
  ])('gives nothing for %s (%s)', (source) => {
    expect(requiredText(source)).toBeUndefined();
  });

  it.each([
    ['\\bdatix(?:es)?', ['datix']],
    ['(?<![\\w@])(?:mr|mrs)\\.?\\s[a-z]+', ['mr', 'mrs']],
    ['\\b(?:how|shall (?:we|i)) ', ['how ', 'shall we ', 'shall i ']],
    ['(?:the|a)+ dog', ['the', 'a']],
    ['[ab]+c', ['a', 'b']],
    ['\\b\\d{1,2}:\\d{2}', [...'0123456789']],
    // An optional part first: the match begins with it or with what follows.
    ['a?bc', ['a', 'bc']],
    ['(?:abc)?d', ['abc', 'd']],
    ['\\b(?:i |we )?(?:need|want)s? help', ['i ', 'we ', 'need', 'want']],
    ['(?<=^|[.!?] ?)(?:a |what a )?miracle cure\\b', ['a ', 'what a ', 'miracle cure']],
    ['(?:the )?(?:old )?cat', ['the ', 'old ', 'cat']],
  ])('knows every match of %s begins with one of %j', (source, expected) => {
    expect(matchStarts(source)?.strings).toEqual(expected);
  });

  it.each([
    ['\\bdatix', true],
    ['(?<!x)\\b(?:how|why)\\b', true],
    ['\\b(?:a|m)\\d', true],
    ['\\bnot|never', false],
    ['(?<![\\d.])\\d{10}', false],
    ['x\\b', false],
    ['\\b(?:i |we )?need', true],
    ['(?:a )?\\bcat', false],
  ])('knows whether every match of %s begins at \\b: %s', (source, expected) => {
    expect(matchStarts(source)?.atWordStart).toBe(expected);
  });

  it.each([['(?:^|[.!?]\\s+)my'], ['\\w+ years'], ['(?:x|)\\s'], ['(?:[a-z]+ )?cat'], ['(?:the )?\\w+'], ['(?:the )?']])('knows no beginning for %s', (source) => {
    expect(matchStarts(source)).toBeUndefined();
  });

  it("does not read an escape's own letters and digits as text", () => {
    expect(requiredText('\\x41bc')).toEqual([['bc']]);
    expect(requiredText('\\u{1F595}xyz')).toEqual([['xyz']]);
    expect(requiredText('(a)\\1xyz')).toEqual([['xyz']]);
  });

  it('on a long text, rules a string out exactly when one of its stretches is not in it', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const letters = 'abcdefghijklmnopqrstuvwxyz ';
    const text = Array.from({ length: 6000 }, () => letters[Math.floor(random() * letters.length)]).join('');
    const grams = new TextGrams(text);
    const stretches = new Set(Array.from({ length: text.length - 2 }, (_, i) => text.slice(i, i + 3)));
    for (let n = 0; n < 3000; n++) {
      const s = Array.from({ length: 3 + (n % 4) }, () => letters[Math.floor(random() * letters.length)]).join('');
      const allThere = Array.from({ length: s.length - 2 }, (_, i) => s.slice(i, i + 3)).every((t) => stretches.has(t));
      expect(grams.mayContain(s)).toBe(allThere);
      if (text.includes(s)) expect(allThere).toBe(true);
      else if (s.length === 3) expect(allThere).toBe(false);
    }
  });

  it('rules a string out only when it is not in the text, folded as a case-insensitive pattern does', () => {
    const grams = new TextGrams('See DATIX ref, ſome \u212Aids’ notes 😀');
    for (const s of ['datix', 'see', 'ref, ', 'some', 'kids', 'no', 's ']) expect(grams.mayContain(s)).toBe(true);
    for (const s of ['data', 'datum', 'xyz', 'zz']) expect(grams.mayContain(s)).toBe(false);
    expect(/some kids/iu.test('ſome \u212Aids')).toBe(true);
  });


  it('never rules out a match: every built-in pattern on every example of its rule', () => {
    const all = builtinPatterns();
    expect(all.length).toBeGreaterThan(100);
    const missed: string[] = [];
    for (const { source, texts } of all) {
      const required = requiredText(source);
      if (!required) continue;
      const regex = compilePattern(source, { flags: 'g' }).regex!;
      for (const text of texts) {
        const view = oneSpaceBetweenWords(cleanView(text));
        for (const seen of [view.text, digitView(view).text]) {
          regex.lastIndex = 0;
          const grams = new TextGrams(seen);
          const mayMatch = required.every((set) => set.some((s) => grams.mayContain(s)));
          if (regex.test(seen) && !mayMatch) missed.push(`${source} on ${seen}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it.each([
    ['\\b(?:a|m)\\d', false],
    ['\\b(?:a|m)\\d', true],
    ['\\bsome\\b', false],
    ['\\bkids?\\b', true],
    ["\\b(?:'tis|it's)", false],
  ])('finds on a long draft what %s (case-sensitive: %s) finds, long s and Kelvin sign included', (source, caseSensitive) => {
    const text = 'ſa1 \u212Aa2 _a3 a4 Xm5 m6 ſome some Some \u212Aids kids KIDS \u212A\u212Aids it\'s x\'tis. '.repeat(30);
    const doc = new Doc(text, {});
    const regex = compilePattern(source, { caseSensitive, flags: 'g' }).regex!;
    const expected = [...doc.view.text.matchAll(regex)].map((m) => `${viewSpan(doc.view, m.index, m.index + m[0].length).start}:${m[0]}`);
    expect(expected.length).toBeGreaterThan(0);
    expect(patternHits(doc, compileForEngine(source, caseSensitive)).map((h) => `${h.spans[0]!.start}:${h.matched}`)).toEqual(expected);
  });

  it('finds on a short draft exactly the matches the pattern finds (patterns ruled out by what they need included)', () => {
    const differ: string[] = [];
    for (const { source, texts } of builtinPatterns()) {
      const pattern = compileForEngine(source);
      for (const text of texts) {
        const doc = new Doc(text, {});
        for (const view of [doc.view, digitView(doc.view)]) {
          const regex = compilePattern(source, { flags: 'g' }).regex!;
          const expected = [...view.text.matchAll(regex)].filter((m) => m[0]).map((m) => `${viewSpan(view, m.index, m.index + m[0].length).start}:${m[0]}`);
          const found = patternHits(doc, pattern, view).map((h) => `${h.spans[0]!.start}:${h.matched}`);
          if (found.join('|') !== expected.join('|')) differ.push(`${source} on ${text}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });

  it('finds on a long draft exactly the matches the pattern finds run over all of it', () => {
    const all = builtinPatterns();
    const differ: string[] = [];
    for (const { source, texts } of all) {
      let long = '';
      for (let i = 0; long.length < 1500; i++) long += texts[i % texts.length] + (i % 3 ? ' ' : '\n');
      const doc = new Doc(long, {});
      const pattern = compileForEngine(source);
      for (const view of [doc.view, digitView(doc.view)]) {
        const regex = compilePattern(source, { flags: 'g' }).regex!;
        const expected = [...view.text.matchAll(regex)].filter((m) => m[0]).map((m) => `${viewSpan(view, m.index, m.index + m[0].length).start}:${m[0]}`);
        const found = patternHits(doc, pattern, view).map((h) => `${h.spans[0]!.start}:${h.matched}`);
        if (found.join('|') !== expected.join('|')) differ.push(source);
      }
    }
    expect(differ).toEqual([]);
  });
});
