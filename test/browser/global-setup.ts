/**
 * Starts the real worker once for all browser tests: `wrangler dev` on a free port, with a fresh
 * local D1 (the real migrations applied) in a temporary directory and a known admin token.
 * Finds Chromium first (and unpacks the bundled one, once, before the test files start together):
 * without one, the run stops here with one line saying what to install.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/chromium.mjs';
import { startLocalWorker } from '../../scripts/local-worker.mjs';

export const ADMIN_TOKEN = 'browser-test-admin-token-0123456789';

export default async function setup(project: TestProject) {
  try {
    await findChromium();
  } catch (e) {
    console.error(`\n${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  }
  const worker = await startLocalWorker({ vars: { ADMIN_TOKEN } });
  project.provide('baseUrl', worker.base);
  project.provide('adminToken', ADMIN_TOKEN);
  return worker.stop;
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}
