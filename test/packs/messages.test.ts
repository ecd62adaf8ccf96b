// Every built-in finding must read as plain sentences: the rules' own message, why and suggestion,
// and what the engine composes from them for each rule's flag examples ({match} and {clues} filled in).
// Catches glued fragments ("'reg, absolute, idiot' reads as an insult"), empty or unfinished sentences
// and placeholders left unfilled.
import { describe, expect, it } from 'vitest';
import { check, compilePack, type Finding, type PackRule } from '../../src/engine';
import confidentiality from '../../rules/nhs/confidentiality.json';
import patientDetails from '../../rules/nhs/patient-details.json';
import rudeness from '../../rules/nhs/rudeness.json';
import { nlp } from '../engine/helpers';

const rules = [...patientDetails.rules, ...rudeness.rules, ...confidentiality.rules] as unknown as PackRule[];
const pack = compilePack({ rules });

/** Words a finished sentence doesn't end on (a preposition may: "the people it's aimed at."). */
const DANGLING = /\b(?:and|or|but|nor|the|a|an|your|their|our|my|because|than|whether|if|such)$/i;
/** Quote marks the packs use around a phrase from the draft. */
const QUOTED = /[“‘](.+?)[”’](?=[\s.,;:!?)]|$)/g;
/** Fields that are always shown, and the one that may be left out. */
const FIELDS = ['message', 'why', 'suggestion'] as const;

/** What is wrong with one piece of text meant as a sentence (or a few), or nothing. */
export function sentenceProblems(text: string | undefined, { optional = false } = {}): string[] {
  if (text === undefined) return optional ? [] : ['missing'];
  const t = text.trim();
  const problems: string[] = [];
  if (t.length < 3) return ['empty'];
  if (t !== text) problems.push('spaces at either end');
  if (/\s{2,}/.test(t)) problems.push('two spaces in a row');
  // A sentence may open with a phrase quoted from the draft, in the draft's own case.
  if (!/^(?:[“‘]|["'(]?[A-Z0-9])/.test(t)) problems.push('does not start with a capital letter');
  if (!/[.!?]["”’)]?$/.test(t)) problems.push('does not end a sentence (. ! or ?)');
  if (DANGLING.test(t.replace(/[.!?"”’)]+$/, ''))) problems.push('ends on a word that needs more after it');
  if (/\s[,.;:!?](?!\d)/.test(t)) problems.push('a space before punctuation');
  if (/[,;:]\s*[.!?]$/.test(t) || /,,|\.\.(?!\.)|;;/.test(t)) problems.push('doubled or dangling punctuation');
  if (/\{\w*\}/.test(t)) problems.push('a placeholder left unfilled');
  if (/(?:^|\s)(?:undefined|null|NaN|\[object Object\])(?:\s|$|[.,])/.test(t)) problems.push('a value that was never filled in');
  if (/\(\s*\)|“\s*”|‘\s*’/.test(t)) problems.push('empty brackets or quotes');
  if (/\b(\w{2,}) \1\b/i.test(t)) problems.push('a word repeated');
  const opens = (t.match(/“/g) ?? []).length;
  if (opens !== (t.match(/”/g) ?? []).length) problems.push('unbalanced quotation marks');
  if ((t.match(/\(/g) ?? []).length !== (t.match(/\)/g) ?? []).length) problems.push('unbalanced brackets');
  return problems;
}

const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ');

/**
 * A phrase quoted from the draft must be words the draft says, in that order: the whole stretch, or
 * its parts joined with an ellipsis. A list of separate words glued with commas is not.
 */
function quoteProblems(text: string, draft: string, template: string): string[] {
  const problems: string[] = [];
  for (const [, quoted] of text.matchAll(QUOTED)) {
    if (squash(template).includes(squash(quoted!))) continue; // the rule's own quotation, not the draft's
    const parts = quoted!.split(' … ');
    for (const part of parts) {
      if (!squash(draft).includes(squash(part))) problems.push(`quotes “${quoted}”, which is not a stretch of the draft`);
    }
  }
  return problems;
}

/** Combination clue names are read inside a sentence: each must be a short phrase, not a fragment. */
function clueProblems(finding: Finding): string[] {
  return (finding.clues ?? []).flatMap((name) =>
    /^[a-z@][a-z0-9@' ’-]*$/i.test(name) && name.trim() === name && name.split(' ').length <= 8 ? [] : [`clue name “${name}” does not read as a phrase`],
  );
}

describe('built-in messages read as sentences', () => {
  it('has rules to walk', () => {
    expect(rules.length).toBeGreaterThan(50);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: its message, why and suggestion', (_id, rule) => {
    const problems = FIELDS.flatMap((field) =>
      sentenceProblems(rule[field]?.replace(/\{match\}/g, 'Word').replace(/\{clues\}/g, 'a clue + another clue'), { optional: field === 'suggestion' }).map((p) => `${field}: ${p}`),
    );
    expect(problems).toEqual([]);
  });

  it.each(rules.map((r) => [r.id, r] as const))('%s: what the engine says for its own flag examples', (_id, rule) => {
    const problems: string[] = [];
    for (const draft of rule.examples.flag) {
      for (const finding of check(draft, {}, pack, { nlp })) {
        const source = rules.find((r) => r.id === finding.ruleId);
        for (const field of FIELDS) {
          const text = finding[field];
          const where = `${finding.ruleId} ${field} for “${draft}”`;
          for (const p of sentenceProblems(text, { optional: field === 'suggestion' })) problems.push(`${where}: ${p}`);
          if (text && source?.[field]) for (const p of quoteProblems(text, draft, source[field]!)) problems.push(`${where}: ${p}`);
        }
        for (const p of clueProblems(finding)) problems.push(`${finding.ruleId}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('built-in rules speak Welsh too', () => {
  const placeholders = (text: string | undefined) => [...(text ?? '').matchAll(/\{\w+\}/g)].map((m) => m[0]).sort();

  it.each(rules.map((r) => [r.id, r] as const))('%s: a Welsh title, message, why and suggestion (where it has one in English), read as sentences', (_id, rule) => {
    const welsh = rule.translations?.cy;
    const problems: string[] = [];
    for (const field of ['title', ...FIELDS] as const) {
      if (rule[field] === undefined) continue;
      const text = welsh?.[field];
      if (text === undefined) {
        problems.push(`${field}: no Welsh`);
        continue;
      }
      if (text === rule[field]) problems.push(`${field}: the Welsh is the English`);
      // The same {match} and {clues} as the English, so the Welsh quotes the same words.
      if (placeholders(text).join() !== placeholders(rule[field]).join()) problems.push(`${field}: placeholders ${placeholders(text).join()} in Welsh, ${placeholders(rule[field]).join()} in English`);
      if (field !== 'title') for (const p of sentenceProblems(text.replace(/\{match\}/g, 'Gair').replace(/\{clues\}/g, 'cliw + cliw arall'))) problems.push(`${field}: ${p}`);
    }
    expect(problems).toEqual([]);
  });

  it('what the engine says in Welsh for each rule\'s flag examples fills the placeholders', () => {
    const problems: string[] = [];
    for (const rule of rules) {
      for (const finding of check(rule.examples.flag[0]!, {}, pack, { nlp })) {
        for (const field of FIELDS) for (const p of sentenceProblems(finding.translations?.cy?.[field], { optional: true })) problems.push(`${finding.ruleId} ${field}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the engine's own findings read as sentences", () => {
  it('the too-long notice and an organisation\'s deny-list finding', () => {
    const long = check('word '.repeat(300_000 / 5), {}, pack);
    const deny = check('Project Osprey starts Monday', {}, compilePack({ rules: [], deny: [{ term: 'Project Osprey' }] }));
    const findings = [...long, ...deny];
    expect(findings.map((f) => f.ruleId)).toEqual(['draft.too-long', 'vocabulary.deny']);
    for (const f of findings) for (const field of FIELDS) expect(sentenceProblems(f[field], { optional: field === 'suggestion' }), `${f.ruleId} ${field}`).toEqual([]);
    // In Welsh too (the deny-list finding has no Welsh suggestion because it has no English one).
    for (const f of findings) for (const field of FIELDS) expect(sentenceProblems(f.translations?.cy?.[field], { optional: field === 'suggestion' }), `${f.ruleId} ${field} in Welsh`).toEqual([]);
  });
});

describe('the sentence checks themselves', () => {
  it('catch a glued list of words, a fragment and a placeholder', () => {
    const template = '“{match}” reads as an insult.';
    expect(quoteProblems('“reg, absolute, idiot” reads as an insult.', 'the reg is an absolute idiot', template)).toHaveLength(1);
    expect(quoteProblems('“reg is an absolute idiot” reads as an insult.', 'the reg is an absolute  idiot', template)).toEqual([]);
    expect(quoteProblems('“reg … idiot” reads as an insult.', 'the reg is an absolute idiot', template)).toEqual([]);
    expect(sentenceProblems('')).toEqual(['empty']);
    expect(sentenceProblems(undefined)).toEqual(['missing']);
    expect(sentenceProblems(undefined, { optional: true })).toEqual([]);
    expect(sentenceProblems('Report it to your manager and')).toEqual(expect.arrayContaining(['does not end a sentence (. ! or ?)']));
    expect(sentenceProblems('Report it to your manager and.')).toEqual(['ends on a word that needs more after it']);
    expect(sentenceProblems('This shares {clues}.')).toEqual(['a placeholder left unfilled']);
    expect(sentenceProblems('this is lower case.')).toEqual(['does not start with a capital letter']);
    expect(sentenceProblems('Saw “x” (a place + a time).')).toEqual([]);
    expect(sentenceProblems('Take it out, and ask IT to change it: once posted, it should be treated as known.')).toEqual([]);
  });
});
