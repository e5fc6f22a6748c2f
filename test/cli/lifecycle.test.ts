/**
 * A demo's life in its own fresh clone: `npm start` with a too-short ADMIN_TOKEN in .dev.vars
 * replaces it and says so; the request log is passed through; Ctrl-C stops everything, and the
 * admin CLI then says the demo is not running and where it last ran; then `npm run reset` deletes the local database, and the next `npm start` begins afresh.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, freePort, makeSandbox, npm, startDemo } from './sandbox';

let clone: ReturnType<typeof makeSandbox>;
let devVars: string;
let demo: Demo;

beforeAll(async () => {
  clone = makeSandbox();
  devVars = path.join(clone.dir, '.dev.vars');
  // A user who wrote their own token, too short for the worker, and another variable of theirs.
  writeFileSync(devVars, '# mine\nADMIN_TOKEN=hunter2\nGREETING=hello\n');
  demo = await startDemo(clone.dir, await freePort());
});
afterAll(async () => {
  await demo?.stop();
  clone?.remove();
});

async function until(condition: () => boolean, what: string) {
  const deadline = Date.now() + 15_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('the demo from start to reset', () => {
  it('replaces an ADMIN_TOKEN shorter than 16 characters, says why, and keeps the rest of .dev.vars', () => {
    expect(demo.output()).toContain(
      '• admin token in .dev.vars … replaced: it had 7 characters and the worker needs at least 16\n',
    );
    const text = readFileSync(devVars, 'utf8');
    expect(text).toMatch(/^# mine\nADMIN_TOKEN=[A-Za-z0-9_-]{43}\nGREETING=hello\n$/);
    const r = npm(clone.dir, ['run', 'admin', '--', 'boards', 'list']);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^demo +Demo Support/m);
  });

  it('logs the requests it serves (but not its own readiness probe)', async () => {
    expect((await fetch(`http://127.0.0.1:${demo.port}/v1/boards/demo/score`)).status).toBe(200);
    await until(() => demo.output().includes('GET /v1/boards/demo/score 200 OK'), 'the request log');
    expect(demo.output()).not.toContain('/healthz');
  });

  it('Ctrl-C stops it; npm run reset then deletes every board and answer, and the next start seeds afresh', async () => {
    const made = npm(clone.dir, ['run', 'admin', '--', 'boards', 'create', 'gone', '--name', 'Gone soon']);
    expect(made.status).toBe(0);

    const { code, signal, output } = await demo.stop();
    // npm itself takes the Ctrl-C as a terminal gives it (killed by SIGINT, quietly); the start
    // script stops wrangler, says so last, and leaves nothing running on the port.
    expect(code === 0 || signal === 'SIGINT').toBe(true);
    expect(output.trimEnd().endsWith('Stopped.')).toBe(true);
    expect(output).not.toMatch(/^\s+at |npm error|ERR!/m);
    // the record keeps where it ran, and no longer names a process that could be taken for it
    const record = JSON.parse(readFileSync(path.join(clone.dir, '.wrangler/pandameter-demo.json'), 'utf8'));
    expect(record).toMatchObject({ port: demo.port, url: `http://localhost:${demo.port}` });
    expect(record).not.toHaveProperty('pid');
    await expect(fetch(`http://127.0.0.1:${demo.port}/healthz`)).rejects.toThrow();

    // the admin CLI says so, rather than trying the default port with this folder's admin token
    const stopped = npm(clone.dir, ['run', '--silent', 'admin', '--', 'boards', 'list']);
    expect(stopped.status).toBe(1);
    expect(stopped.stderr).toBe(
      `admin: the demo from this folder is not running (it was last on :${demo.port}). ` +
        `Start it with \`PORT=${demo.port} npm start\`, or point the CLI at a worker with --url.\n`,
    );
    expect(stopped.stdout).toBe('');

    const reset = npm(clone.dir, ['run', 'reset']);
    expect(reset.stderr).toBe('');
    expect(reset.status).toBe(0);
    expect(reset.stdout).toContain('Deleted the local database (.wrangler/state): every board and answer.');
    expect(existsSync(path.join(clone.dir, '.wrangler/state'))).toBe(false);
    expect(npm(clone.dir, ['run', 'reset']).stdout).toContain('Nothing to reset');

    demo = await startDemo(clone.dir, await freePort());
    expect(demo.output()).toContain('• admin token in .dev.vars … kept the existing one\n');
    expect(demo.output()).toMatch(/• seeding the demo board … seeded/);
    const boards = npm(clone.dir, ['run', 'admin', '--', 'boards', 'list']);
    expect(boards.stdout).toMatch(/^demo /m);
    expect(boards.stdout).not.toMatch(/^gone /m);
  });
});
