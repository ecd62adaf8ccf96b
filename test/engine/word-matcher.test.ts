import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/engine/normalise';
import { tokenizeEntry, WordMatcher } from '../../src/engine/word-matcher';
import { BUILTIN_PACK_FILES } from '../../src/packs/builtin';

const find = (entries: string[], text: string, opts: { allow?: string[]; masked?: boolean } = {}) => {
  const tokens = tokenize(text);
  return new WordMatcher(entries, opts.allow, opts.masked).find(tokens).map((h) => text.slice(tokens[h.first].start, tokens[h.last].end));
};

describe('WordMatcher', () => {
  it('matches whole tokens only, so place names and innocent words never match', () => {
    expect(find(['cunt', 'cock', 'ass'], 'Scunthorpe, a cocktail, an assassin and an assessment')).toEqual([]);
  });

  it.each([
    ['fuuuuck off', 'fuuuuck'],
    ['sh1t rota', 'sh1t'],
    ['absolute b@stard', 'b@stard'],
    ['f u c k this', 'f u c k'],
    ['F.U.C.K. the rota', 'F.U.C.K'],
    ['a total kn0bhead', 'kn0bhead'],
  ])('sees through disguises: %s', (text, expected) => {
    expect(find(['fuck', 'shit', 'bastard', 'knobhead'], text)).toEqual([expected]);
  });

  it('squeezes repeated letters only when the draft repeated them, so "as" is never "ass"', () => {
    expect(find(['ass'], 'as soon as possible')).toEqual([]);
    expect(find(['ass'], 'what an aaaass')).toEqual(['aaaass']);
  });

  it('matches a stem with * and phrases across punctuation', () => {
    expect(find(['fuck*'], 'fucking hell, fuckwit')).toEqual(['fucking', 'fuckwit']);
    expect(find(['bed blocker'], 'another bed-blocker on the ward')).toEqual(['bed-blocker']);
  });

  it('unmasks f*ck-style words only when asked', () => {
    expect(find(['fuck*'], 'f***ing useless', { masked: true })).toEqual(['f***ing']);
    expect(find(['fiddling'], 'f***ing useless', { masked: false })).toEqual([]);
    expect(find(['cunt*'], 'overpaid c*nts', { masked: true })).toEqual(['c*nts']);
  });

  it('compares possessives with the word itself', () => {
    expect(find(['matron'], "Matron's a cow")).toEqual(["Matron's"]);
  });

  it('honours its allow-list', () => {
    expect(find(['twat'], 'Twatt is in Orkney', { allow: ['twatt'] })).toEqual([]);
  });
});

describe('list entries', () => {
  /** Every "words" list in a pack, however deep (clues, near, unless, detector options). */
  function wordLists(node: unknown, out: string[] = []): string[] {
    if (Array.isArray(node)) node.forEach((n) => wordLists(n, out));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'words' && Array.isArray(value)) out.push(...value.filter((v): v is string => typeof v === 'string'));
        else if (key !== 'examples') wordLists(value, out);
      }
    }
    return out;
  }

  it('reads a plain entry exactly as the tokenizer does, for every entry of the built-in packs', () => {
    const entries = [...new Set(BUILTIN_PACK_FILES.flatMap((f) => wordLists(f.data)))];
    expect(entries.length).toBeGreaterThan(1000);
    const read = (entry: string) => tokenizeEntry(entry).map((w) => w.key + (w.prefix ? '*' : '')).join(' ');
    const tokenized = (entry: string) => tokenize(entry).map((t) => t.text.toLowerCase().replace(/\*+$/, '*')).join(' ');
    expect(entries.filter((entry) => read(entry) !== tokenized(entry))).toEqual([]);
  });
});
