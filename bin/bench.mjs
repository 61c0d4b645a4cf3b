#!/usr/bin/env node
// `npm run bench`: runs the benchmark's TypeScript sources through tsx, like bin/homeward.mjs does the CLI's.
import { register } from 'tsx/esm/api';

register();
await import('../bench/cli.ts');
