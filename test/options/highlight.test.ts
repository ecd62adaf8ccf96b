import { describe, expect, it } from 'vitest';
import { highlightParts } from '../../src/options/highlight';

describe('highlightParts', () => {
  it('marks each finding\'s words and keeps the text whole', () => {
    const text = 'Mrs Kowalczyk has NHS number 943 476 5919';
    const parts = highlightParts(text, [{ spans: [{ start: 0, end: 13 }] }, { spans: [{ start: 29, end: 41 }] }]);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.filter((p) => p.findings.length).map((p) => [p.text, p.findings])).toEqual([
      ['Mrs Kowalczyk', [0]],
      ['943 476 5919', [1]],
    ]);
  });

  it('splits overlapping spans so each part knows every finding on it', () => {
    const parts = highlightParts('abcdef', [{ spans: [{ start: 0, end: 4 }] }, { spans: [{ start: 2, end: 6 }] }]);
    expect(parts).toEqual([
      { text: 'ab', findings: [0] },
      { text: 'cd', findings: [0, 1] },
      { text: 'ef', findings: [1] },
    ]);
  });

  it('ignores spans outside the text and empty ones', () => {
    expect(highlightParts('abc', [{ spans: [{ start: 2, end: 9 }, { start: 1, end: 1 }] }])).toEqual([{ text: 'abc', findings: [] }]);
    expect(highlightParts('', [])).toEqual([]);
  });
});
