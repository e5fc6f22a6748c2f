import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

// `npm run fuzz`: the long fuzz run against the real worker under `wrangler dev` (not part of `npm test`).
export default defineConfig({
  test: {
    root,
    include: ['test/fuzz/**/*.test.ts'],
    testTimeout: 3_600_000,
    hookTimeout: 120_000,
  },
});
