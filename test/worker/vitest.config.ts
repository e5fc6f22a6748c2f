import path from 'node:path';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

export default defineConfig(async () => {
  const migrations = await readD1Migrations(path.join(root, 'migrations'));
  return {
    plugins: [
      cloudflareTest({
        wrangler: { configPath: path.join(root, 'wrangler.toml') },
        miniflare: {
          bindings: { TEST_MIGRATIONS: migrations, ADMIN_TOKEN: 'test-admin-token-0123456789' },
        },
      }),
    ],
    test: {
      root,
      include: ['test/worker/**/*.test.ts'],
      setupFiles: ['test/worker/apply-migrations.ts'],
      // the webhook receiver the worker delivers to (a real HTTP server on 127.0.0.1)
      globalSetup: ['test/worker/receiver.ts'],
      testTimeout: 60_000,
    },
  };
});
