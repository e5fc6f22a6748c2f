/**
 * `npm test` (scripts/test.mjs) runs every stage even after one fails, so that a failing browser
 * stage does not hide what the CLI stage says, and its last line names the stages that failed. Run in
 * a fresh clone whose stage scripts are replaced by stand-ins that pass or fail on purpose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSandbox, npm } from './sandbox';

let clone: ReturnType<typeof makeSandbox>;

beforeAll(() => {
  clone = makeSandbox();
  const file = path.join(clone.dir, 'package.json');
  const pkg = JSON.parse(readFileSync(file, 'utf8'));
  Object.assign(pkg.scripts, {
    check: 'echo check-ran && exit 3',
    build: 'echo build-ran',
    'test:worker': 'echo worker-ran',
    'test:browser': 'echo browser-ran && exit 1',
    'test:cli': 'echo cli-ran',
  });
  writeFileSync(file, JSON.stringify(pkg, null, 2));
});
afterAll(() => clone?.remove());

describe('npm test', () => {
  it('runs every stage after a failed one and names the failed stages in its last line, exit 1', () => {
    const r = npm(clone.dir, ['test']);
    expect(r.status).toBe(1);
    for (const stage of ['check', 'build', 'worker', 'browser', 'cli']) expect(r.stdout).toContain(`${stage}-ran\n`);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toMatch(/^npm test FAILED: check, browser \(total \d+ s\)$/);
    expect(lines.at(-2)).toMatch(
      /^━━ npm test: check FAILED in \d+ s · build passed in \d+ s · worker passed in \d+ s · browser FAILED in \d+ s · cli passed in \d+ s$/,
    );
  });

  it('does not run the stages that need the build when the build failed', () => {
    const file = path.join(clone.dir, 'package.json');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    pkg.scripts.check = 'true';
    pkg.scripts.build = 'exit 1';
    writeFileSync(file, JSON.stringify(pkg, null, 2));
    const r = npm(clone.dir, ['test']);
    expect(r.status).toBe(1);
    expect(r.stdout).not.toContain('worker-ran');
    expect(r.stdout.trimEnd().split('\n').at(-1)).toMatch(
      /^npm test FAILED: build; not run: worker, browser, cli \(total \d+ s\)$/,
    );
  });
});
