// Starts the TypeScript worker through tsx (as bin/tbyp.mjs does for the CLI).
import { register } from 'tsx/esm/api';

register();
await import('./hostile-routes.worker.ts');
