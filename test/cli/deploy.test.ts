/**
 * The way to production, checked without an account: `wrangler deploy --dry-run` builds exactly
 * what `npm run deploy` would upload, in the fresh clone, and it must fit the Workers size limit;
 * README § Deploy must name every binding and secret that wrangler reads from wrangler.toml, each
 * with what to create before the first deploy.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { ROOT, wranglerIn } from './sandbox';

const { dir } = inject('clone');

/**
 * Workers' own limit is 64 MiB uncompressed on every plan since 2026-09-04 (Cloudflare's changelog
 * "Removing compressed Worker size limits"), far above this Worker. The limit here is ours: what the
 * Worker weighs (538 KiB when zod stopped being bundled whole: each module imports `* as z` itself,
 * and zod-to-openapi is handed only ZodType) plus room for what this round adds, so a change that
 * pulls a whole library in again fails here. Startup time grows with the bundle.
 */
const WORKER_SIZE_LIMIT = 768 * 1024;
const kib = (n: number) => `${(n / 1024).toFixed(2)} KiB`;

describe('the deployable worker', () => {
  it('builds with wrangler deploy --dry-run and stays within its byte budget', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'pandameter-deploy-'));
    try {
      const r = wranglerIn(dir, ['deploy', '--dry-run', '--outdir', out]);
      expect(r.stderr).not.toMatch(/ERROR/);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain('--dry-run: exiting now.');

      // What is uploaded: the modules, not the source map or wrangler's README of the folder.
      const modules = readdirSync(out).filter((f) => !f.endsWith('.map') && f !== 'README.md');
      expect(modules).toContain('index.js');
      const bytes = modules.map((f) => readFileSync(path.join(out, f)));
      const size = bytes.reduce((n, b) => n + b.length, 0);
      const gzip = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
      // The same number wrangler reports, so this measures what it would upload.
      expect(r.stdout).toContain(`Total Upload: ${kib(size)} / gzip: `);
      console.log(`worker bundle: ${kib(size)} (gzip ${kib(gzip)}), limit ${kib(WORKER_SIZE_LIMIT)} uncompressed`);
      expect(size).toBeLessThan(WORKER_SIZE_LIMIT);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it('README § Deploy names every binding, secret and cron of wrangler.toml, with what to create first', async () => {
    const wrangler = await import('wrangler');
    const config = wrangler.unstable_readConfig({ config: path.join(ROOT, 'wrangler.toml') });
    const bindings = Object.keys(wrangler.unstable_convertConfigBindingsToStartWorkerBindings(config) ?? {});
    const names = [...bindings, ...(config.secrets?.required ?? [])];
    expect(names).toEqual(expect.arrayContaining(['DB', 'OPEN_BOARD_LIMITER', 'ASSETS', 'ADMIN_TOKEN']));

    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const deploy = readme.slice(
      readme.indexOf('## Deploy to Cloudflare'),
      readme.indexOf('\n## ', readme.indexOf('## Deploy') + 1),
    );
    for (const name of [...names, ...(config.triggers.crons ?? [])]) {
      const row = deploy.split('\n').find((l) => l.startsWith(`| \`${name}\``));
      expect(row, `README § Deploy has no row for ${name}`).toBeDefined();
      const todo = row!.split('|').at(-2)!.trim();
      expect(todo, name).toMatch(/^nothing to create: |`npx wrangler [^`]+`/);
    }
  });
});
