// Loads rules packs from disk (CLI and tests only: uses node:fs).

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { PackProblem, RulesPack } from './types';
import { validatePack, type ValidateOptions } from './validate';

export interface LoadedPack {
  file: string;
  pack: RulesPack;
}

export function loadPackFile(path: string, options: ValidateOptions = {}): { pack?: RulesPack; problems: PackProblem[] } {
  const read = readPackFile(path);
  return read.data === undefined ? { problems: read.problems } : validatePack(read.data, path, options);
}

/** Reads and parses a pack file, with clear problems for a missing file or bad JSON; no validation. */
export function readPackFile(path: string): { data?: unknown; problems: PackProblem[] } {
  const fail = (message: string) => ({ problems: [{ file: path, path: '$', message }] });
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('File not found.');
    if (code === 'EISDIR') return fail('This is a folder, not a file.');
    if (code === 'EACCES' || code === 'EPERM') return fail('The file cannot be read: permission denied.');
    return fail(`The file cannot be read: ${(e as Error).message}`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('The file is empty; a rules pack is a JSON object ({ ... }).');

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const found = findJsonError(text);
    const engine = (e as Error).message;
    const at = found?.offset ?? positionIn(engine) ?? text.length;
    const { line, column } = lineAndColumn(text, at);
    const reason = found?.message ?? engine.replace(/\s*(in JSON )?at position \d+.*$/, '').replace(/,\s*".*" is not valid JSON$/, '');
    return fail(`The file is not valid JSON: line ${line}, column ${column}: ${reason}`);
  }
  return { data, problems: [] };
}

/**
 * Loads every *.json pack in `dir` and its subfolders (sorted by path), except the
 * `schema` folder and files ending in `.schema.json`. Each file is validated on its own.
 */
export function loadPackDir(dir: string, options: ValidateOptions = {}): { packs: LoadedPack[]; problems: PackProblem[] } {
  const packs: LoadedPack[] = [];
  const problems: PackProblem[] = [];
  let files: string[];
  try {
    if (!statSync(dir).isDirectory()) return { packs, problems: [{ file: dir, path: '$', message: 'This is a file, not a folder of packs.' }] };
    files = listJson(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const message = code === 'ENOENT' ? 'Folder not found.' : `The folder cannot be read: ${(e as Error).message}`;
    return { packs, problems: [{ file: dir, path: '$', message }] };
  }
  for (const file of files) {
    const result = loadPackFile(file, options);
    problems.push(...result.problems);
    if (result.pack) packs.push({ file, pack: result.pack });
  }
  return { packs, problems };
}

function listJson(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'schema' && entry.name !== 'node_modules' && !entry.name.startsWith('.')) out.push(...listJson(full));
    } else if (entry.name.endsWith('.json') && !entry.name.endsWith('.schema.json')) {
      out.push(full);
    }
  }
  return out;
}

function positionIn(message: string): number | undefined {
  const m = /at position (\d+)/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** 1-based line and column of a UTF-16 offset. \r\n, \r and \n each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

/**
 * Finds the first JSON syntax error in `text` with a plain-English reason.
 * (JSON.parse does not always say where: "Unexpected token ']', "[1,]" is not valid JSON".)
 */
export function findJsonError(text: string): { offset: number; message: string } | undefined {
  let i = 0;
  let comma = 0;
  class Stop {
    constructor(readonly offset: number, readonly message: string) {}
  }
  const fail = (message: string, at = i): never => {
    throw new Stop(at, message);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const shown = (at: number) => (at >= text.length ? 'the end of the file' : `"${text[at]}"`);
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return object();
    if (ch === '[') return array();
    if (ch === '"') return string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    if (ch === "'") fail('Text must be in double quotes ("like this"), not single quotes.');
    if (ch === ']' || ch === '}') fail(`Expected a value but found ${shown(i)}. Is there a comma too many before it?`);
    fail(`Expected a value (text in double quotes, a number, true, false, null, a list or an object) but found ${shown(i)}.`);
  };
  const object = () => {
    i++;
    ws();
    if (text[i] === '}') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === '}') fail('There is a comma after the last entry; JSON does not allow that.', comma);
      if (text[i] !== '"') fail(`Expected a key in double quotes but found ${shown(i)}.`);
      string();
      ws();
      if (text[i] !== ':') fail(`Expected ":" after the key but found ${shown(i)}.`);
      i++;
      value();
      ws();
      if (text[i] === ',') {
        comma = i++;
        continue;
      }
      if (text[i] === '}') {
        i++;
        return;
      }
      fail(`Expected "," or "}" after the value but found ${shown(i)}. Is a comma missing?`);
    }
  };
  const array = () => {
    i++;
    ws();
    if (text[i] === ']') {
      i++;
      return;
    }
    for (;;) {
      ws();
      if (text[i] === ']') fail('There is a comma after the last entry; JSON does not allow that.', comma);
      value();
      ws();
      if (text[i] === ',') {
        comma = i++;
        continue;
      }
      if (text[i] === ']') {
        i++;
        return;
      }
      fail(`Expected "," or "]" after the value but found ${shown(i)}. Is a comma missing?`);
    }
  };
  const string = () => {
    const start = i;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return;
      }
      if (c === 92) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) fail('"\\u" must be followed by four hex digits.');
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) {
          i += 2;
        } else {
          fail(`"\\${e ?? ''}" is not a valid escape in JSON text; write "\\\\" for a backslash (regular expressions need "\\\\d", not "\\d").`);
        }
        continue;
      }
      if (c < 0x20) fail(c === 10 || c === 13 ? 'Text in double quotes cannot run over a line break; write "\\n" instead.' : 'Text contains a control character; escape it.');
      i++;
    }
    fail('This text is never closed with a double quote.', start);
  };
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail(`This is not a valid number.`);
    i += m![0].length;
  };
  try {
    value();
    ws();
    if (i < text.length) fail(`Unexpected ${shown(i)} after the end of the pack; there should be nothing after the final "}".`);
    return undefined;
  } catch (e) {
    if (e instanceof Stop) return { offset: e.offset, message: e.message };
    return undefined; // too deeply nested for this check: fall back to JSON.parse's message
  }
}
