import type { Rule } from '../../packs/types';
import { compileCombination } from './combination';
import { compileDetector } from './detector';
import { compilePatternRule } from './pattern';
import { compilePhrase } from './phrase';
import { compileWords } from './words';
import type { RuleFinder } from './types';

export type { RuleFinder, RuleHit } from './types';

export function compileRule(rule: Rule): RuleFinder {
  switch (rule.type) {
    case 'words':
      return compileWords(rule);
    case 'pattern':
      return compilePatternRule(rule);
    case 'phrase':
      return compilePhrase(rule);
    case 'combination':
      return compileCombination(rule);
    case 'detector':
      return compileDetector(rule);
  }
}
