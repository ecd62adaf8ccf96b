import { afterEach, describe, expect, it, vi } from 'vitest';
import { lineAndColumn, parseJson } from '../../src/settings/json';

describe('parseJson', () => {
  afterEach(() => vi.restoreAllMocks());

  it('parses valid JSON', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
  });

  // Each browser engine words the error its own way; all give the place.
  it.each([
    ['V8 with a position', "Unexpected token } in JSON at position 12", 'line 2, column 11: Unexpected token }'],
    ['V8 with line and column', "Expected ',' or '}' after property value in JSON at position 12 (line 2 column 4)", "line 2, column 4: Expected ',' or '}' after property value"],
    ['SpiderMonkey', "JSON.parse: expected ',' or '}' after property value in object at line 2 column 4 of the JSON data", "line 2, column 4: expected ',' or '}' after property value in object"],
    ['no place at all', 'Unexpected end of JSON input', 'line 3, column 4: Unexpected end of JSON input'],
  ])('%s', (_, message, expected) => {
    vi.spyOn(JSON, 'parse').mockImplementation(() => {
      throw new SyntaxError(message);
    });
    const result = parseJson('{\n  "a": 1 }\n  x');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe(expected);
  });

  it('line and column count from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
  });
});
