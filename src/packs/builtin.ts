// The packs that ship with the extension, in the order they apply, as sources for buildPackSet.
import confidentiality from '../../rules/nhs/confidentiality.json';
import patientDetails from '../../rules/nhs/patient-details.json';
import rudeness from '../../rules/nhs/rudeness.json';
import type { PackSource } from './pack-set';
import { patternsIn, trustPatterns } from './regex-safety';

export const BUILTIN_PACK_FILES: ReadonlyArray<PackSource & { data: unknown }> = [
  { file: 'rules/nhs/patient-details.json', data: patientDetails, origin: 'built-in' },
  { file: 'rules/nhs/rudeness.json', data: rudeness, origin: 'built-in' },
  { file: 'rules/nhs/confidentiality.json', data: confidentiality, origin: 'built-in' },
];

/**
 * The extension takes the built-in packs' patterns as checked for slow matching: the tests analyse
 * every one of them before they ship (test/packs/safe-regex.test.ts). The CLI does not: it analyses
 * every pattern it validates.
 */
export function trustBuiltinPatterns(): void {
  trustPatterns(patternsIn(BUILTIN_PACK_FILES.map((f) => f.data)));
}
