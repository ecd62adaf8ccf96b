// Cold start: bundle the engine with Vite as the extension ships it, then time fresh Node processes.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { summarise, type Summary } from './stats';

export interface ColdResults {
  firstResult: Summary;
  complete: Summary;
}

/** Bundles bench/shipped-engine.ts as the extension ships the engine; returns the bundle's folder. */
export async function buildShippedEngine(): Promise<string> {
  // Inside the project, so the bundle finds compromise in node_modules.
  const outDir = resolve(import.meta.dirname, '../node_modules/.cache/tbyp-bench-engine');
  mkdirSync(outDir, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      minify: true,
      target: 'node20',
      lib: { entry: resolve(import.meta.dirname, 'shipped-engine.ts'), formats: ['es'], fileName: 'engine' },
      rollupOptions: { external: [/^node:/, 'compromise'] },
    },
  });
  // Marks the folder's .js as ES modules, as the extension's are: without it Node parses the bundle twice (as CommonJS, then as ESM).
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  return outDir;
}

/** Load to first result in fresh Node processes, with the bundle from buildShippedEngine. */
export async function benchCold(outDir: string, runs = 7): Promise<ColdResults> {
  const runner = join(outDir, 'run.mjs');
  writeFileSync(
    runner,
    `const started = performance.now();
const { coldRun } = await import('./engine.js');
console.log(JSON.stringify(await coldRun(process.argv[2], started)));`,
  );
  const text = 'The 72-year-old gentleman in bed 4 who came in last night after his fall is doing well.';
  const results = Array.from({ length: runs }, () =>
    JSON.parse(execFileSync(process.execPath, [runner, text], { cwd: resolve(import.meta.dirname, '..'), encoding: 'utf8' })),
  );
  return {
    firstResult: summarise(results.map((r) => r.firstResult)),
    complete: summarise(results.map((r) => r.complete)),
  };
}
