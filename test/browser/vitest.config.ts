import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

// Browser tests: real Chromium (scripts/chromium.mjs finds it, via playwright-core) against the real worker under
// `wrangler dev` with its local D1, started once by global-setup.ts.
export default defineConfig({
  test: {
    root,
    include: ['test/browser/**/*.test.ts'],
    globalSetup: ['test/browser/global-setup.ts'],
    setupFiles: ['test/browser/fresh-connections.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files side by side: each makes its own boards (unique ids) on the one worker, and its own Chromium.
    maxWorkers: 3,
    // expect.poll waits on a real browser or server: 1 s (Vitest's default) is short on a busy machine
    expect: { poll: { timeout: 10_000 } },
  },
});
