// One way to run wrangler from the scripts, the tests and the benchmarks: this checkout's wrangler,
// run by this Node, in a quiet, offline environment.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** wrangler's own entry in a checkout (this one, or a clone of it): run by this Node, no shell, no .cmd shim, the same on every OS. */
export const wranglerEntry = (root = ROOT) => path.join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js');
export const WRANGLER = wranglerEntry();
/**
 * What every wrangler run here sets: no prompts, no metrics, no colour in output a script reads, and
 * no `Request.cf` lookup (wrangler's documented CLOUDFLARE_CF_FETCH_ENABLED=false): that lookup needs
 * the network and only fills `request.cf` with edge metadata this worker does not read.
 */
export const WRANGLER_VARS = {
  CI: 'true',
  WRANGLER_SEND_METRICS: 'false',
  NO_COLOR: '1',
  CLOUDFLARE_CF_FETCH_ENABLED: 'false',
};
export const WRANGLER_ENV = { ...process.env, ...WRANGLER_VARS };

/** Runs wrangler and returns stdout; throws with wrangler's own output when it fails. */
export function wrangler(args, { quiet = true } = {}) {
  const r = spawnSync(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    env: WRANGLER_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (r.error) throw r.error;
  if (r.status !== 0) {
    const out = `${r.stdout}\n${r.stderr}`.trim();
    throw new Error(`wrangler ${args.slice(0, 3).join(' ')} failed (exit ${r.status}):\n${out}`);
  }
  if (!quiet) process.stdout.write(r.stdout);
  return r.stdout;
}

/** Starts a long-running wrangler (`wrangler dev`) with its output piped; `env` replaces WRANGLER_ENV. */
export function spawnWrangler(args, { env = WRANGLER_ENV } = {}) {
  return spawn(process.execPath, [WRANGLER, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
}
