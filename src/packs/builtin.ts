// The packs that ship with the extension, in the order they apply.
import confidentiality from '../../rules/nhs/confidentiality.json';
import patientDetails from '../../rules/nhs/patient-details.json';
import rudeness from '../../rules/nhs/rudeness.json';

export const BUILTIN_PACK_FILES = [
  { file: 'rules/nhs/patient-details.json', data: patientDetails as unknown },
  { file: 'rules/nhs/rudeness.json', data: rudeness as unknown },
  { file: 'rules/nhs/confidentiality.json', data: confidentiality as unknown },
];
