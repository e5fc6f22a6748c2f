/**
 * One fresh clone with the demo running, as a new user has it after `npm ci && npm start`:
 * the start output, the clone's folder and the demo's port go to the tests.
 */
import type { TestProject } from 'vitest/node';
import { freePort, makeSandbox, startDemo } from './sandbox';

export default async function setup(project: TestProject) {
  const clone = makeSandbox();
  const demo = await startDemo(clone.dir, await freePort());
  project.provide('clone', { dir: clone.dir, port: demo.port, startOutput: demo.output() });
  return async () => {
    await demo.stop();
    clone.remove();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    clone: { dir: string; port: number; startOutput: string };
  }
}
