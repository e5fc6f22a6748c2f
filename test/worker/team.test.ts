/**
 * The team's page (issue 19 § 1): the page's headers, one-time sign-in links, and the sessions a
 * link or a board key opens — what a session may do, and every way one ends.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { ADMIN, call, createBoard, d1Cost, env, json, say } from './helpers';

async function link(board: string, body: Record<string, unknown> = {}) {
  const res = await call(`/v1/boards/${board}/sign-in-links`, { method: 'POST', auth: ADMIN, body });
  expect(res.status).toBe(201);
  const made = await json<{ url: string; expires_at: string }>(res);
  return { ...made, secret: /#link=([A-Za-z0-9_-]{43})$/.exec(made.url)![1]! };
}

const exchange = (board: string, secret: string) =>
  call(`/v1/boards/${board}/sessions`, { method: 'POST', body: { link: secret } });

async function key(board: string, scopes: string[]) {
  const res = await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes } });
  return json<{ id: string; key: string }>(res);
}

async function signInWithKey(board: string, scopes: string[]) {
  const k = await key(board, scopes);
  const res = await call(`/v1/boards/${board}/sessions`, { method: 'POST', auth: k.key, body: {} });
  return { key: k, res, body: await json(res.clone()) };
}

const rowCount = async (table: string, board: string) =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE board_id = ?1`).bind(board).first<{ n: number }>())!
    .n;

describe('GET /team/{board}', () => {
  it('is private: never cached, indexed, framed or sent with a Referer, under a CSP with no inline code', async () => {
    const { id } = await createBoard({ name: 'Acme Support' });
    const res = await call(`/team/${id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    const html = await res.text();
    expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
    expect(html).toContain('<title>Acme Support · ');
    expect(html).toContain('src="/team/app.js"');
    expect(html).toContain('<link rel="icon" href="data:,"/>'); // no /favicon.ico 404 in the console
    expect(html).toMatch(/<script type="application\/json" id="team-words">\{.*"title":/);
  });

  it("speaks the reader's language, right to left for Arabic", async () => {
    const { id } = await createBoard();
    const html = await (await call(`/team/${id}`, { headers: { 'accept-language': 'ar-EG,en;q=0.5' } })).text();
    expect(html).toContain('<html lang="ar" dir="rtl">');
    expect(await (await call(`/team/${id}?lang=de`)).text()).toContain('<html lang="de" dir="ltr">');
  });

  it('an unknown board is a 404 page with the same private headers', async () => {
    const res = await call('/team/no-such-board-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-robots-tag')).toBe('noindex, nofollow');
  });
});

describe('sign-in links', () => {
  it('carry their secret in the fragment, live ten minutes by default, and are for the admin only', async () => {
    const { id } = await createBoard();
    const before = Date.now();
    const made = await link(id);
    expect(made.url).toMatch(new RegExp(`^https://pandameter\\.test/team/${id}#link=[A-Za-z0-9_-]{43}$`));
    const ttl = Date.parse(made.expires_at) - before;
    expect(ttl).toBeGreaterThan(590_000);
    expect(ttl).toBeLessThanOrEqual(601_000);
    // only a hash is stored
    const row = await env.DB.prepare('SELECT hash FROM sign_in_links WHERE board_id = ?1')
      .bind(id)
      .first<{ hash: string }>();
    expect(row!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.hash).not.toContain(made.secret);

    const reader = await key(id, ['read', 'sign', 'triage']);
    const byKey = await call(`/v1/boards/${id}/sign-in-links`, { method: 'POST', auth: reader.key, body: {} });
    expect(byKey.status).toBe(403);
    expect((await call(`/v1/boards/${id}/sign-in-links`, { method: 'POST', body: {} })).status).toBe(401);
  });

  it('refuse a life outside 60–3600 seconds with a clear error and store nothing', async () => {
    const { id } = await createBoard();
    for (const ttl_seconds of [59, 3601, 1.5, '600']) {
      const res = await call(`/v1/boards/${id}/sign-in-links`, { method: 'POST', auth: ADMIN, body: { ttl_seconds } });
      expect(res.status).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field: 'ttl_seconds' });
    }
    expect(await rowCount('sign_in_links', id)).toBe(0);
  });

  it('work once: the second use is refused and opens nothing', async () => {
    const { id } = await createBoard({ name: 'Acme', target: 95 });
    const { secret } = await link(id);
    const first = await exchange(id, secret);
    expect(first.status).toBe(201);
    const session = await json(first);
    expect(session).toMatchObject({
      scopes: ['read', 'triage'],
      board: { id, name: 'Acme', target: 95, window: { responses: 100 }, reasons: [] },
    });
    expect(session.session).toMatch(/^pmsn_[a-z0-9]{12}_[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(session.expires_at) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);

    const again = await exchange(id, secret);
    expect(again.status).toBe(401);
    expect((await json(again)).error.message).toContain(`npm run admin -- dashboard ${id}`);
    expect(await rowCount('sessions', id)).toBe(1);
  });

  it('an expired link, or one of another board, opens nothing (and the other board can still use its own)', async () => {
    const { id } = await createBoard();
    const { id: other } = await createBoard();
    const stale = await link(id, { ttl_seconds: 60 });
    await env.DB.prepare('UPDATE sign_in_links SET expires_at = ?2 WHERE board_id = ?1')
      .bind(id, Date.now() - 1)
      .run();
    expect((await exchange(id, stale.secret)).status).toBe(401);

    const theirs = await link(other);
    expect((await exchange(id, theirs.secret)).status).toBe(401);
    expect(await rowCount('sessions', id)).toBe(0);
    expect((await exchange(other, theirs.secret)).status).toBe(201);
  });

  it('a made-up secret, or a link and a key at once, is refused', async () => {
    const { id } = await createBoard();
    expect((await exchange(id, 'A'.repeat(43))).status).toBe(401);
    const bad = await exchange(id, 'short');
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.field).toBe('link');
    const { secret } = await link(id);
    const both = await call(`/v1/boards/${id}/sessions`, { method: 'POST', auth: ADMIN, body: { link: secret } });
    expect(both.status).toBe(400);
    expect((await exchange(id, secret)).status).toBe(201); // the refused request did not spend it
  });
});

describe('a session', () => {
  it('reads and triages its own board, and nothing else', async () => {
    const { id } = await createBoard();
    const { id: other } = await createBoard();
    await say(id, 'T-1', 'no');
    const { session } = await json(await exchange(id, (await link(id)).secret));

    expect((await call(`/v1/boards/${id}/stats`, { auth: session })).status).toBe(200);
    const list = await call(`/v1/boards/${id}/responses`, { auth: session });
    expect((await json(list)).responses).toHaveLength(1);
    const put = await call(`/v1/boards/${id}/responses/T-1/follow-up`, {
      method: 'PUT',
      auth: session,
      body: { status: 'contacted', note: 'called' },
    });
    expect(put.status).toBe(200);
    expect((await json(put)).follow_up.status).toBe('contacted');

    const forbidden = [
      call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: session, body: { interaction: 'T-2' } }),
      call(`/v1/boards/${id}`, { auth: session }),
      call(`/v1/boards/${id}/sign-in-links`, { method: 'POST', auth: session, body: {} }),
      call(`/v1/boards/${id}/sessions`, { method: 'POST', auth: session, body: {} }),
      call(`/v1/boards/${other}/stats`, { auth: session }),
    ];
    for (const res of await Promise.all(forbidden)) expect(res.status).toBe(403);
  });

  it('costs what a key costs to check: one read of the session with its key', async () => {
    const { id } = await createBoard();
    const { key: readKey } = await key(id, ['read']);
    const { session } = await json(await exchange(id, (await link(id)).secret));
    const byKey = d1Cost(await call(`/v1/boards/${id}/stats`, { auth: readKey }));
    const bySession = d1Cost(await call(`/v1/boards/${id}/stats`, { auth: session }));
    expect(bySession.read).toBe(byKey.read);
    expect(bySession.written).toBe(0);
  });

  it('from a key: read-only stays read-only, a key without read cannot sign in', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    const reader = await signInWithKey(id, ['read', 'sign']);
    expect(reader.res.status).toBe(201);
    expect(reader.body.scopes).toEqual(['read']);
    const put = await call(`/v1/boards/${id}/responses/T-1/follow-up`, {
      method: 'PUT',
      auth: reader.body.session,
      body: { status: 'contacted' },
    });
    expect(put.status).toBe(403);
    const minted = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: reader.body.session,
      body: { interaction: 'T-2' },
    });
    expect(minted.status).toBe(403);

    const triager = await signInWithKey(id, ['read', 'triage']);
    expect(triager.body.scopes).toEqual(['read', 'triage']);
    const signer = await signInWithKey(id, ['sign', 'triage']);
    expect(signer.res.status).toBe(403);
    expect(signer.body.error.message).toContain('"read"');

    const { id: other } = await createBoard();
    const elsewhere = await call(`/v1/boards/${other}/sessions`, { method: 'POST', auth: reader.key.key, body: {} });
    expect(elsewhere.status).toBe(403);
  });

  it('ends when the key that opened it is revoked', async () => {
    const { id } = await createBoard();
    const { key: k, body } = await signInWithKey(id, ['read']);
    expect((await call(`/v1/boards/${id}/stats`, { auth: body.session })).status).toBe(200);
    await call(`/v1/boards/${id}/keys/${k.id}`, { method: 'DELETE', auth: ADMIN });
    const after = await call(`/v1/boards/${id}/stats`, { auth: body.session });
    expect(after.status).toBe(401);
    expect((await json(after)).error.message).toContain('Sign in again');
    expect((await call(`/v1/boards/${id}/session`, { auth: body.session })).status).toBe(401);
  });

  it('tells the page its board after a reload, and signs out for good', async () => {
    const { id } = await createBoard({
      name: 'Acme',
      reasons: [{ id: 'slow', label: 'Too slow' }],
    });
    const { session } = await json(await exchange(id, (await link(id)).secret));
    const now = await call(`/v1/boards/${id}/session`, { auth: session });
    expect(now.status).toBe(200);
    const body = await json(now);
    expect(body.session).toBeUndefined();
    expect(body).toMatchObject({ scopes: ['read', 'triage'], board: { name: 'Acme', reasons: [{ id: 'slow' }] } });

    expect((await call(`/v1/boards/${id}/session`, { method: 'DELETE', auth: session })).status).toBe(204);
    expect((await call(`/v1/boards/${id}/stats`, { auth: session })).status).toBe(401);
    expect((await call(`/v1/boards/${id}/session`, { method: 'DELETE', auth: session })).status).toBe(401);
  });

  it('expires, and the cron then removes expired sessions and links', async () => {
    const { id } = await createBoard();
    const { session } = await json(await exchange(id, (await link(id)).secret));
    await link(id); // an unused one
    await env.DB.prepare('UPDATE sessions SET expires_at = ?2 WHERE board_id = ?1')
      .bind(id, Date.now() - 1)
      .run();
    await env.DB.prepare('UPDATE sign_in_links SET expires_at = ?2 WHERE board_id = ?1')
      .bind(id, Date.now() - 1)
      .run();
    expect((await call(`/v1/boards/${id}/stats`, { auth: session })).status).toBe(401);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    expect(await rowCount('sessions', id)).toBe(0);
    expect(await rowCount('sign_in_links', id)).toBe(0);
  });
});
