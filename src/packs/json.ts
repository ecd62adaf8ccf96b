// JSON.parse with a plain-English error that names the line and column (jsonc-parser finds where).
// One copy for packs, policies and settings files. No Node or browser APIs.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

/** Deeper than this, a file is refused before parsing: no real pack, policy or settings file comes close. */
export const MAX_JSON_DEPTH = 32;

export function parseJson(text: string): JsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const refused = tooDeep(source) ?? protoKey(source);
  if (refused) {
    const { line, column } = lineAndColumn(source, refused.offset);
    return { ok: false, line, column, message: `line ${line}, column ${column}: ${refused.message}` };
  }
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    // Parse again, strictly, only to say where and why.
  }
  const errors: ParseError[] = [];
  parse(source, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const { offset, message } = explain(source, errors[0]);
  const { line, column } = lineAndColumn(source, offset);
  return { ok: false, line, column, message: `line ${line}, column ${column}: ${message}` };
}

/** Where lists and objects first nest deeper than MAX_JSON_DEPTH (strings skipped), or undefined. Linear. */
function tooDeep(text: string): { offset: number; message: string } | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > MAX_JSON_DEPTH) return { offset: i, message: `Lists and objects are nested more than ${MAX_JSON_DEPTH} deep here; no Think Before You Post file needs that.` };
    } else if (c === 125 || c === 93) depth--;
  }
  return undefined;
}

/** A "__proto__" key could change what every object inherits once copied: refused, wherever it is. */
function protoKey(text: string): { offset: number; message: string } | undefined {
  const at = /"__proto__"\s*:/.exec(text);
  return at ? { offset: at.index, message: 'The key "__proto__" is not allowed.' } : undefined;
}

function explain(text: string, error: ParseError | undefined): { offset: number; message: string } {
  if (!error) return { offset: text.length, message: 'This is not valid JSON.' };
  const at = error.offset;
  const found = at >= text.length ? 'the end of the file' : `"${text[at]}"`;
  const comma = /,\s*$/.exec(text.slice(0, at));
  const trailingComma = comma && (text[at] === ']' || text[at] === '}');
  switch (printParseErrorCode(error.error)) {
    case 'ValueExpected':
    case 'PropertyNameExpected':
      if (trailingComma) return { offset: comma.index, message: 'There is a comma after the last entry; JSON does not allow that.' };
      if (text[at] === "'") return { offset: at, message: 'Text must be in double quotes ("like this"), not single quotes.' };
      return printParseErrorCode(error.error) === 'PropertyNameExpected'
        ? { offset: at, message: `Expected a key in double quotes but found ${found}.` }
        : { offset: at, message: `Expected a value (text in double quotes, a number, true, false, null, a list or an object) but found ${found}.` };
    case 'InvalidSymbol':
      if (text[at] === "'") return { offset: at, message: 'Text must be in double quotes ("like this"), not single quotes.' };
      return { offset: at, message: `Unexpected ${found}: keys and text must be in double quotes, and the only words allowed are true, false and null.` };
    case 'ColonExpected':
      return { offset: at, message: `Expected ":" after the key but found ${found}.` };
    case 'CommaExpected':
      return { offset: at, message: `Expected "," after the value but found ${found}. Is a comma missing?` };
    case 'CloseBraceExpected':
      return { offset: at, message: `Expected "," or "}" after the value but found ${found}.` };
    case 'CloseBracketExpected':
      return { offset: at, message: `Expected "," or "]" after the value but found ${found}.` };
    case 'EndOfFileExpected':
      return { offset: at, message: `Unexpected ${found} after the end; there should be nothing after the final "}".` };
    case 'InvalidEscapeCharacter':
      return { offset: at, message: 'This text has a "\\" that is not a valid escape in JSON; write "\\\\" for a backslash (regular expressions need "\\\\d", not "\\d").' };
    case 'InvalidUnicode':
      return { offset: at, message: '"\\u" must be followed by four hex digits.' };
    case 'UnexpectedEndOfString':
      return { offset: at, message: 'This text is never closed with a double quote.' };
    case 'InvalidCharacter':
      return { offset: at, message: 'Text in double quotes cannot contain a line break or control character; write "\\n" instead.' };
    case 'InvalidNumberFormat':
    case 'UnexpectedEndOfNumber':
      return { offset: at, message: 'This is not a valid number.' };
    case 'InvalidCommentToken':
    case 'UnexpectedEndOfComment':
      return { offset: at, message: 'JSON does not allow comments.' };
    default:
      return { offset: at, message: `Unexpected ${found}.` };
  }
}

/** 1-based line and column of a UTF-16 offset. \r\n, \r and \n each end a line. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
