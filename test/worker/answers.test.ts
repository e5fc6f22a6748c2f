import { describe, expect, it } from 'vitest';
import { ADMIN, answer, call, createBoard, json, mint, score, env } from './helpers';
import { mintToken } from '../../worker/lib/tokens';
import { clientKey } from '../../worker/lib/ip';

const rows = async (board: string) =>
  (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(board).all()).results;

describe('recording an answer', () => {
  it('stores the first answer with 201 and returns the stored response', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1234');
    const res = await answer(id, {
      interaction: 'T-1234',
      verdict: 'yes',
      token,
      comment: '  Quick and kind.  ',
      agent: 'maria',
      channel: 'email',
      locale: 'pt-BR',
    });
    expect(res.status).toBe(201);
    const body = await json(res);
    expect(body).toMatchObject({
      interaction: 'T-1234',
      verdict: 'yes',
      comment: 'Quick and kind.',
      agent: 'maria',
      channel: 'email',
      locale: 'pt-BR',
    });
    expect(body.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(body.token).toBeUndefined();
  });

  it('accepts text/plain bodies, as browsers send them without a preflight', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-1');
    const res = await call(`/v1/boards/${id}/responses`, {
      method: 'POST',
      raw: JSON.stringify({ interaction: 'T-1', verdict: 'no', token }),
      headers: { 'content-type': 'text/plain;charset=UTF-8' },
    });
    expect(res.status).toBe(201);
    expect((await score(id)).unsatisfied).toBe(1);
  });

  it('keeps one answer per interaction: the last answer counts, never both', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-7');
    expect((await answer(id, { interaction: 'T-7', verdict: 'yes', token })).status).toBe(201);
    const changed = await answer(id, { interaction: 'T-7', verdict: 'no', token });
    expect(changed.status).toBe(200);
    expect((await json(changed)).verdict).toBe('no');
    expect(await score(id)).toMatchObject({ responses: 1, satisfied: 0, unsatisfied: 1 });
    expect(await rows(id)).toHaveLength(1);
  });

  it('a repeated answer is 200 and counts once', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-8');
    const first = await json(await answer(id, { interaction: 'T-8', verdict: 'yes', token }));
    const again = await answer(id, { interaction: 'T-8', verdict: 'yes', token });
    expect(again.status).toBe(200);
    // a retried send writes no row at all
    expect(again.headers.get('server-timing')).toContain('rows_written=0');
    expect((await json(again)).updated_at).toBe(first.updated_at);
    expect(await score(id)).toMatchObject({ responses: 1, satisfied: 1 });
  });

  it('a comment follows as an update and keeps the verdict; "" removes it', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'T-9');
    await answer(id, { interaction: 'T-9', verdict: 'no', token, agent: 'li' });
    const withComment = await json(
      await answer(id, { interaction: 'T-9', verdict: 'no', token, comment: ' Took three days.\r\nStill open. ' }),
    );
    expect(withComment).toMatchObject({ verdict: 'no', agent: 'li', comment: 'Took three days.\nStill open.' });
    const cleared = await json(await answer(id, { interaction: 'T-9', verdict: 'no', token, comment: '' }));
    expect(cleared.comment).toBeUndefined();
    expect(await score(id)).toMatchObject({ responses: 1, unsatisfied: 1 });
  });

  it('is isolated per board: the same interaction id on two boards is two answers', async () => {
    const a = await createBoard();
    const b = await createBoard();
    await answer(a.id, { interaction: 'T-1', verdict: 'yes', token: await mint(a.id, 'T-1') });
    await answer(b.id, { interaction: 'T-1', verdict: 'no', token: await mint(b.id, 'T-1') });
    expect((await score(a.id)).satisfied).toBe(1);
    expect((await score(b.id)).unsatisfied).toBe(1);
  });
});

describe('interaction tokens', () => {
  const post = (board: string, token: string | undefined, interaction = 'T-1') =>
    answer(board, { interaction, verdict: 'yes', ...(token === undefined ? {} : { token }) });
  const code = async (res: Response) => (await json(res)).error?.code;

  it('missing → 401 token_required', async () => {
    const { id } = await createBoard();
    const res = await post(id, undefined);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('token_required');
  });

  it('forged, for another interaction or another board → 401 token_invalid', async () => {
    const { id, secret } = await createBoard();
    const other = await createBoard();
    const exp = Math.floor(Date.now() / 1000) + 3600;
    const forged = await mintToken('pms_not-the-secret', id, 'T-1', exp);
    const otherInteraction = await mintToken(secret, id, 'T-2', exp);
    const otherBoard = await mint(other.id, 'T-1');
    const tamperedExp = (await mintToken(secret, id, 'T-1', exp)).replace(/^\d+/, String(exp + 100));
    const good = await mintToken(secret, id, 'T-1', exp);
    // the same signature bits spelled differently (the last character's unused low bits flipped)
    const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const alias = good.slice(0, -1) + B64[B64.indexOf(good.at(-1)!) ^ 1];
    for (const token of [forged, otherInteraction, otherBoard, tamperedExp, alias, 'garbage', `${exp}.AAAA`]) {
      const res = await post(id, token);
      expect(res.status, token).toBe(401);
      expect(await code(res)).toBe('token_invalid');
    }
    expect((await score(id)).responses).toBe(0);
  });

  it('an expiry spelled any other way than canonical decimal, or more than 400 days ahead → 401 token_invalid', async () => {
    const { id, secret } = await createBoard();
    const now = Math.floor(Date.now() / 1000);
    const sigOf = async (exp: string) => (await mintToken(secret, id, 'T-1', Number(exp))).split('.')[1];
    const exp = String(now + 3600);
    // The signature covers EXP as a number, so these spellings carry a valid one: only the format refuses them.
    for (const spelling of [`0${exp}`, `00${exp}`, `+${exp}`, `${exp}.0`, `${exp}e0`]) {
      const res = await post(id, `${spelling}.${await sigOf(exp)}`);
      expect(res.status, spelling).toBe(401);
      expect(await code(res)).toBe('token_invalid');
    }
    for (const far of [now + 400 * 86_400 + 120, 999_999_999_999]) {
      const res = await post(id, await mintToken(secret, id, 'T-1', far));
      expect(res.status, String(far)).toBe(401);
      expect(await code(res)).toBe('token_invalid');
    }
    expect((await score(id)).responses).toBe(0);
    // 400 days ahead is still good, and the admin API mints at most a year
    expect((await post(id, await mintToken(secret, id, 'T-1', now + 400 * 86_400 - 60))).status).toBe(201);
    const tooLong = await call(`/v1/boards/${id}/tokens`, {
      method: 'POST',
      auth: ADMIN,
      body: { interaction: 'T-2', ttl_seconds: 400 * 86_400 },
    });
    expect(tooLong.status).toBe(400);
    expect((await json(tooLong)).error.field).toBe('ttl_seconds');
    const year = await json(
      await call(`/v1/boards/${id}/tokens`, {
        method: 'POST',
        auth: ADMIN,
        body: { interaction: 'T-2', ttl_seconds: 366 * 86_400 },
      }),
    );
    expect((await post(id, year.token, 'T-2')).status).toBe(201);
  });

  it('past its expiry → 401 token_expired', async () => {
    const { id, secret } = await createBoard();
    const token = await mintToken(secret, id, 'T-1', Math.floor(Date.now() / 1000) - 1);
    const res = await post(id, token);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('token_expired');
  });

  it('after a rotation, tokens of the previous secret still work for 24 hours, then not', async () => {
    const { id } = await createBoard();
    const before = await mint(id, 'T-1');
    const rotated = await call(`/v1/boards/${id}/secret`, { method: 'POST', auth: ADMIN });
    expect(rotated.status).toBe(200);
    const { secret: newSecret } = await json(rotated);
    expect((await post(id, before)).status).toBe(201);
    const fresh = await mintToken(newSecret, id, 'T-2', Math.floor(Date.now() / 1000) + 60);
    expect((await post(id, fresh, 'T-2')).status).toBe(201);
    // The grace period ends: move it into the past as 24 hours would.
    await env.DB.prepare('UPDATE boards SET prev_secret_until = ?2 WHERE id = ?1')
      .bind(id, Date.now() - 1)
      .run();
    const res = await post(id, before);
    expect(res.status).toBe(401);
    expect(await code(res)).toBe('token_invalid');
  });

  it('an open board (require_token: false) takes answers without a token', async () => {
    const { id } = await createBoard({ require_token: false });
    expect((await post(id, undefined)).status).toBe(201);
  });

  it('an open board rate-limits each client', async () => {
    const { id } = await createBoard({ require_token: false });
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) {
      const res = await answer(id, { interaction: `R-${i}`, verdict: 'yes' }, { 'cf-connecting-ip': '203.0.113.9' });
      statuses.push(res.status);
      if (res.status === 429) {
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(await code(res)).toBe('rate_limited');
        break;
      }
    }
    expect(statuses).toContain(429);
    const accepted = statuses.filter((s) => s === 201).length;
    expect((await score(id)).responses).toBe(accepted);
    // another client is not affected
    const other = await answer(id, { interaction: 'R-x', verdict: 'yes' }, { 'cf-connecting-ip': '203.0.113.10' });
    expect(other.status).toBe(201);
  });
});

describe('the open-board rate limit counts clients, not address strings', () => {
  /** Answers from each address in turn until one is refused: how many were accepted. */
  async function acceptedFrom(board: string, addresses: string[], tries = 40): Promise<number> {
    for (let i = 0; i < tries; i++) {
      const ip = addresses[i % addresses.length]!;
      const res = await answer(board, { interaction: `R-${i}`, verdict: 'yes' }, { 'cf-connecting-ip': ip });
      if (res.status === 429) return i;
      expect(res.status).toBe(201);
    }
    return tries;
  }

  it('40 addresses of one IPv6 /64 share one limit of 30; another /64 has its own', async () => {
    const { id } = await createBoard({ require_token: false });
    const subnet = Array.from({ length: 40 }, (_, i) => `2001:db8:aa:bb:${(i + 1).toString(16)}::${i * 7 + 1}`);
    expect(await acceptedFrom(id, subnet)).toBe(30);
    expect((await score(id)).responses).toBe(30);
    const next = await answer(id, { interaction: 'R-n', verdict: 'yes' }, { 'cf-connecting-ip': '2001:db8:aa:bc::1' });
    expect(next.status).toBe(201);
  });

  it('spellings of one address are one client, and an IPv4-mapped address is its IPv4 client', async () => {
    const { id } = await createBoard({ require_token: false });
    const v6 = ['2001:db8::1', '2001:DB8:0:0::1', '2001:0db8:0000:0000:0000:0000:0000:0001', '[2001:db8::1]'];
    expect(await acceptedFrom(id, v6)).toBe(30);
    const { id: other } = await createBoard({ require_token: false });
    const v4 = ['198.51.100.7', '::ffff:198.51.100.7', '::FFFF:c633:6407', '0:0:0:0:0:ffff:198.51.100.7'];
    expect(await acceptedFrom(other, v4)).toBe(30);
  });

  it('clientKey: IPv4 per address, IPv6 per /64, anything else as its text', () => {
    expect(clientKey('203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2::')).toBe('2001:db8:1:2::/64');
    expect(clientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
    expect(clientKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(clientKey('1::2::3')).toBe('1::2::3');
    expect(clientKey('2001:db8::1:2:3:4:5:6:7')).toBe('2001:db8::1:2:3:4:5:6:7');
    expect(clientKey('local')).toBe('local');
  });
});

describe('CORS and allowed origins', () => {
  it('answers any origin with * when the list is empty, never with credentials', async () => {
    const { id } = await createBoard();
    const res = await answer(
      id,
      { interaction: 'T-1', verdict: 'yes', token: await mint(id, 'T-1') },
      { origin: 'https://anywhere.example' },
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('reflects an allowed origin and refuses others with origin_not_allowed, storing nothing', async () => {
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.com'] });
    const token = await mint(id, 'T-1');
    const ok = await answer(id, { interaction: 'T-1', verdict: 'yes', token }, { origin: 'https://help.acme.com' });
    expect(ok.status).toBe(201);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://help.acme.com');
    expect(ok.headers.get('vary')).toContain('Origin');
    const token2 = await mint(id, 'T-2');
    const bad = await answer(
      id,
      { interaction: 'T-2', verdict: 'no', token: token2 },
      { origin: 'https://evil.example' },
    );
    expect(bad.status).toBe(403);
    expect((await json(bad)).error.code).toBe('origin_not_allowed');
    // The refusal itself is readable by that page (the widget tells its owner why), never with credentials.
    expect(bad.headers.get('access-control-allow-origin')).toBe('*');
    expect(bad.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await score(id)).toMatchObject({ responses: 1, satisfied: 1 });
  });

  it('every refusal of the answer endpoint carries CORS headers, so the calling page can read it', async () => {
    const origin = { origin: 'https://help.acme.com' };
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.com'] });
    const refusals: [Response, number, string][] = [
      [await answer('no-such-board', { interaction: 'T-1', verdict: 'yes' }, origin), 404, 'unknown_board'],
      [await answer('Not_A_Board', { interaction: 'T-1', verdict: 'yes' }, origin), 404, 'unknown_board'],
      [await answer(id, { interaction: 'T-1', verdict: 'yes' }, origin), 401, 'token_required'],
      [
        await answer(id, { interaction: 'T-1', verdict: 'yes', token: await mint(id, 'T-2') }, origin),
        401,
        'token_invalid',
      ],
      [await answer(id, { interaction: 'T-1', verdict: 'maybe' }, origin), 400, 'invalid_body'],
    ];
    for (const [res, status, code] of refusals) {
      expect(res.status, code).toBe(status);
      expect((await json(res)).error.code).toBe(code);
      expect(res.headers.get('access-control-allow-origin'), code).toMatch(/^(\*|https:\/\/help\.acme\.com)$/);
      expect(res.headers.get('access-control-allow-credentials'), code).toBeNull();
    }
    expect((await score(id)).responses).toBe(0);
  });

  it('answers a preflight for allowed origins only', async () => {
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.com'] });
    const ok = await call(`/v1/boards/${id}/responses`, {
      method: 'OPTIONS',
      headers: { origin: 'https://help.acme.com', 'access-control-request-method': 'POST' },
    });
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://help.acme.com');
    expect(ok.headers.get('access-control-allow-methods')).toContain('POST');
    const bad = await call(`/v1/boards/${id}/responses`, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(bad.status).toBe(403);
  });

  it('an open board with allowed origins refuses requests without an Origin', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: ['https://help.acme.com'] });
    const res = await answer(id, { interaction: 'T-1', verdict: 'yes' });
    expect(res.status).toBe(403);
    expect((await json(res)).error.code).toBe('origin_not_allowed');
  });
});

describe('bad input gets a clear error and changes nothing', () => {
  it.each([
    [{ raw: '{"interaction": "T-1", "verdict": ', type: 'application/json' }, 400, 'invalid_json', undefined],
    [{ raw: '[1,2]', type: 'application/json' }, 400, 'invalid_body', undefined],
    [{ raw: '{"interaction":"T-1","verdict":"maybe"}', type: 'application/json' }, 400, 'invalid_body', 'verdict'],
    [{ raw: '{"verdict":"yes"}', type: 'application/json' }, 400, 'invalid_body', 'interaction'],
    [{ raw: '{"interaction":"","verdict":"yes"}', type: 'application/json' }, 400, 'invalid_body', 'interaction'],
    [
      { raw: `{"interaction":"${'x'.repeat(129)}","verdict":"yes"}`, type: 'application/json' },
      400,
      'invalid_body',
      'interaction',
    ],
    [
      { raw: '{"interaction":"T\\u0000","verdict":"yes"}', type: 'application/json' },
      400,
      'invalid_body',
      'interaction',
    ],
    [
      { raw: '{"interaction":"T-1","verdict":"yes","channel":"E Mail"}', type: 'application/json' },
      400,
      'invalid_body',
      'channel',
    ],
    [
      { raw: `{"interaction":"T-1","verdict":"yes","agent":"${'a'.repeat(65)}"}`, type: 'application/json' },
      400,
      'invalid_body',
      'agent',
    ],
    [
      { raw: `{"interaction":"T-1","verdict":"yes","comment":"${'c'.repeat(1001)}"}`, type: 'application/json' },
      400,
      'invalid_body',
      'comment',
    ],
    [
      { raw: '{"interaction":"T-1","verdict":"yes","admin":true}', type: 'application/json' },
      400,
      'invalid_body',
      undefined,
    ],
    [
      { raw: 'interaction=T-1&verdict=yes', type: 'application/x-www-form-urlencoded' },
      415,
      'unsupported_media_type',
      undefined,
    ],
    [{ raw: '{"interaction":"T-1","verdict":"yes"}', type: '' }, 415, 'unsupported_media_type', undefined],
    [
      { raw: `{"interaction":"T-1","verdict":"yes","comment":"${'c'.repeat(9000)}"}`, type: 'application/json' },
      413,
      'payload_too_large',
      undefined,
    ],
  ])('case %# → %i %s', async (req, status, codeName, field) => {
    const { id } = await createBoard();
    const headers: Record<string, string> = req.type ? { 'content-type': req.type } : {};
    // bytes, so that fetch adds no Content-Type of its own
    const raw = new TextEncoder().encode(req.raw);
    const res = await call(`/v1/boards/${id}/responses`, { method: 'POST', raw, headers });
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body = await json(res);
    expect(body.error.code).toBe(codeName);
    expect(body.error.message).toEqual(expect.any(String));
    if (field) expect(body.error.field).toBe(field);
    expect(await rows(id)).toHaveLength(0);
  });

  it('an unknown board is 404 unknown_board', async () => {
    const res = await answer('no-such-board', { interaction: 'T-1', verdict: 'yes' });
    expect(res.status).toBe(404);
    expect((await json(res)).error.code).toBe('unknown_board');
    expect((await call('/v1/boards/NOT_AN_ID/score')).status).toBe(404);
  });

  it('a wrong method on a real path is 405 with Allow', async () => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/score`, { method: 'PUT' });
    expect(res.status).toBe(405);
    expect((await json(res)).error.code).toBe('method_not_allowed');
    expect(res.headers.get('allow')).toContain('GET');
  });
});
