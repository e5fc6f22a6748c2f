/**
 * On a Node older than package.json's `engines`, every npm script a person runs says in one line
 * which command works and exits 1, before doing anything: in the fresh clone whose demo is running,
 * `npm start` does not get as far as "the demo is already running", and `npm run reset` deletes
 * nothing. Run with this machine's own old Node when it has one (Debian's 20 here), and always with
 * PANDAMETER_NODE_VERSION standing in for an old version.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { npm, ROOT } from './sandbox';

const { dir } = inject('clone');
const wanted = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).engines.node.replace(/^>=/, '');

const older = (a: string, b: string) => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  for (let i = 0; i < 3; i++) if ((x![i] ?? 0) !== (y![i] ?? 0)) return (x![i] ?? 0) < (y![i] ?? 0);
  return false;
};

/** The machine's own Node, outside the one running the tests, when it is too old for the project. */
function machineOldNode(): { bin: string; version: string } | null {
  for (const bin of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(bin)) continue;
    const version = execFileSync(bin, ['-p', 'process.versions.node'], { encoding: 'utf8' }).trim();
    if (older(version, wanted)) return { bin, version };
  }
  return null;
}

/** The commands as typed, and what each must then say to type. */
const COMMANDS: [string[], string][] = [
  [['start'], 'npm start'],
  [['test'], 'npm test'],
  [
    ['run', 'admin', '--', 'boards', 'create', 'x', '--name', 'Acme Support'],
    "npm run admin -- boards create x --name 'Acme Support'",
  ],
  [['run', 'reset'], 'npm run reset'],
  [['run', 'seed'], 'npm run seed'],
  [['run', 'receiver', '--', '--secret', 'whsec_x'], 'npm run receiver -- --secret whsec_x'],
  [['run', 'deploy', '--', '--dry-run'], 'npm run deploy -- --dry-run'],
  [['run', 'test:cli'], 'npm run test:cli'],
];

function expectRefusals(version: string, env: Record<string, string>) {
  for (const [args, typed] of COMMANDS) {
    const r = npm(dir, args, env);
    const what = `npm ${args.join(' ')}`;
    expect(r.status, what).toBe(1);
    expect(r.stderr, what).toBe(
      `Pandameter needs Node ${wanted}+ (this is ${version}): run  scripts/with-node24.sh ${typed}\n`,
    );
    // nothing but npm's own echo of the script: no step was taken
    expect(
      r.stdout.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('> ')),
      what,
    ).toEqual([]);
  }
  expect(existsSync(path.join(dir, '.wrangler/state')), 'npm run reset deleted nothing').toBe(true);
}

describe('a Node older than the engines', () => {
  it(`every npm script says in one line to use scripts/with-node24.sh, and does nothing else`, () => {
    expectRefusals('22.11.0', { PANDAMETER_NODE_VERSION: '22.11.0' });
    const old = machineOldNode();
    if (old) {
      // npm itself run by that Node, as on a machine where it is the `node` on PATH
      expectRefusals(old.version, { PATH: `${path.dirname(old.bin)}:${process.env.PATH}` });
    }
  });

  it('a current Node passes the check and runs the script', () => {
    const r = npm(dir, ['run', '--silent', 'reset', '--', '--help'], { PANDAMETER_NODE_VERSION: wanted });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage: npm run reset');
  });
});
