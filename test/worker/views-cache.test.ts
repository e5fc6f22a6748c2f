import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { SCORE_CACHE, SCORE_MAX_AGE } from '../../worker/score';
import { ADMIN, BASE, call, createBoard, d1Cost, env, json, say } from './helpers';

/** The real D1 binding, noting which queries go to the primary and which through a session. */
function recording(db: D1Database) {
  const log: string[] = [];
  const queries = <T extends object>(target: T, where: string): T =>
    new Proxy(target, {
      get(t, p) {
        const v = Reflect.get(t, p) as unknown;
        if (p === 'prepare' || p === 'batch') log.push(where);
        return typeof v === 'function' ? v.bind(t) : v;
      },
    });
  const wrapped = new Proxy(queries(db, 'primary'), {
    get(t, p) {
      if (p !== 'withSession') return Reflect.get(t, p);
      return (constraint: string) =>
        queries(db.withSession(constraint as D1SessionConstraint), `session ${constraint}`);
    },
  });
  return { db: wrapped, log };
}

const views = (id: string) => [
  `/v1/boards/${id}/score`,
  `/v1/boards/${id}/badge.svg`,
  `/v1/boards/${id}/badge.svg?label=csat`,
  `/scoreboard/${id}?theme=dark&lang=de`,
  `/scoreboard/${id}?theme=light&lang=fr`,
  `/scoreboard/${id}`,
];

describe('score, badge and scoreboard from the Workers Cache API', () => {
  it('1,002 views of six variants in a burst cost D1 a single one-row read, and each variant stays itself', async () => {
    const { id } = await createBoard({ name: 'Acme Support' });
    for (let i = 0; i < 4; i++) await say(id, `T-${i}`, i === 0 ? 'no' : 'yes');
    let queries = 0;
    let read = 0;
    for (let round = 0; round < 167; round++) {
      for (const path of views(id)) {
        const res = await call(path);
        expect(res.status).toBe(200);
        queries += d1Cost(res).queries;
        read += d1Cost(res).read;
        if (round > 0) continue;
        const body = await res.text();
        if (path.endsWith('/score')) expect(JSON.parse(body)).toMatchObject({ responses: 4, percent: 75 });
        if (path.includes('label=csat')) expect(body).toContain('aria-label="csat: 75%"');
        if (path.includes('lang=de')) expect(body).toMatch(/<html[^>]*lang="de"/);
        if (path.includes('lang=fr')) expect(body).toMatch(/<html[^>]*lang="fr"/);
      }
    }
    expect({ queries, read }).toEqual({ queries: 1, read: 1 });
    // the same variant later is the same bytes; another variant is another page
    const [dark, light] = await Promise.all([call(views(id)[3]!), call(views(id)[4]!)]);
    expect(await dark.text()).not.toBe(await light.text());
  });

  it('a cached view lives as long as its Cache-Control says', async () => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/score`);
    expect(res.headers.get('cache-control')).toBe(SCORE_CACHE);
    const stored = await (await caches.open('pandameter-views')).match(`${BASE}/_cache/score/${id}`);
    expect(stored?.headers.get('cache-control')).toBe(`max-age=${SCORE_MAX_AGE}`);
    expect(SCORE_CACHE).toContain(`max-age=${SCORE_MAX_AGE},`);
  });

  it('serves the cached views until a write changes what they show, then every variant at once', async () => {
    const { id } = await createBoard({ name: 'Before' });
    await say(id, 'T-1', 'yes');
    const texts = async () => Promise.all(views(id).map(async (p) => (await call(p)).text()));
    const first = await texts();
    // D1 changed behind the worker's back: the views are the cached ones
    await env.DB.prepare("UPDATE boards SET name = 'Behind its back' WHERE id = ?1").bind(id).run();
    expect(await texts()).toEqual(first);
    // an answer through the API: every view shows the board as it is now
    await say(id, 'T-2', 'no');
    const after = await texts();
    expect(JSON.parse(after[0]!)).toMatchObject({ name: 'Behind its back', responses: 2, percent: 50 });
    expect(after[1]).toContain('>50%</text>');
    for (const page of after.slice(3)) expect(page).toContain('Behind its back');
    // settings and erasures too
    await call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { name: 'Renamed' } });
    expect(await json(await call(`/v1/boards/${id}/score`))).toMatchObject({ name: 'Renamed' });
    await call(`/v1/boards/${id}/responses/T-2`, { method: 'DELETE', auth: ADMIN });
    expect(await json(await call(`/v1/boards/${id}/score`))).toMatchObject({ responses: 1, percent: 100 });
  });

  it('a changed score answers If-None-Match with the new view, an unchanged one with 304 from the cache', async () => {
    const { id } = await createBoard();
    const badge = await call(`/v1/boards/${id}/badge.svg`);
    const again = await call(`/v1/boards/${id}/badge.svg`, {
      headers: { 'if-none-match': badge.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
    expect(d1Cost(again).queries).toBe(0);
    await say(id, 'T-1', 'yes');
    const changed = await call(`/v1/boards/${id}/badge.svg`, {
      headers: { 'if-none-match': badge.headers.get('etag')! },
    });
    expect(changed.status).toBe(200);
  });
});

describe('which D1 answers', () => {
  const request = (db: D1Database, path: string, init: RequestInit = {}) =>
    app.request(
      BASE + path,
      { ...init, headers: { authorization: `Bearer ${ADMIN}`, ...init.headers } },
      { ...env, DB: db },
    );

  it('views read through a session that a replica may serve; answers and admin reads use the primary', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');

    const view = recording(env.DB);
    expect((await request(view.db, `/v1/boards/${id}/score`)).status).toBe(200);
    expect([...new Set(view.log)]).toEqual(['session first-unconstrained']);

    const token = await (
      await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'T-2' } })
    ).json<{ token: string }>();
    for (const [path, init] of [
      [
        `/v1/boards/${id}/responses`,
        {
          method: 'POST',
          body: JSON.stringify({ interaction: 'T-2', verdict: 'no', token: token.token }),
          headers: { 'content-type': 'application/json' },
        },
      ],
      [`/v1/boards/${id}`, {}],
      [`/v1/boards/${id}/stats`, {}],
      [`/v1/boards/${id}/responses`, {}],
    ] as const) {
      const rec = recording(env.DB);
      expect((await request(rec.db, path, init)).status).toBeLessThan(300);
      expect([...new Set(rec.log)], path).toEqual(['primary']);
    }
  });
});
