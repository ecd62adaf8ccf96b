// A pattern run without the u flag (faster in V8) must find exactly what it finds with it, on every draft
// it is allowed to run on.
import { describe, expect, it } from 'vitest';
import { Doc } from '../../src/engine/document';
import { digitView } from '../../src/engine/digit-view';
import { compilePattern as compileForEngine, patternHits } from '../../src/engine/matcher';
import { viewSpan } from '../../src/engine/normalise';
import { FOLDS_DIFFER, plainRegex, plainText } from '../../src/engine/plain-regex';
import { compilePattern } from '../../src/packs/pattern';
import { builtinPatterns } from './helpers';

const plain = (source: string) => plainRegex(new RegExp(source, 'giu'));

describe('plain-regex', () => {
  it('knows every character whose case-insensitive matching changes without the u flag', () => {
    // Characters can only match each other case-insensitively when upper- or lower-casing links them.
    const link = new Map<number, number>();
    const root = (x: number): number => (link.get(x) === undefined || link.get(x) === x ? x : root(link.get(x)!));
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const s = String.fromCharCode(c);
      for (const t of [s.toLowerCase(), s.toUpperCase(), s.toUpperCase().toLowerCase()]) if (t.length === 1 && t !== s) link.set(root(c), root(t.charCodeAt(0)));
    }
    const groups = new Map<number, number[]>();
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) (groups.get(root(c)) ?? groups.set(root(c), []).get(root(c))!).push(c);
    const unexplained: string[] = [];
    for (const group of groups.values()) {
      for (const a of group) {
        for (const b of group) {
          const re = (flags: string) => new RegExp(`^\\u${a.toString(16).padStart(4, '0')}$`, flags).test(String.fromCharCode(b));
          const explained = FOLDS_DIFFER.test(String.fromCharCode(a)) || FOLDS_DIFFER.test(String.fromCharCode(b));
          if (re('iu') !== re('i') && !explained) unexplained.push(`${a.toString(16)}/${b.toString(16)}`);
        }
      }
    }
    expect(unexplained).toEqual([]);
    expect(/s/iu.test('\u017f') && !/s/i.test('\u017f')).toBe(true); // the long s, for one
  });

  it.each([
    ['\\bnhs\\s?\\d{3}', true],
    ['[a-z’]+(?:ing|ed)\\b', true],
    ['(?<![\\w@])[a-z]+@', true],
    ['(?<name>ward)\\s\\k<name>', true],
    ['["“][^"”]{2,40}["”]', true],
    ['a.b\\W\\S', true],
    ['[à-ÿ]+', true],
    ['\\p{Lu}\\p{Ll}', false],
    ['\\u{1F600}', false],
    ['😀', false],
    ['[\\ue000]', false],
    ['\\u017fome', false],
    ['[\\u0100-\\u0200]', false],
  ])('%s: has a plain version: %s', (source, has) => {
    expect(plain(source) !== undefined).toBe(has);
  });

  it('writes each character outside the BMP as one stand-in, and knows where each character came from', () => {
    expect(plainText('Bed 4, Mrs Jones')).toEqual({ text: 'Bed 4, Mrs Jones' });
    expect(plainText('ſome \u212Aids')).toBeUndefined();
    const { text, toText } = plainText('a😀b👍🏽c\ud800')!;
    expect(text).toBe('a\ue000b\ue000\ue000c\ue000');
    expect([...toText!]).toEqual([0, 1, 3, 4, 6, 8, 9, 10]);
    // As with the u flag, "." reads the emoji as one character.
    expect('a😀b'.match(/a.b/u)?.[0]).toBe('a😀b');
    expect(text.match(/a.b/)?.[0]).toBe('a\ue000b');
  });

  it('most built-in patterns have a plain version', () => {
    const all = builtinPatterns();
    expect(all.filter(({ source }) => plain(source)).length).toBeGreaterThan(all.length * 0.8);
  });

  it('every built-in pattern finds with the engine what it finds with the u flag, on drafts with emoji and folding oddities', () => {
    const variants = (text: string) => [text, text.replace(/ /g, ' 😀 '), `🙂${text}👍🏽`, text.replace(/s/g, 'ſ'), text.replace(/k/gi, '\u212A'), `${text} ſ`];
    const differ: string[] = [];
    for (const { source, texts } of builtinPatterns()) {
      const long = texts.join(' 🎉 ').repeat(Math.ceil(1200 / Math.max(1, texts.join(' ').length)));
      for (const text of [...texts, long].flatMap(variants)) {
        const doc = new Doc(text, {});
        for (const view of [doc.view, digitView(doc.view)]) {
          const regex = compilePattern(source, { flags: 'g' }).regex!;
          const expected = [...view.text.matchAll(regex)].filter((m) => m[0]).map((m) => `${viewSpan(view, m.index, m.index + m[0].length).start}:${m[0]}`);
          const found = patternHits(doc, compileForEngine(source), view).map((h) => `${h.spans[0]!.start}:${h.matched}`);
          if (found.join('|') !== expected.join('|')) differ.push(`${source} on ${text.slice(0, 60)}`);
        }
      }
    }
    expect(differ).toEqual([]);
  });
});
