import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

// The commands a person types, run for real in a fresh copy of the project (sandbox.ts): `npm start`
// (started once by global-setup.ts), `npm run admin`, `npm run reset`, the README's shell blocks and
// the deploy build. One file at a time: each starts wrangler, and the machine is small.
export default defineConfig({
  test: {
    root,
    include: ['test/cli/**/*.test.ts'],
    globalSetup: ['test/cli/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    fileParallelism: false,
  },
});
