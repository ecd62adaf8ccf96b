// How a pack's regular expression is compiled, by validation and by the engine alike. Light: the
// engine imports it; the slow-matching analysis lives in safe-regex.ts.

export type CompiledPattern = { regex: RegExp; unicode: boolean; error?: undefined };
export type PatternError = { regex?: undefined; unicode?: undefined; error: string };

/**
 * Compiles a pack pattern the way the engine uses it: case-insensitive unless
 * `caseSensitive`, with the `u` flag when the pattern compiles with it, and without it
 * otherwise. `flags` adds more flags (such as 'g' or 'd'). On failure, `error` is the
 * JavaScript engine's own message.
 */
export function compilePattern(source: string, options: { caseSensitive?: boolean; flags?: string } = {}): CompiledPattern | PatternError {
  const base = (options.caseSensitive ? '' : 'i') + (options.flags ?? '').replace(/[iuv]/g, '');
  let unicodeError: string;
  try {
    return { regex: new RegExp(source, base + 'u'), unicode: true };
  } catch (e) {
    unicodeError = (e as Error).message;
  }
  // Without `u`, \p{...} silently means the letters "p{...}": report the real mistake.
  if (/\\[pP]\{/.test(source)) return { error: unicodeError };
  try {
    return { regex: new RegExp(source, base), unicode: false };
  } catch (e) {
    return { error: (e as Error).message };
  }
}
