#!/usr/bin/env node
// The first step of every npm script a person runs: on a Node older than package.json's `engines`,
// one line with the command that works, and exit 1 — before wrangler says "use volta or nvm" or
// vitest ends in "No test files found" and a stack trace.
//
//   node scripts/node-check.mjs scripts/start.mjs [args…]   checks, then runs the script in this process
//   node scripts/node-check.mjs                             only checks (for a chain of commands)
//
// Runs the script itself (rather than `check && node script`) so that the line it prints can give
// the arguments typed after `npm run admin --`. Written for old Nodes to run (16 on: top-level await
// is the newest thing in it), since they are the ones it is for.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { engines } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** [major, minor, patch] of "22.12", ">=22.12.0", "v20.20.2". */
const parts = (v) => (String(v).match(/\d+(\.\d+){0,2}/) || ['0'])[0].split('.').map(Number);
/** a >= b, part by part. */
function atLeast(a, b) {
  for (let i = 0; i < 3; i++) {
    if ((a[i] || 0) !== (b[i] || 0)) return (a[i] || 0) > (b[i] || 0);
  }
  return true;
}

/** A word as a POSIX shell reads it back. */
const quote = (w) => (/^[\w@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

/** What the person typed, as near as npm tells: `npm start`, `npm run admin -- boards list`. */
function typed(args) {
  const event = process.env.npm_lifecycle_event;
  if (!event) return ['node', ...process.argv.slice(2)].map(quote).join(' ');
  const npm = ['start', 'test'].includes(event) ? `npm ${event}` : `npm run ${event}`;
  return args.length ? `${npm} -- ${args.map(quote).join(' ')}` : npm;
}

const [script, ...args] = process.argv.slice(2);
// PANDAMETER_NODE_VERSION stands in for this Node's version, for the test of this very message.
const current = process.env.PANDAMETER_NODE_VERSION || process.versions.node;
const wanted = engines.node;
if (!atLeast(parts(current), parts(wanted))) {
  const need = wanted.replace(/^[>=^~\s]+/, '');
  console.error(`Pandameter needs Node ${need}+ (this is ${current}): run  scripts/with-node24.sh ${typed(args)}`);
  process.exit(1);
}

if (script) {
  // the script sees the command line it would have had as `node <script> args…`
  const file = path.resolve(script);
  process.argv.splice(1, 2, file);
  await import(pathToFileURL(file).href);
}
