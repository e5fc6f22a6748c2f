#!/usr/bin/env node
// `npm run reset`: start the local demo over — deletes wrangler's local state (the D1 database with
// every board and answer, under .wrangler/state or --persist-to DIR); the next `npm start` migrates
// and seeds afresh. Keeps .dev.vars (the admin token) and the built bundles.
//
// It stops nothing: while the demo `npm start` runs from this folder (it records itself, see
// scripts/local-demo.mjs) it refuses and says so, because workerd keeps the database open and
// deleting it underneath makes every request hang until a restart.
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { LOCAL_STATE, runningDemo } from './local-demo.mjs';

function main(argv) {
  let dir = LOCAL_STATE;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--persist-to') dir = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('--persist-to=')) dir = path.resolve(a.slice('--persist-to='.length));
    else if (a === '--help' || a === '-h') {
      console.log(
        'Usage: npm run reset [-- --persist-to DIR]\nDeletes the local D1 (every board and answer) so that npm start begins afresh.',
      );
      return 0;
    } else {
      console.error(`npm run reset: unknown option ${a} (try --help)`);
      return 2;
    }
  }
  const shown = path.relative(process.cwd(), dir) || dir;

  const demo = runningDemo();
  if (demo) {
    console.error(
      `npm run reset: the demo is running on ${demo.url} (npm start, process ${demo.pid}), and it has the ` +
        'database open.\nStop it first (Ctrl-C where it runs), then run npm run reset again.',
    );
    return 1;
  }
  if (!existsSync(dir)) {
    console.log(`Nothing to reset: there is no local state at ${shown}.`);
    return 0;
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(
    `Deleted the local database (${shown}): every board and answer. ` +
      'The next npm start applies the migrations and seeds the demo board afresh; .dev.vars is kept.',
  );
  return 0;
}

process.exitCode = main(process.argv.slice(2));
