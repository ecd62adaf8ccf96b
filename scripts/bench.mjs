#!/usr/bin/env node
// npm run bench (with --expose-gc, for the heap figures).
import { register } from 'tsx/esm/api';

register();
await import('../bench/index.ts');
