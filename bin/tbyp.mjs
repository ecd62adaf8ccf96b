#!/usr/bin/env node
// Runs the TypeScript CLI directly (through tsx), so `npx tbyp` works right after `npm ci`.
import { register } from 'tsx/esm/api';

register();
// `tbyp check … | head`: the reader may close the pipe early. Stop quietly then, as Unix tools do.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
