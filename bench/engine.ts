// Engine timings in Node: warm per-post times, long drafts, obscenity as the reference, heap stability.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import nlpLibrary from 'compromise';
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from 'obscenity';
import { summarise, type Summary } from './stats';
import { corpusPosts, draftOfLength } from './texts';

export interface EngineResults {
  corpus: Summary;
  lengths: Record<'280' | '1000' | '5000', Summary>;
  obscenity: { corpus: Summary; totalMs: number };
  ours: { totalMs: number };
  ratioToObscenity: number;
  heap: { after10: number; after1000: number; growth: number };
}

function time(run: () => void, times: number): number[] {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return samples;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times the engine bundled as shipped (bundle folder from buildShippedEngine). */
export async function benchEngine(outDir: string, rounds = 5): Promise<EngineResults> {
  const engine: typeof import('./shipped-engine') = await import(pathToFileURL(join(outDir, 'engine.js')).href);
  const { check, compilePack, createNlp, buildPackSet, BUILTIN_PACK_FILES } = engine;
  engine.trustBuiltinPatterns(); // as the extension does
  const pack = compilePack(buildPackSet(BUILTIN_PACK_FILES).resolved);
  const nlp = createNlp(nlpLibrary as never);
  const ours = (text: string) => check(text, {}, pack, { nlp });
  const obscenity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const theirs = (text: string) => obscenity.getAllMatches(text);
  const posts = corpusPosts();

  // Warm both up on every text first.
  for (let r = 0; r < 3; r++) for (const p of posts) (ours(p), theirs(p));

  const oursSamples: number[] = [];
  const theirSamples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const p of posts) {
      oursSamples.push(...time(() => ours(p), 1));
      theirSamples.push(...time(() => theirs(p), 1));
    }
  }
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  const lengths = {} as EngineResults['lengths'];
  for (const n of [280, 1000, 5000] as const) {
    const drafts = Array.from({ length: 20 }, (_, i) => draftOfLength(posts, n, i * 7));
    for (const d of drafts) ours(d);
    lengths[String(n) as '280'] = summarise(drafts.flatMap((d) => time(() => ours(d), 3)));
  }

  gc();
  const base = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10; i++) ours(posts[i % posts.length]);
  gc();
  const after10 = process.memoryUsage().heapUsed - base;
  for (let i = 0; i < 1000; i++) ours(posts[i % posts.length]);
  gc();
  const after1000 = process.memoryUsage().heapUsed - base;

  return {
    corpus: summarise(oursSamples),
    lengths,
    obscenity: { corpus: summarise(theirSamples), totalMs: sum(theirSamples) },
    ours: { totalMs: sum(oursSamples) },
    ratioToObscenity: sum(oursSamples) / sum(theirSamples),
    heap: { after10, after1000, growth: after1000 - after10 },
  };
}
