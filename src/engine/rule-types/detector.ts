// A detector built into the engine, for what data alone can't express. Each detector declares the
// schema of its options (src/detectors/), so a pack with bad options fails validation.
import { Type } from '@sinclair/typebox';
import { detectors, DETECTOR_NAMES, type DetectorName } from '../../detectors';
import { OneOf } from '../../packs/format';
import { schemaProblems } from '../../packs/problems';
import { defineRuleType } from './types';

export const detectorRule = defineRuleType({
  type: 'detector',
  description: 'A detector built into the engine, for what data alone cannot express.',
  fields: {
    detector: OneOf(DETECTOR_NAMES, `the built-in detector to run: ${DETECTOR_NAMES.join(', ')}`),
    options: Type.Optional(Type.Unknown({ description: "The detector's options; each detector has its own." })),
  },
  // For editors: the options that go with each detector.
  publish: {
    allOf: DETECTOR_NAMES.map((name) => ({
      if: { properties: { detector: { const: name } }, required: ['detector'] },
      then: { properties: { options: detectors[name].options } },
    })),
  },
  check(rule, report) {
    const { options } = detectors[rule.detector as DetectorName];
    for (const p of schemaProblems(options, rule.options ?? {})) report(`.options${p.path.slice(1)}`, p.message);
  },
  compile(rule) {
    const detector = detectors[rule.detector as DetectorName];
    return detector.create((rule.options ?? {}) as never);
  },
});
