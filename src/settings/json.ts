// JSON.parse with a plain-English error that names the line and column. Pure: no browser or Node APIs.
// Engines word their errors differently; each gives a position one way or another:
//   V8 (Node 20):      Unexpected token } in JSON at position 12
//   V8 (newer):        Expected ',' or '}' after property value in JSON at position 12 (line 2 column 5)
//   SpiderMonkey:      JSON.parse: expected ',' or '}' after property value in object at line 2 column 5 of the JSON data

export type JsonResult = { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export function parseJson(text: string): JsonResult {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    let line: number | undefined;
    let column: number | undefined;
    const lc = /line (\d+) column (\d+)/.exec(raw);
    if (lc) {
      line = Number(lc[1]);
      column = Number(lc[2]);
    } else {
      const pos = /at position (\d+)/.exec(raw);
      const at = pos ? Number(pos[1]) : source.trimEnd().length; // "Unexpected end of JSON input"
      ({ line, column } = lineAndColumn(source, at));
    }
    const reason =
      raw
        .replace(/^JSON\.parse: /, '')
        .replace(/\s*(in JSON )?at position \d+.*$/s, '')
        .replace(/ at line \d+ column \d+ of the JSON data$/, '')
        .replace(/,\s*".*" is not valid JSON$/s, '')
        .trim() || 'not valid JSON';
    return { ok: false, line, column, message: `line ${line}, column ${column}: ${reason}` };
  }
}

/** 1-based line and column of a 0-based offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}
