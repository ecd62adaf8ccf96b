// Bundled by the bench and run in a fresh process: loading the engine to its first result.
import { check, compilePack, loadNlp } from '../src/engine';
import { BUILTIN_PACK_FILES, trustBuiltinPatterns } from '../src/packs/builtin';
import { buildPackSet } from '../src/packs/pack-set';

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
