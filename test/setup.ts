// Unit tests check packs from outside the extension, as the CLI and the options page do: with the
// slow-matching analysis loaded (src/packs/regex-safety.ts). test/packs/regex-safety.test.ts covers
// what happens without it.
import { loadRegexSafety } from '../src/packs/regex-safety';

await loadRegexSafety();
