/**
 * A fresh clone to try the commands in: the files git knows, as they are in the work tree, copied to
 * a temporary directory (node_modules linked, as `npm ci` would have left it), where `npm start`,
 * `npm run admin`, `npm run reset` and the README's shell blocks run for real — without touching
 * this checkout's .dev.vars, .wrangler/ or a demo the developer has running.
 */
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../../scripts/local-worker.mjs';
import { WRANGLER_VARS, wranglerEntry } from '../../scripts/wrangler.mjs';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** The environment of a person at a terminal: this Node and its npm first on PATH, nothing of ours set. */
export function userEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, PATH: `${path.dirname(process.execPath)}:${process.env.PATH}` };
  for (const key of ['PORT', 'PANDAMETER_URL', 'PANDAMETER_ADMIN_TOKEN', 'ADMIN_TOKEN', 'WRANGLER_LOG'])
    delete env[key];
  return { ...env, NO_COLOR: '1', ...extra };
}

export function makeSandbox(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pandameter-clone-'));
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const from = path.join(ROOT, file);
    if (!existsSync(from)) continue; // deleted in the work tree, not yet committed
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(from, path.join(dir, file));
  }
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export { freePort };

/** `npm <args>` in the sandbox, to the end: exit status and what it printed. */
export function npm(dir: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync('npm', args, { cwd: dir, env: userEnv(env), encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The clone's own wrangler, as the scripts run it (scripts/wrangler.mjs), to the end: exit status and what it printed. */
export function wranglerIn(dir: string, args: string[]) {
  return spawnSync(process.execPath, [wranglerEntry(dir), ...args], {
    cwd: dir,
    env: userEnv(WRANGLER_VARS),
    encoding: 'utf8',
  });
}

/** `npm run --silent admin -- <args>` in the sandbox: what the CLI itself printed, without npm's lines. */
export function admin(dir: string, args: string[], env: Record<string, string> = {}) {
  return npm(dir, ['run', '--silent', 'admin', '--', ...args], env);
}

/**
 * `bash -c script` in the sandbox, stopping at the first failing command. Its stdin is /dev/null: on
 * a socket (Node's default pipe) bash takes itself for a remote shell and reads /etc/bash.bashrc.
 */
export function bash(dir: string, script: string, env: Record<string, string> = {}) {
  const r = spawnSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: dir,
    env: userEnv(env),
    encoding: 'utf8',
    timeout: 120_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export interface Demo {
  port: number;
  /** Everything npm start printed so far, stdout and stderr as they came. */
  output: () => string;
  /**
   * Ctrl-C, as a terminal sends it (SIGINT to the whole process group). Resolves once every process
   * of the group has let go of the output (npm, the start script, wrangler, workerd), with npm's exit.
   */
  stop: () => Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>;
}

/**
 * `PORT=<port> npm start` in the sandbox; resolves once it prints its banner. With `log`, everything
 * it prints also goes to that file, for a test in another process to show when the demo is gone.
 */
export async function startDemo(dir: string, port: number, log?: string): Promise<Demo> {
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: dir,
    env: userEnv({ PORT: String(port) }),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // its own process group, like a terminal's foreground job
  });
  let output = '';
  const take = (d: Buffer) => {
    output += d;
    if (log) appendFileSync(log, d);
  };
  child.stdout!.on('data', take);
  child.stderr!.on('data', take);
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal })),
  );

  let stopped: ReturnType<Demo['stop']> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      try {
        process.kill(-child.pid!, 'SIGINT');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL');
        } catch {
          // gone meanwhile
        }
      }, 20_000);
      const end = await closed;
      clearTimeout(timer);
      return { ...end, output };
    })());

  const deadline = Date.now() + 180_000;
  while (!output.includes('Requests are logged below.')) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`npm start did not come up:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { port, output: () => output, stop };
}

let boards = 0;
/** A board id no other test uses (the clone's database is shared by the test files). */
export const uniqueBoard = () => `cli-${Date.now().toString(36)}-${(boards++).toString(36)}`;

/** Fails, with what the demo printed, when the clone's demo no longer answers (so a test says why, not just "cannot reach"). */
export async function expectDemoUp(port: number, log: string) {
  let last = '';
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (res.ok) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String((e as { cause?: unknown }).cause ?? e);
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(
    `the fresh clone's demo (port ${port}) no longer answers (${last}); it printed:\n${readFileSync(log, 'utf8')}`,
  );
}

/**
 * `npm <args>` in the sandbox as its own process group, killed whole after `timeoutMs`: for a command
 * that should end by itself but, if it does not (a second `npm start` that did start), must not
 * leave wrangler behind.
 */
export function npmBounded(dir: string, args: string[], env: Record<string, string>, timeoutMs: number) {
  return new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn('npm', args, {
      cwd: dir,
      env: userEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** Process groups a test started and has not seen end: ended with the test process, whatever happened. */
const running = new Set<number>();
process.on('exit', () => {
  for (const pid of running) killGroup(pid, 'SIGKILL');
});

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/**
 * A long-running command in the sandbox (its own process group), for a test to wait on its output and
 * stop it. stop() sends Ctrl-C to the group, and SIGKILL if it is still there 5 s later; a group the
 * test never stopped (it failed first) is killed when the test process exits.
 */
export function startProcess(dir: string, command: string[], env: Record<string, string> = {}) {
  const child = spawn(command[0]!, command.slice(1), {
    cwd: dir,
    env: userEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  running.add(child.pid!);
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const closed = new Promise<void>((resolve) =>
    child.on('close', () => {
      running.delete(child.pid!);
      resolve();
    }),
  );
  return {
    output: () => output,
    async waitFor(text: string, timeoutMs: number) {
      const deadline = Date.now() + timeoutMs;
      while (!output.includes(text)) {
        if (Date.now() > deadline || child.exitCode !== null) {
          throw new Error(`${command.join(' ')}: no "${text}" in its output:\n${output}`);
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async stop() {
      killGroup(child.pid!, 'SIGINT');
      const timer = setTimeout(() => killGroup(child.pid!, 'SIGKILL'), 5_000);
      await closed;
      clearTimeout(timer);
    },
  };
}
