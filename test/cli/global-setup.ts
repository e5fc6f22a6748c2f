/**
 * One fresh clone with the demo running, as a new user has it after `npm ci && npm start`:
 * the start output, the clone's folder and the demo's port go to the tests.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { freePort, makeSandbox, startDemo } from './sandbox';

export default async function setup(project: TestProject) {
  const clone = makeSandbox();
  // Beside the clone, not in it: what the demo prints, for tests to show if it stops answering.
  const log = `${clone.dir}.log`;
  const demo = await startDemo(clone.dir, await freePort(), log);
  project.provide('clone', { dir: clone.dir, port: demo.port, startOutput: demo.output(), log });
  return async () => {
    await demo.stop();
    clone.remove();
    rmSync(log, { force: true });
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    clone: { dir: string; port: number; startOutput: string; log: string };
  }
}
