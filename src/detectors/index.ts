// Built-in detectors: for what a pack's data alone can't express. One per file; each declares the
// TypeBox schema of its options, which validation checks and the JSON Schema publishes.
import type { Static, TSchema } from '@sinclair/typebox';
import type { RuleFinder } from '../engine/rule-types/types';
import { patientName, PatientNameOptions } from './patient-name';

export interface Detector<S extends TSchema = TSchema> {
  options: S;
  create(options: Static<S>): RuleFinder;
}

const detector = <S extends TSchema>(options: S, create: (options: Static<S>) => RuleFinder): Detector<S> => ({ options, create });

export const detectors = {
  'patient-name': detector(PatientNameOptions, patientName),
} satisfies Record<string, Detector>;

export type DetectorName = keyof typeof detectors;
export const DETECTOR_NAMES = Object.keys(detectors) as DetectorName[];
