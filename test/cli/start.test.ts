/**
 * `npm start` on a fresh clone, as a new user meets it: a short banner of its own and nothing that
 * looks like failure (no wrangler banner, no `Request.cf` ENOTFOUND stack offline), a fresh admin
 * token that is never printed, and a printed admin command that works as printed — whatever PORT
 * the demo runs on. While it runs, `npm run reset` and a second `npm start` refuse and say why.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { bash, expectDemoUp, npm, npmBounded } from './sandbox';

const { dir, port, startOutput, log } = inject('clone');
beforeEach(() => expectDemoUp(port, log));
const origin = `http://localhost:${port}`;

describe('npm start on a fresh clone', () => {
  it('says what it does in a few lines, then its own banner: nothing from wrangler, no stack, no warning', () => {
    const lines = startOutput.split('\n');
    const banner = lines.findIndex((l) => l.startsWith('────'));
    expect(
      lines
        .slice(0, banner)
        .filter((l) => l.trim() !== '')
        .filter((l) => !l.startsWith('> ')), // npm's own echo of the script
    ).toEqual([
      'Pandameter: getting the local demo ready',
      '• building the browser bundles … done',
      '• admin token in .dev.vars … created',
      '• applying migrations to the local D1 … done',
      expect.stringMatching(/^• seeding the demo board … seeded/),
      `• starting wrangler dev on 127.0.0.1:${port} …`,
    ]);
    expect(startOutput).toContain(` Pandameter is running on ${origin}\n`);
    expect(startOutput).toContain(`   ${origin}/scoreboard/demo `);
    for (const noise of [
      'ENOTFOUND',
      'Request.cf',
      'wrangler 4.', // wrangler's banner (and its "update available")
      'Your Worker has access to the following bindings',
      'Using secrets defined in',
      '[WARNING]',
      '[wrangler:warn]',
      'HEAD /healthz', // its own readiness probe
    ]) {
      expect(startOutput, noise).not.toContain(noise);
    }
    expect(startOutput).not.toMatch(/^\s+at /m); // no stack trace
  });

  it('creates .dev.vars with a random 43-character ADMIN_TOKEN and does not print it', () => {
    const token = /^ADMIN_TOKEN=(.*)$/m.exec(readFileSync(path.join(dir, '.dev.vars'), 'utf8'))?.[1];
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(startOutput).not.toContain(token);
  });

  it("prints an admin command that works as printed: the CLI finds the demo's port", () => {
    const command = /Admin CLI: +(npm run admin -- [^\n(]*?) +\(/.exec(startOutput)?.[1];
    expect(command).toBe('npm run admin -- boards list');
    const r = bash(dir, command!); // no PORT, no --url: as a user types it in another terminal
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^demo +Demo Support +last 100 answers +required +any$/m);
  });

  it("prints the command that signs in to the demo board's team page, and its link opens the page once", async () => {
    const command = /Team page: +(npm run admin -- [^\n(]*?) +\(/.exec(startOutput)?.[1];
    expect(command).toBe('npm run admin -- dashboard demo');
    const r = bash(dir, command!);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const url = new URL(/^ +(http\S+)$/m.exec(r.stdout)?.[1] ?? 'about:blank');
    expect(`${url.origin}${url.pathname}`).toBe(`${origin}/team/demo`);
    const secret = /^#link=([A-Za-z0-9_-]{43})$/.exec(url.hash)?.[1];
    expect(secret).toBeDefined();
    const page = await fetch(url); // the fragment is not sent
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('private, no-store');
    const exchange = () =>
      fetch(`${origin}/v1/boards/demo/sessions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ link: secret }),
      });
    expect((await exchange()).status).toBe(201);
    expect((await exchange()).status).toBe(401);
  });

  it('npm run reset refuses while the demo runs, names it, and deletes nothing', async () => {
    const r = npm(dir, ['run', 'reset']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`the demo is running on ${origin}`);
    expect(r.stderr).toContain('Stop it first (Ctrl-C where it runs), then run npm run reset again.');
    expect(existsSync(path.join(dir, '.wrangler/state'))).toBe(true);
    expect((await fetch(`${origin}/v1/boards/demo/score`)).status).toBe(200);
  });

  it('a second npm start in the same folder refuses to share the database, whatever its port', async () => {
    const r = await npmBounded(dir, ['start'], { PORT: String(port + 1) }, 30_000);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`npm start: the demo is already running from this folder on ${origin}`);
    expect(r.stdout).not.toContain('building the browser bundles');
  });
});
