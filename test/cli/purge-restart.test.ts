/**
 * A board purge that `npm start` was stopped in the middle of still finishes: a person deletes a
 * board of 12,000 answers, stops the demo at once (Ctrl-C, and on a second board kill -9 of the
 * whole process group), starts it again, and within a few minutes every row is gone and the id is
 * free — the Cron Trigger, fired every minute by `npm start`, starts the stalled purges again.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recountScript } from '../../scripts/recount.mjs';
import { type Demo, freePort, makeSandbox, startDemo, wranglerIn } from './sandbox';

const ANSWERS = 12_000;
const DAY_MS = 86_400_000;

let clone: ReturnType<typeof makeSandbox>;
let demo: Demo;
let token: string;

beforeAll(async () => {
  clone = makeSandbox();
  demo = await startDemo(clone.dir, await freePort());
  token = /^ADMIN_TOKEN=(.+)$/m.exec(readFileSync(path.join(clone.dir, '.dev.vars'), 'utf8'))![1]!;
});
afterAll(async () => {
  await demo?.stop();
  clone?.remove();
});

/** A request to the running demo; if it gets no answer at all, the error says what the demo printed. */
const api = (p: string, init: { method?: string; body?: unknown } = {}) =>
  fetch(`http://127.0.0.1:${demo.port}${p}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  }).catch((e: unknown) => {
    throw new Error(`${init.method ?? 'GET'} ${p}: ${String(e)}; the demo printed:\n${demo.output()}`, { cause: e });
  });

/** One SQL query on the clone's local D1 (beside the running demo, as `npm run seed` does). */
function sql(query: string): Record<string, number>[] {
  const r = wranglerIn(clone.dir, ['d1', 'execute', 'DB', '--local', '--json', '--command', query]);
  if (r.status !== 0) throw new Error(r.stderr || r.stdout);
  return JSON.parse(r.stdout.slice(r.stdout.indexOf('['))).at(-1).results;
}

/** A board with `ANSWERS` answers stored straight in D1 in one statement, its counts recounted in SQL. */
async function boardWithAnswers(id: string) {
  expect((await api('/v1/boards', { method: 'POST', body: { id, name: id } })).status).toBe(201);
  const now = Date.now();
  // beside the clone, not in it: wrangler dev reloads the worker when a file appears in its folder
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pandameter-seed-')), `${id}.sql`);
  writeFileSync(
    file,
    `INSERT INTO responses (board_id, interaction, verdict, agent, created_at, updated_at, answered_at)
     WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < ${ANSWERS})
     SELECT '${id}', 'T-' || i, CASE WHEN i % 7 = 0 THEN 'no' ELSE 'yes' END, 'agent-' || (i % 20),
       ${now} - i * 60000, ${now} - i * 60000, ${now} - i * 60000 FROM k;
     ${recountScript(id, Math.floor(now / DAY_MS))}`,
  );
  const r = wranglerIn(clone.dir, ['d1', 'execute', 'DB', '--local', '--file', file]);
  rmSync(path.dirname(file), { recursive: true, force: true });
  expect(r.status, r.stderr).toBe(0);
}

const left = (id: string) =>
  sql(
    `SELECT (SELECT COUNT(*) FROM responses WHERE board_id = '${id}') AS responses,
            (SELECT COUNT(*) FROM counts WHERE board_id = '${id}') AS counts,
            (SELECT COUNT(*) FROM boards WHERE id = '${id}') AS boards`,
  )[0]!;

/** kill -9 of everything `npm start` runs (npm, the start script, wrangler, workerd): no clean-up at all. */
function killHard() {
  const { pid } = JSON.parse(readFileSync(path.join(clone.dir, '.wrangler/pandameter-demo.json'), 'utf8'));
  const group = execFileSync('ps', ['-o', 'pgid=', '-p', String(pid)], { encoding: 'utf8' }).trim();
  process.kill(-Number(group), 'SIGKILL');
}

/**
 * DELETE the board, as a person does. Under `wrangler dev` the connection of the 204 is now and then
 * dropped while the purge's first slice holds the runtime's one thread; the DELETE has taken effect
 * all the same (the board is gone, its id still taken), which is what is checked then.
 */
async function deleteBoard(id: string) {
  const res = await api(`/v1/boards/${id}`, { method: 'DELETE' }).catch(() => null);
  if (res) return expect(res.status).toBe(204);
  const read = await api(`/v1/boards/${id}`);
  expect(read.status).toBe(404);
  expect(await read.text()).toContain('still being removed');
}

describe('a purge interrupted by stopping npm start', () => {
  it('finishes after the restart, Ctrl-C or kill -9: every row gone within minutes and the id free', async () => {
    const boards = ['purge-ctrl-c', 'purge-kill-9'];
    for (const id of boards) await boardWithAnswers(id);
    expect(left(boards[0]!)).toMatchObject({ responses: ANSWERS, boards: 1 });

    // Ctrl-C right after the DELETE's answer, while the purge is in its first slices
    await deleteBoard(boards[0]!);
    await demo.stop();
    demo = await startDemo(clone.dir, await freePort());
    // and kill -9 right after the second one's
    await deleteBoard(boards[1]!);
    killHard();
    await demo.stop();

    // both stopped half-way: answers left, the ids still taken
    for (const id of boards) {
      const rows = left(id);
      expect(rows.responses, id).toBeGreaterThan(0);
      expect(rows.boards, id).toBe(1);
    }

    demo = await startDemo(clone.dir, await freePort());
    const restarted = Date.now();
    for (const id of boards) {
      for (;;) {
        const res = await api('/v1/boards', { method: 'POST', body: { id, name: 'Fresh' } });
        if (res.status === 201) break;
        expect(res.status, id).toBe(409); // "still being removed"
        expect(Date.now() - restarted, `${id} still being removed`).toBeLessThan(4 * 60_000);
        await new Promise((r) => setTimeout(r, 2000));
      }
      // the fresh board has nothing of the old one
      expect(left(id)).toEqual({ responses: 0, counts: 0, boards: 1 });
    }
  }, 480_000);
});
