// The engine's public surface, shared by the extension, the CLI and the tests.
export { check, labelsOf, MAX_CHECKED_LENGTH, MAX_SCANNED_LENGTH, TOO_LONG_RULE_ID, type CheckOptions } from './check';
export { compilePack, type CompiledPack, type PackInput, type PackRule } from './compile';
export { createNlp, loadNlp, type Nlp } from './nlp';
export type { Category, Context, Finding, Severity, Span } from './types';
