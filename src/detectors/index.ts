// Built-in detectors: for what a pack's data alone can't express. One per file.
import type { RuleFinder } from '../engine/rule-types/types';
import type { DetectorName } from '../packs/types';
import { patientName } from './patient-name';

export const detectors: Record<DetectorName, (options: Record<string, unknown>) => RuleFinder> = {
  'patient-name': patientName,
};
