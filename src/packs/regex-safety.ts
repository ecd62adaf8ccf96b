// Whether a pack's regular expression could match slowly: scslre's analysis (safe-regex.ts), loaded
// on first need. It is about 230 KB gzip, and only packs from outside the extension need it (a trust's
// packs, the refresh URL's pack, a person's imports): the built-in packs' patterns are analysed by the
// tests before they ship (test/packs/safe-regex.test.ts), so the extension may take them as checked.
//
// Fail closed: a pattern that is neither known nor analysed is refused, with a message saying so. A
// path that forgets to call loadRegexSafety() therefore refuses packs; it never lets a slow one through.
// No Node or browser APIs.

export type RegexRisk = (source: string) => string | null;

let analyse: RegexRisk | undefined;
let loading: Promise<void> | undefined;
const checkedAlready = new Set<string>();

/** Loads the analysis (once). Await it before checking packs from outside the extension. */
export function loadRegexSafety(): Promise<void> {
  loading ??= import('./safe-regex').then((m) => {
    analyse = m.regexRisk;
  });
  return loading;
}

/** Patterns analysed before they shipped (the built-in packs'): taken as safe without the analysis. */
export function trustPatterns(sources: Iterable<string>): void {
  for (const source of sources) checkedAlready.add(source);
}

/** For tests: use this analysis (undefined: as if it were not loaded). */
export function useRegexRisk(risk: RegexRisk | undefined): void {
  analyse = risk;
  loading = risk ? Promise.resolve() : undefined;
}

export const NOT_ANALYSED = 'This regular expression could not be checked for slow matching here (the check was not loaded), so it is not used.';

/** A reason `source` could match slowly, NOT_ANALYSED when the analysis is not loaded, or null when it is safe. */
export function regexRisk(source: string): string | null {
  if (checkedAlready.has(source)) return null;
  return analyse ? analyse(source) : NOT_ANALYSED;
}

/** Every regular expression in a pack's JSON (the values of "pattern" and the entries of "patterns"), for trustPatterns. */
export function patternsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(patternsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, item]) => {
    if (key === 'pattern' && typeof item === 'string') return [item];
    if (key === 'patterns' && Array.isArray(item)) return item.filter((p): p is string => typeof p === 'string');
    return patternsIn(item);
  });
}
