import { beforeAll, describe, expect, it, vi } from 'vitest';
import app from '../../worker/index';
import { csvField } from '../../worker/lib/csv';
import { wilson95 } from '../../worker/lib/score-math';
import { formatDay } from '../../worker/lib/time';
import { takeLogged } from './console-guard';
import { ADMIN, BASE, call, createBoard, d1Cost, env, json, say, score, storeAnswers } from './helpers';

describe('GET /v1/boards/{board}/responses', () => {
  it('lists newest first and pages with a cursor, without gaps or repeats', async () => {
    const { id } = await createBoard();
    for (let i = 0; i < 7; i++) await say(id, `T-${i}`, i % 2 ? 'no' : 'yes');
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: any = await json(
        await call(`/v1/boards/${id}/responses?limit=3${cursor ? `&cursor=${cursor}` : ''}`, { auth: ADMIN }),
      );
      expect(page.responses.length).toBeLessThanOrEqual(3);
      seen.push(...page.responses.map((r: { interaction: string }) => r.interaction));
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(['T-6', 'T-5', 'T-4', 'T-3', 'T-2', 'T-1', 'T-0']);
  });

  it('filters by verdict and by dates', async () => {
    const { id } = await createBoard();
    await say(id, 'A', 'yes');
    await say(id, 'B', 'no');
    const no = await json(await call(`/v1/boards/${id}/responses?verdict=no`, { auth: ADMIN }));
    expect(no.responses.map((r: { interaction: string }) => r.interaction)).toEqual(['B']);
    const past = await json(await call(`/v1/boards/${id}/responses?to=2020-01-01`, { auth: ADMIN }));
    expect(past.responses).toEqual([]);
    const bad = await call(`/v1/boards/${id}/responses?limit=501`, { auth: ADMIN });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.field).toBe('limit');
    expect((await call(`/v1/boards/${id}/responses?cursor=abc`, { auth: ADMIN })).status).toBe(400);
  });

  it('exports RFC 4180 CSV for Accept: text/csv, safe for spreadsheets', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no', { comment: 'Said "soon", then nothing,\nfor days' });
    await say(id, '=HYPERLINK("http://evil")', 'yes', { comment: '+1 great', agent: '@maria' });
    await say(id, 'T-3', 'yes', { comment: '-5 stars? no: 5 stars' });
    const res = await call(`/v1/boards/${id}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('attachment');
    // one page, read before the headers left: Server-Timing holds the export's whole D1 cost —
    // the board, then the three answers (and the end of their range)
    expect(d1Cost(res).queries).toBe(2);
    expect(d1Cost(res).read).toBeLessThanOrEqual(1 + 3 + 1);
    const text = await res.text();
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('interaction,verdict,comment,agent,channel,locale,created_at,updated_at,reasons');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain(`T-3,yes,'-5 stars? no: 5 stars,,,,`);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"")",yes,'+1 great,'@maria,,,`);
    expect(text).toContain(`T-1,no,"Said ""soon"", then nothing,\nfor days",,,,`);
  });

  it('exports no cell a spreadsheet could start a formula in, however it splits the lines (, ; or TAB)', async () => {
    const { id } = await createBoard();
    const calc = "x;=cmd|' /C calc'!A0";
    await say(id, 'x;=1+1', 'no', { comment: 'x;=1+1', agent: 'x;=1+1' });
    await say(id, 'T-tab', 'no', { comment: 'x\t=1+1' });
    await say(id, calc, 'yes', { comment: calc, agent: calc });
    await say(id, 'T-wide', 'yes', { comment: '\uFF1D1+1' });
    const text = await (
      await call(`/v1/boards/${id}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } })
    ).text();
    const lines = text.split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(5);
    // Excel in a `;` locale, or a TAB split, honours quotes only at the start of a cell
    const naive = (sep: string) => lines.flatMap((l) => l.split(sep)).map((cell) => cell.replace(/^"/, ''));
    for (const cell of [...naive(','), ...naive(';'), ...naive('\t')])
      expect(cell).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
    // the RFC 4180 reading keeps every character a person wrote, behind one apostrophe per formula
    expect(text).toContain(`"x;'=1+1",no,"x;'=1+1","x;'=1+1",`);
    expect(text).toContain(`T-tab,no,"x\t'=1+1",`);
    expect(text).toContain(`"x;'=cmd|' /C calc'!A0",yes,"x;'=cmd|' /C calc'!A0","x;'=cmd|' /C calc'!A0",`);
    expect(text).toContain(`T-wide,yes,'\uFF1D1+1,`);
  });

  it('csvField quotes and neutralises exactly what it must', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField(null)).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('line\r\nbreak')).toBe('"line\r\nbreak"');
    expect(csvField('=1+2')).toBe("'=1+2");
    expect(csvField('-2')).toBe("'-2");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\tx')).toBe(`"'\tx"`); // a TAB is a separator too: quoted
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField('a;b')).toBe('"a;b"');
    expect(csvField('a\tb')).toBe('"a\tb"');
    expect(csvField('x;=1+1')).toBe(`"x;'=1+1"`);
    expect(csvField('x,@SUM(A1)')).toBe(`"x,'@SUM(A1)"`);
    expect(csvField('x\n-1')).toBe(`"x\n'-1"`);
  });
});

describe('DELETE /v1/boards/{board}/responses/{interaction}', () => {
  it('erases one answer; the score and stats follow; a second erase is 404', async () => {
    const { id } = await createBoard();
    await say(id, 'keep', 'yes', { agent: 'maria' });
    await say(id, 'T/1 private', 'no', { agent: 'maria', comment: 'my phone number is …' });
    expect(await score(id)).toMatchObject({ responses: 2, unsatisfied: 1 });
    const path = `/v1/boards/${id}/responses/${encodeURIComponent('T/1 private')}`;
    expect((await call(path, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect(await score(id)).toMatchObject({ responses: 1, unsatisfied: 0 });
    const stats = await json(await call(`/v1/boards/${id}/stats?group_by=agent`, { auth: ADMIN }));
    expect(stats.totals).toMatchObject({ responses: 1, unsatisfied: 0 });
    expect(stats.groups).toEqual([
      {
        key: 'maria',
        satisfied: 1,
        unsatisfied: 0,
        percent: 100,
        interval95: wilson95(1, 0),
        asked: 1,
        answered: 1,
        response_rate: 100,
        // the erased "no" took its follow-up out of maria's too
        follow_up: expect.objectContaining({ open: 0, contacted: 0, resolved: 0, dismissed: 0 }),
        series: expect.any(Array),
      },
    ]);
    const list = await json(await call(`/v1/boards/${id}/responses`, { auth: ADMIN }));
    expect(JSON.stringify(list)).not.toContain('phone');
    const again = await call(path, { method: 'DELETE', auth: ADMIN });
    expect(again.status).toBe(404);
    expect((await json(again)).error.code).toBe('not_found');
  });

  it('refills an answer-count window from older answers', async () => {
    const { id } = await createBoard({ window: { responses: 10 } });
    for (let i = 0; i < 11; i++) await say(id, `T-${i}`, i === 0 ? 'no' : 'yes');
    expect(await score(id)).toMatchObject({ responses: 10, unsatisfied: 0 });
    await call(`/v1/boards/${id}/responses/T-5`, { method: 'DELETE', auth: ADMIN });
    expect(await score(id)).toMatchObject({ responses: 10, satisfied: 9, unsatisfied: 1 });
  });

  it('needs the admin token: a read key gets 403', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    const key = await json(
      await call(`/v1/boards/${id}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read'] } }),
    );
    expect((await call(`/v1/boards/${id}/responses/T-1`, { method: 'DELETE', auth: key.key })).status).toBe(403);
    expect((await score(id)).responses).toBe(1);
  });
});

describe('keyset pages at any depth', () => {
  const N = 20_000;
  const today = Math.floor(Date.now() / 86_400_000);
  let board = '';
  const filters: Record<string, { q: string; where: string }> = {};

  /** The answers a filter must list, newest first, recounted in SQL from the raw rows. */
  async function expected(where: string) {
    const { results } = await env.DB.prepare(
      `SELECT interaction, answered_at FROM responses WHERE board_id = ?1 ${where} ORDER BY answered_at DESC`,
    )
      .bind(board)
      .all<{ interaction: string; answered_at: number }>();
    return results;
  }

  beforeAll(async () => {
    board = (await createBoard()).id;
    await storeAnswers(board, N, {
      verdict: "CASE WHEN i % 5 = 0 THEN 'no' ELSE 'yes' END",
      agent: "'agent-' || (i % 25)",
      channel: "CASE WHEN i % 3 = 0 THEN 'chat' ELSE 'email' END",
      spanDays: 200,
    });
    const from = formatDay(today - 120);
    const to = formatDay(today - 100);
    const days = `AND answered_at >= ${(today - 120) * 86_400_000} AND answered_at < ${(today - 99) * 86_400_000}`;
    Object.assign(filters, {
      none: { q: '', where: '' },
      verdict: { q: '&verdict=no', where: "AND verdict = 'no'" },
      agent: { q: '&agent=agent-7', where: "AND agent = 'agent-7'" },
      channel: { q: '&channel=chat', where: "AND channel = 'chat'" },
      dates: { q: `&from=${from}&to=${to}`, where: days },
      'verdict and dates': { q: `&verdict=no&from=${from}&to=${to}`, where: `AND verdict = 'no' ${days}` },
      'agent and dates': { q: `&agent=agent-7&from=${from}&to=${to}`, where: `AND agent = 'agent-7' ${days}` },
    });
  }, 120_000);

  it.each(['none', 'verdict', 'agent', 'channel', 'dates', 'verdict and dates', 'agent and dates'])(
    'filter %s: the first page and the last read limit + 1 rows, and hold exactly the right answers',
    async (name) => {
      const { q, where } = filters[name]!;
      const all = await expected(where);
      const limit = 30;
      expect(all.length).toBeGreaterThan(2 * limit);
      const first = await call(`/v1/boards/${board}/responses?limit=${limit}${q}`, { auth: ADMIN });
      const firstBody = await json(first);
      expect(firstBody.responses.map((r: { interaction: string }) => r.interaction)).toEqual(
        all.slice(0, limit).map((r) => r.interaction),
      );
      expect(firstBody.next_cursor).toBe(String(all[limit - 1]!.answered_at));
      // the board row, then exactly the page
      expect(d1Cost(first).read).toBeLessThanOrEqual(limit + 1);

      // the deepest page: the cursor of the answer just before the last `limit`
      const cursor = all[all.length - limit - 1]!.answered_at;
      const last = await call(`/v1/boards/${board}/responses?limit=${limit}&cursor=${cursor}${q}`, { auth: ADMIN });
      expect((await json(last)).responses.map((r: { interaction: string }) => r.interaction)).toEqual(
        all.slice(-limit).map((r) => r.interaction),
      );
      expect(d1Cost(last).read).toBeLessThanOrEqual(limit + 1);
    },
  );

  it('a CSV export of 20,000 answers has them all, newest first, and reads each once (logged when it ends)', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      const res = await call(`/v1/boards/${board}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } });
      const lines = (await res.text()).trimEnd().split('\r\n');
      expect(lines).toHaveLength(N + 1);
      expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual((await expected('')).map((r) => r.interaction));
      const [line] = log.mock.calls.find(([m]) => String(m).startsWith(`CSV export of ${board}:`)) ?? [];
      const read = Number(/rows_read=(\d+)/.exec(String(line))?.[1]);
      expect(read).toBeGreaterThanOrEqual(N);
      expect(read).toBeLessThanOrEqual(N * 1.01);
    } finally {
      log.mockRestore();
    }
  });

  /** The export, on a D1 whose listing fails after `pages` pages. */
  const exportFailingAfter = (pages: number) =>
    app.request(
      `${BASE}/v1/boards/${board}/responses`,
      { headers: { authorization: `Bearer ${ADMIN}`, accept: 'text/csv' } },
      { ...env, DB: failingAfter(env.DB, pages) },
    );

  it('a CSV export that D1 cannot finish ends as a broken transfer, never as a complete-looking 200', async () => {
    const res = await exportFailingAfter(2);
    expect(res.status).toBe(200);
    await expect(res.text()).rejects.toThrow(/D1_ERROR/);
    expect(takeLogged('error')).toEqual([
      `CSV export of ${board} cut short: Error: D1_ERROR: Network connection lost.`,
    ]);
  });

  it('a CSV export that D1 cannot start is a 503 to retry, not a 200', async () => {
    const res = await exportFailingAfter(0);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await json(res)).error.code).toBe('storage_unavailable');
    expect(takeLogged('error')).toEqual(['storage error Error: D1_ERROR: Network connection lost.']);
  });
});

/** The real D1 binding, except that the listing queries fail (as D1 does when unreachable) after `pages` of them. */
function failingAfter(db: D1Database, pages: number): D1Database {
  let listed = 0;
  const pass = <T extends object>(target: T, prop: string | symbol) => {
    const v = Reflect.get(target, prop) as unknown;
    return typeof v === 'function' ? v.bind(target) : v;
  };
  return new Proxy(db, {
    get(target, prop) {
      if (prop !== 'prepare') return pass(target, prop);
      return (sql: string) => {
        const stmt = target.prepare(sql);
        if (!/^SELECT \* FROM responses/.test(sql.trim())) return stmt;
        return new Proxy(stmt, {
          get(s, p) {
            if (p !== 'bind') return pass(s, p);
            return (...args: unknown[]) =>
              new Proxy(s.bind(...args), {
                get(b, q) {
                  if (q !== 'all') return pass(b, q);
                  return () =>
                    ++listed > pages ? Promise.reject(new Error('D1_ERROR: Network connection lost.')) : b.all();
                },
              });
          },
        });
      };
    },
  });
}
