import { detectors } from '../../detectors';
import type { DetectorRule } from '../../packs/types';
import type { RuleFinder } from './types';

export function compileDetector(rule: DetectorRule): RuleFinder {
  return detectors[rule.detector](rule.options ?? {});
}
