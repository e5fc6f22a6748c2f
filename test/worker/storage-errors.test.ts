import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { takeLogged } from './console-guard';
import { BASE, env } from './helpers';

/** A D1 binding that fails the way D1 does when it is overloaded or unreachable, sessions included. */
const failingQueries = {
  prepare: () => {
    throw new Error('D1_ERROR: Network connection lost.');
  },
  batch: () => Promise.reject(new Error('D1_ERROR: Network connection lost.')),
};
const failingDb = {
  ...failingQueries,
  withSession: () => ({ ...failingQueries, getBookmark: () => null }),
} as unknown as D1Database;

describe('when the database does not answer', () => {
  it.each([
    ['GET', '/healthz'],
    ['GET', '/v1/boards/acme/score'],
    ['POST', '/v1/boards/acme/responses'],
  ])('%s %s → 503 storage_unavailable with Retry-After, in the JSON envelope', async (method, path) => {
    const res = await app.request(
      BASE + path,
      {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ interaction: 'T-1', verdict: 'yes' }) : undefined,
      },
      { ...env, DB: failingDb },
    );
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    // an error is never cached, and the score's error is readable by the dashboard that asked
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    if (path.endsWith('/score')) expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('storage_unavailable');
    expect(body.error.message).not.toContain('Network');
    // The widget must see a 503 (and retry), not a network error: the answer endpoint's CORS holds here too.
    if (method === 'POST') expect(res.headers.get('access-control-allow-origin')).toBe('*');
    // The operator's log says what happened; the client's body does not.
    expect(takeLogged('error')).toEqual(['storage error Error: D1_ERROR: Network connection lost.']);
  });
});

/**
 * The database as it is under another writer's exclusive lock: every read answers, every write
 * fails busy. The real binding underneath, so reads are real reads.
 */
const lockedDb = new Proxy(env.DB, {
  get(db, prop) {
    if (prop === 'prepare') {
      return (sql: string) => {
        const stmt = db.prepare(sql);
        if (!/^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i.test(sql)) return stmt;
        const busy = () => Promise.reject(new Error('D1_ERROR: database is locked: SQLITE_BUSY'));
        const locked = { bind: () => locked, run: busy, first: busy, all: busy, raw: busy };
        return locked;
      };
    }
    const value = Reflect.get(db, prop) as unknown;
    return typeof value === 'function' ? value.bind(db) : value;
  },
}) as D1Database;

describe('when the database reads but takes no writes', () => {
  it('GET /healthz says answers cannot be stored: 503 storage_unavailable with Retry-After', async () => {
    const res = await app.request(BASE + '/healthz', {}, { ...env, DB: lockedDb });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
    expect(takeLogged('error')).toEqual(['storage error Error: D1_ERROR: database is locked: SQLITE_BUSY']);
    // and with the database itself: 200, one row written, nothing else
    const ok = await app.request(BASE + '/healthz', {}, env);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ ok: true });
    expect(ok.headers.get('server-timing')).toMatch(/rows_written=1\b/);
  });
});
