#!/usr/bin/env node
// `npm test`: every stage, each as its own npm script, one after the other — and each runs even when
// one before it failed, so that a failing browser stage does not hide what the CLI stage says. The
// last line names the stages that failed (the exit status is then 1) or says that all passed.
//
//   check    prettier, eslint, tsc (both configs)
//   build    the browser bundles the worker serves
//   worker   tests inside workerd
//   browser  tests in Chromium against `wrangler dev`          (need the build)
//   cli      the commands a person types, in a fresh clone     (need the build)
//
// `npm test -- worker cli` runs just those stages.
import { spawnSync } from 'node:child_process';
import { ROOT } from './wrangler.mjs';

const STAGES = [
  { name: 'check', script: 'check' },
  { name: 'build', script: 'build' },
  { name: 'worker', script: 'test:worker', needsBuild: true },
  { name: 'browser', script: 'test:browser', needsBuild: true },
  { name: 'cli', script: 'test:cli', needsBuild: true },
];

const asked = process.argv.slice(2);
const unknown = asked.filter((a) => !STAGES.some((s) => s.name === a));
if (unknown.length) {
  console.error(`npm test: no stage ${unknown.join(', ')}; the stages are ${STAGES.map((s) => s.name).join(', ')}.`);
  process.exit(2);
}
const stages = asked.length ? STAGES.filter((s) => asked.includes(s.name)) : STAGES;

const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const started = Date.now();
const results = [];
let buildFailed = false;
for (const stage of stages) {
  if (stage.needsBuild && buildFailed) {
    results.push({ ...stage, ok: false, skipped: true, status: 'not run (the build failed)' });
    continue;
  }
  const t0 = Date.now();
  // npm prints the stage's name and command first, as `npm test` always did
  const r = spawnSync('npm', ['run', stage.script], { cwd: ROOT, stdio: 'inherit' });
  const ok = r.status === 0;
  if (stage.name === 'build') buildFailed = !ok;
  results.push({ ...stage, ok, status: `${ok ? 'passed' : 'FAILED'} in ${seconds(Date.now() - t0)}` });
}

console.log(`\n━━ npm test: ${results.map((r) => `${r.name} ${r.status}`).join(' · ')}`);
const failed = results.filter((r) => !r.ok && !r.skipped).map((r) => r.name);
const skipped = results.filter((r) => r.skipped).map((r) => r.name);
if (failed.length) {
  const notRun = skipped.length ? `; not run: ${skipped.join(', ')}` : '';
  console.log(`npm test FAILED: ${failed.join(', ')}${notRun} (total ${seconds(Date.now() - started)})`);
  process.exit(1);
}
console.log(`npm test passed: ${results.map((r) => r.name).join(', ')} in ${seconds(Date.now() - started)}`);
