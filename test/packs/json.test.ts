import { describe, expect, it } from 'vitest';
import { lineAndColumn, parseJson } from '../../src/packs/json';

const messageOf = (text: string) => {
  const result = parseJson(text);
  expect(result.ok, text).toBe(false);
  return result.ok ? '' : result.message;
};

describe('parseJson', () => {
  it('parses valid JSON, with or without a byte order mark', () => {
    expect(parseJson('{"a": [1]}')).toEqual({ ok: true, value: { a: [1] } });
    expect(parseJson('\ufeff{"a": 1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('gives the line and column of a syntax error, in plain English', () => {
    expect(messageOf('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}\n')).toBe('line 4, column 3: Expected "," after the value but found """. Is a comma missing?');
    expect(messageOf('{\r\n  "rules": [1, 2,]\r\n}')).toBe('line 2, column 17: There is a comma after the last entry; JSON does not allow that.');
    expect(messageOf('{ "pattern": "\\d+" }')).toMatch(/^line 1, column 14: .*not a valid escape.*"\\\\d"/);
    expect(messageOf('{ "a": [1, 2')).toBe('line 1, column 13: Expected "," or "]" after the value but found the end of the file.');
    expect(messageOf("{'a':1}")).toMatch(/double quotes/);
    expect(messageOf('{\n  "id": "x",\n  oops\n}')).toMatch(/^line 3, column 3: /);
  });

  it('agrees with JSON.parse about what is valid', () => {
    for (const text of ['{}', '[]', '{"a":[1,-2.5e3,true,false,null,"x\\u00e9\\n"]}', ' 1 ', '{"a":{}}']) expect(parseJson(text).ok, text).toBe(true);
    for (const text of ['{', '{"a" 1}', '[01]', "{'a':1}", '{"a":1}}', '"\t"', 'nul', '', '{"a":1,}', '// x\n{}']) expect(parseJson(text).ok, text).toBe(false);
  });

  it('counts lines and columns from 1', () => {
    expect(lineAndColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(lineAndColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
    expect(lineAndColumn('', 0)).toEqual({ line: 1, column: 1 });
  });
});
