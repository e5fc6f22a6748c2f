import path from 'node:path';
import { defineConfig } from 'vitest/config';

const root = path.resolve(import.meta.dirname, '../..');

// The commands a person types, run for real in a fresh copy of the project (sandbox.ts): `npm start`
// (started once by global-setup.ts), `npm run admin`, `npm run reset`, the README's shell blocks and
// the deploy build. Files side by side: they share the one demo but not its data (each its own boards;
// the README's own boards and the demo board's webhooks are readme.test.ts's alone), and lifecycle.test.ts
// runs a demo of its own in a clone of its own.
export default defineConfig({
  test: {
    root,
    include: ['test/cli/**/*.test.ts'],
    globalSetup: ['test/cli/global-setup.ts'],
    // the browser tests' setup file: each request on a fresh connection (see there)
    setupFiles: ['test/browser/fresh-connections.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
    maxWorkers: 3,
    // expect.poll waits on a real browser or server: 1 s (Vitest's default) is short on a busy machine
    expect: { poll: { timeout: 10_000 } },
  },
});
