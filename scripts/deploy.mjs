#!/usr/bin/env node
// `npm run deploy [-- wrangler deploy options]`: builds the browser bundles, then `wrangler deploy`
// with the options given (e.g. `-- --dry-run`). A script rather than a `build && wrangler deploy`
// chain so that the Node check in front of it (scripts/node-check.mjs) sees those options.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { ROOT, WRANGLER } from './wrangler.mjs';

// a person's terminal: wrangler may ask to log in, in colour; only its metrics stay off, as before
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };
const run = (args) => spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit', env });

const built = run([path.join(ROOT, 'scripts', 'build.mjs')]);
if (built.status !== 0) process.exit(built.status ?? 1);
const deployed = run([WRANGLER, 'deploy', ...process.argv.slice(2)]);
process.exit(deployed.status ?? 1);
