import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');
const ADMIN_TOKEN = 'test-admin-token-0123456789'; // ADMIN in test/worker/helpers.ts

// wrangler.toml requires the ADMIN_TOKEN secret, and the pool looks for it where `wrangler dev` would
// (.dev.vars, .env, the environment): give it the tests' token there, or it warns "Missing required
// secrets" once per test file. The binding below is what the worker gets in any case (it wins over a
// developer's .dev.vars). wrangler's info lines ("Using secrets defined in …") go too; warnings stay.
process.env.ADMIN_TOKEN ??= ADMIN_TOKEN;
process.env.WRANGLER_LOG ??= 'warn';

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN },
        },
      }),
    ],
    test: {
      root,
      include: ['test/worker/**/*.test.ts'],
      setupFiles: ['test/worker/apply-migrations.ts', 'test/worker/console-guard.ts'],
      // the webhook receiver the worker delivers to (a real HTTP server on 127.0.0.1)
      globalSetup: ['test/worker/receiver.ts'],
      testTimeout: 60_000,
      // Two files side by side (Vitest's default is one fewer than the cores: one at a time on two).
      // Each file has storage of its own, and the receiver's paths are per test; the webhook files
      // mostly wait on clocks (a receiver's 10 s timeout, the queue's 10 s backoff) while another runs.
      // Not more: views-cache.test.ts must get its 1,002 views through within the score's 10 s.
      maxWorkers: 2,
    },
  };
});
