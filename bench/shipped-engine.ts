// The engine as the extension ships it (bundled and minified by Vite), for the warm and cold timings:
// timing the TypeScript sources through tsx would time tsx's additions (it keeps every function's name).
import { check, compilePack, createNlp, loadNlp } from '../src/engine';
import { BUILTIN_PACK_FILES, trustBuiltinPatterns } from '../src/packs/builtin';
import { buildPackSet } from '../src/packs/pack-set';

export { check, compilePack, createNlp, buildPackSet, BUILTIN_PACK_FILES, trustBuiltinPatterns };

/** Run in a fresh process: loading the engine to its first result. */
export async function coldRun(text: string, started: number) {
  const nlpLoading = loadNlp(); // compromise loads alongside; cheap rules answer first
  trustBuiltinPatterns(); // as the extension does (src/store)
  const pack = compilePack(buildPackSet(BUILTIN_PACK_FILES).resolved);
  const first = check(text, {}, pack);
  const firstResult = performance.now() - started;
  const nlp = await nlpLoading;
  const complete = check(text, {}, pack, { nlp });
  return { firstResult, complete: performance.now() - started, findings: [first.length, complete.length] };
}
