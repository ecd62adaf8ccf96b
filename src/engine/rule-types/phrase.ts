// A phrase in compromise's match syntax ("#Person (was|is) on ward").
import { Text } from '../../packs/format';
import { defineRuleType } from './types';

const CLOSERS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

/** Why compromise should not be given this match, or undefined. */
export function phraseProblem(match: string): string | undefined {
  // compromise runs /.../ as a backtracking regular expression, unchecked: use a "pattern" rule.
  if (/(?:^|[\s(|[])\//.test(match)) {
    return 'The phrase contains a regular expression (/.../). Phrase rules cannot use them, because they are not checked for slow matching; use a "pattern" rule instead.';
  }
  const stack: string[] = [];
  for (const ch of match) {
    if (ch === '(' || ch === '[' || ch === '{') stack.push(ch);
    else if (ch in CLOSERS && stack.pop() !== CLOSERS[ch]) return `The phrase has an unmatched "${ch}".`;
  }
  return stack.length ? `The phrase has an unclosed "${stack[stack.length - 1]}".` : undefined;
}

export const phraseRule = defineRuleType({
  type: 'phrase',
  description: 'A phrase in compromise match syntax ("#Person (was|is) on ward"). No /regular expressions/.',
  fields: { match: Text('the phrase to look for, in compromise match syntax') },
  check(rule, report) {
    const problem = phraseProblem(rule.match);
    if (problem) report('.match', problem);
  },
  compile(rule) {
    return {
      needsNlp: true,
      find(doc) {
        if (!doc.nlp) return [];
        return doc.nlp.match(doc.view.text, rule.match).map((s) => {
          const span = doc.span(s.start, s.end);
          const [first, last] = doc.tokenRange(span);
          return { spans: [span], first, last };
        });
      },
    };
  },
});
