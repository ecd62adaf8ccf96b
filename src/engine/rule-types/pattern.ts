// A regular expression, optionally confirmed by a named validator (checksums and formats).
import { Type } from '@sinclair/typebox';
import { digitView } from '../digit-view';
import { compilePattern, patternHits } from '../matcher';
import { validators, type ValidatorName } from '../../validators';
import { OneOf, Pattern } from '../../packs/format';
import { defineRuleType } from './types';

export const VALIDATOR_NAMES = Object.keys(validators) as ValidatorName[];

/** Validators of ten-digit health identifiers: their patterns run on the digit view (look-alikes and odd separators folded). */
const IDENTIFIER_VALIDATORS = new Set<ValidatorName>(['nhs-number', 'chi-number', 'hc-number']);

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
    const readsDigits = rule.validator !== undefined && IDENTIFIER_VALIDATORS.has(rule.validator);
    return {
      needsNlp: false,
      find(doc) {
        const view = readsDigits ? doc.memo(digitView, () => digitView(doc.view)) : doc.view;
        const hits = patternHits(doc, regex, view).map(({ matched, ...hit }) => ({ hit, matched }));
        if (!validate) return hits.map((h) => h.hit);
        // The validator sees the normalised match (folded digits, no invisible characters), as the pattern did.
        return hits.flatMap(({ hit, matched }) => {
          const result = validate(matched);
          return result.valid ? [{ ...hit, confidence: result.confidence }] : [];
        });
      },
    };
  },
});
