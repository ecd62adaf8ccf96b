// A regular expression, optionally confirmed by a named validator (checksums and formats).
import { Type } from '@sinclair/typebox';
import { compilePattern, patternHits } from '../matcher';
import { validators, type ValidatorName } from '../../validators';
import { OneOf, Pattern } from '../../packs/format';
import { defineRuleType } from './types';

export const VALIDATOR_NAMES = Object.keys(validators) as ValidatorName[];

export const patternRule = defineRuleType({
  type: 'pattern',
  description: 'A regular expression, optionally confirmed by a named validator (checksums and formats).',
  fields: {
    pattern: Type.String({ ...Pattern, description: 'the regular expression to look for' }),
    caseSensitive: Type.Optional(Type.Boolean({ description: 'Case-sensitive? Default false.' })),
    validator: Type.Optional(OneOf(VALIDATOR_NAMES, 'A check the match must pass, such as the NHS number checksum.')),
  },
  compile(rule) {
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
  },
});
