import { compilePattern, patternHits } from '../matcher';
import { validators } from '../../validators';
import type { PatternRule } from '../../packs/types';
import type { RuleFinder } from './types';

export function compilePatternRule(rule: PatternRule): RuleFinder {
  const regex = compilePattern(rule.pattern, rule.caseSensitive);
  const validate = rule.validator ? validators[rule.validator] : undefined;
  return {
    needsNlp: false,
    find(doc) {
      const hits = patternHits(doc, regex);
      if (!validate) return hits;
      return hits.flatMap((h) => {
        const result = validate(doc.text.slice(h.spans[0].start, h.spans[0].end));
        return result.valid ? [{ ...h, confidence: result.confidence }] : [];
      });
    },
  };
}
