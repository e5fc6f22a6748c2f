/**
 * Starts the real worker for tests and benchmarks: `wrangler dev` on a free loopback port, with a
 * fresh local D1 in a temporary directory (the real migrations applied) and the given vars.
 * `setup(dir)` runs after the migrations and before wrangler dev opens the database (to load data
 * straight into it). Returns its base URL, the directory wrangler keeps its state in (`persistTo`,
 * so a test can read the D1 file itself), what it has printed so far (`output()`) and a stop() that
 * ends wrangler and removes the directory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnWrangler, wrangler } from './wrangler.mjs';

/** A port nothing listens on now, on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** @param {{ vars?: Record<string, string>, timeoutMs?: number, setup?: (dir: string) => unknown }} [opts] */
export async function startLocalWorker({ vars = {}, timeoutMs = 90_000, setup } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pandameter-d1-'));
  wrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', dir]);
  try {
    if (setup) await setup(dir);
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const port = await freePort();
  const varArgs = Object.entries(vars).flatMap(([k, v]) => ['--var', `${k}:${v}`]);
  const child = spawnWrangler([
    'dev',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--persist-to',
    dir,
    ...varArgs,
    '--show-interactive-dev-session=false',
  ]);
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, stop, persistTo: dir, output: () => log };
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) {
      await stop();
      throw new Error(`wrangler dev did not start:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
