import { CompiledMatcher } from '../matcher';
import type { WordsRule } from '../../packs/types';
import type { RuleFinder } from './types';

export function compileWords(rule: WordsRule): RuleFinder {
  const matcher = new CompiledMatcher({ words: rule.words }, rule.allow, rule.masked);
  return { needsNlp: false, find: (doc) => matcher.hits(doc) };
}
