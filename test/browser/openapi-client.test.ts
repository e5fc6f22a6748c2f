/**
 * The API description as a dashboard team uses it, on the running worker: `GET /v1/openapi.json`
 * passes Redocly's lint (redocly.yaml), `openapi-typescript` generates types from it,
 * docs/examples/dashboard.ts type-checks against them (and a misspelt field does not), and the
 * dashboard calls the worker through `openapi-fetch`: the public score, stats with a read key, and
 * pages of answers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, base, createBoard, mint } from './helpers';

const root = path.resolve(import.meta.dirname, '../..');
// Inside node_modules, so that the example's `import 'openapi-fetch'` resolves as in a real project.
const work = path.join(root, 'node_modules/.cache/pandameter-dashboard-test');
const bin = (name: string) => path.join(root, 'node_modules/.bin', name);
const QUIET = { ...process.env, NO_COLOR: '1', REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };

/** tsc on one file of the work directory, strict, as a bundled dashboard would compile it. */
function typecheck(file: string) {
  return spawnSync(
    bin('tsc'),
    [
      '--ignoreConfig', // the repository's tsconfig.json is not the dashboard's
      '--noEmit',
      '--strict',
      '--target',
      'es2022',
      '--module',
      'esnext',
      '--moduleResolution',
      'bundler',
      '--lib',
      'es2023,dom',
      '--skipLibCheck',
      file,
    ],
    { cwd: work, encoding: 'utf8' },
  );
}

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  copyFileSync(path.join(root, 'docs/examples/dashboard.ts'), path.join(work, 'dashboard.ts'));
  // What the example's header tells a dashboard team to run, pointed at this worker.
  execFileSync(bin('openapi-typescript'), [`${base()}/v1/openapi.json`, '-o', path.join(work, 'pandameter-api.d.ts')], {
    cwd: root,
    env: QUIET,
    stdio: 'pipe',
  });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('GET /v1/openapi.json for client generators', () => {
  it("passes Redocly's lint with no error and no warning", async () => {
    const file = path.join(work, 'openapi.json');
    writeFileSync(file, await (await fetch(`${base()}/v1/openapi.json`)).text());
    const r = spawnSync(bin('redocly'), ['lint', file, '--format=json'], { cwd: root, env: QUIET, encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as {
      totals: Record<string, number>;
      problems: { ruleId: string; message: string }[];
    };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(r.status).toBe(0);
  });

  it('gives types the dashboard example compiles against, and a misspelt field does not compile', () => {
    const ok = typecheck('dashboard.ts');
    expect(ok.stdout + ok.stderr).toBe('');
    expect(ok.status).toBe(0);

    writeFileSync(
      path.join(work, 'misspelt.ts'),
      `import { pandameterDashboard } from './dashboard';\n` +
        `export const p = async () => (await pandameterDashboard('', '').score('demo')).percnt;\n`,
    );
    const bad = typecheck('misspelt.ts');
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("Property 'percnt' does not exist");
  });
});

describe('a dashboard on the generated client (docs/examples/dashboard.ts)', () => {
  let board: string;
  // The copy next to its generated types; typed loosely here, since the test above type-checks it.
  let dashboard: any;
  const load = async (key: string) => {
    const { pandameterDashboard } = await import(/* @vite-ignore */ path.join(work, 'dashboard.ts'));
    return pandameterDashboard(base(), key);
  };

  beforeAll(async () => {
    ({ id: board } = await createBoard());
    // T-1, T-3, T-5: kenji, satisfied; T-2, T-4, T-6: maria, not.
    for (let i = 0; i < 6; i++) {
      const interaction = `T-${i + 1}`;
      const res = await fetch(`${base()}/v1/boards/${board}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          interaction,
          verdict: i % 2 ? 'no' : 'yes',
          token: await mint(board, interaction),
          agent: i % 2 ? 'maria' : 'kenji',
          comment: `comment ${i + 1}`,
        }),
      });
      expect(res.status).toBe(201);
    }
    const key = await api(`/v1/boards/${board}/keys`, { method: 'POST', body: { scopes: ['read'] } });
    expect(key.status).toBe(201);
    dashboard = await load(key.body.key as string);
  });

  it('reads the public score', async () => {
    const score = await dashboard.score(board);
    expect(score).toMatchObject({ percent: 50, answers: 6 });
  });

  it('reads weekly stats per agent with its read key', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const stats = await dashboard.weekly(board, today, today);
    expect(stats.percent).toBe(50);
    expect(stats.weeks.reduce((n: number, w: any) => n + w.answers, 0)).toBe(6);
    expect(stats.agents.sort((a: any, b: any) => String(a.agent).localeCompare(String(b.agent)))).toEqual([
      { agent: 'kenji', percent: 100 },
      { agent: 'maria', percent: 0 },
    ]);
  });

  it('pages through the unhappy answers, newest first', async () => {
    const first = await dashboard.unhappy(board, 2);
    expect(first.answers).toEqual([
      { interaction: 'T-6', comment: 'comment 6' },
      { interaction: 'T-4', comment: 'comment 4' },
    ]);
    expect(first.next).toEqual(expect.any(String));
    const second = await dashboard.unhappy(board, 2, first.next);
    expect(second.answers).toEqual([{ interaction: 'T-2', comment: 'comment 2' }]);
    expect(second.next).toBeUndefined();
  });

  it('gets the API’s error, not a crash, when the key cannot read another board', async () => {
    await expect(dashboard.score('no-such-board')).rejects.toThrow(/^score: unknown_board: /);
    const other = await createBoard();
    await expect(dashboard.weekly(other.id, '2026-01-01', '2026-01-31')).rejects.toThrow(/^stats: forbidden: /);
  });
});
