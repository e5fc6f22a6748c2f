// The worker tests' pool and bindings, for bench/pool-loopback.test.ts only.
import { defineConfig } from 'vitest/config';
import workerTests from '../test/worker/vitest.config';

export default defineConfig(async (configEnv) => {
  const base = await workerTests(configEnv);
  return { ...base, test: { ...base.test, include: ['bench/pool-loopback.test.ts'] } };
});
