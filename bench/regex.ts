// Pack regular expressions: the worst time of any accepted pattern on 5,000 characters of adversarial
// text, run with the u flag as the engine runs it on a draft that rules out its faster plain version
// (src/engine/plain-regex.ts), and the time to load the built-in packs (validate, check every pattern, compile).
import { BUILTIN_PACK_FILES } from '../src/packs/builtin';
import { buildPackSet } from '../src/packs/pack-set';
import { compilePattern } from '../src/packs/pattern';
import { regexRisk } from '../src/packs/safe-regex';
import { summarise, type Summary } from './stats';

/** Accepted patterns of the kinds a trust writes, beside those of the built-in packs. */
const ACCEPTED = [
  String.raw`\b(?:hosp(?:ital)?|unit|mrn)[\s.:#]*(?:(?:no|number)[\s.:#]*)?[A-Z]{0,3}\d{5,10}\b`,
  String.raw`\b\w+(?:\s+\w+)*\b`,
  String.raw`\bfoo.{0,40}bar.{0,40}baz`,
  String.raw`\b[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}\b`,
  String.raw`\bbed\s*\d+`,
];

export interface RegexResults {
  patterns: number;
  worst: { ms: number; pattern: string };
  packLoad: Summary;
}

function packPatterns(): string[] {
  const out: string[] = [];
  const visit = (value: unknown, key = ''): void => {
    if (typeof value === 'string' && (key === 'pattern' || key === 'patterns')) out.push(value);
    else if (Array.isArray(value)) value.forEach((v) => visit(v, key));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) visit(v, k);
  };
  for (const f of BUILTIN_PACK_FILES) visit(f.data);
  return out;
}

export function benchRegex(): RegexResults {
  const patterns = [...packPatterns(), ...ACCEPTED].filter((p) => regexRisk(p) === null);
  // Runs of the characters these patterns repeat, each ending in one that makes the match fail.
  const units = ['a', '1', ' ', '1 ', 'a ', 'a1', 'a.', '1-', 'ab@', 'a,', ' ,', 'hosp ', 'bed ', 'foo bar ', 'password ', 'Mr ', 'ward 4 '];
  const inputs = units.map((u) => u.repeat(Math.ceil(5_000 / u.length)).slice(0, 4_999) + '!');
  let worst = { ms: 0, pattern: '' };
  for (const pattern of patterns) {
    const regex = compilePattern(pattern, { flags: 'g' }).regex!;
    for (const input of inputs) {
      // The median of three runs: the pattern's own time, not a pause of the machine's that one run met.
      const runs = [0, 1, 2].map(() => {
        const start = performance.now();
        for (const _ of input.matchAll(regex)) void _;
        return performance.now() - start;
      });
      const ms = runs.sort((a, b) => a - b)[1]!;
      if (ms > worst.ms) worst = { ms, pattern };
    }
  }
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    buildPackSet(BUILTIN_PACK_FILES);
    loads.push(performance.now() - start);
  }
  return { patterns: patterns.length, worst, packLoad: summarise(loads) };
}
