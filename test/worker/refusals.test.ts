/**
 * Refused answers reach the team (issue 18.3): each refusal of the public answer endpoint is counted
 * per board, reason and hour with the last refused origin; the admin board read shows the last 24 h;
 * the counting is bounded (no row for an unknown board, one row per board, reason and hour, old
 * hours dropped) and never changes the refusal itself; `answer.refused` goes to the webhooks at most
 * once per board and reason per hour, in the Standard and Slack formats.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, mint } from './helpers';
import { mintToken } from '../../worker/lib/tokens';
import { createWebhook, deliveries, hookUrl, receivedAtLeast, verified } from './webhook-helpers';

const PAGE = 'https://help.acme.test';
const STRANGER = 'http://127.0.0.1:8000';

const refused24h = async (board: string) =>
  (await json(await call(`/v1/boards/${board}`, { auth: ADMIN }))).refused_24h as unknown[];

const rows = async (board: string) =>
  (await env.DB.prepare('SELECT COUNT(*) AS n FROM refusals WHERE board_id = ?1').bind(board).first<{ n: number }>())!
    .n;

describe('refused answers, counted for the team', () => {
  it('the admin read shows refusals of the last 24 h by reason, with the origin of the latest', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: [PAGE] });
    expect(await refused24h(id)).toEqual([]);
    for (let i = 0; i < 12; i++) {
      const res = await answer(id, { interaction: `T-${i}`, verdict: 'yes' }, { origin: STRANGER });
      // the refusal itself is unchanged by being counted
      expect(res.status).toBe(403);
      expect((await json(res)).error.code).toBe('origin_not_allowed');
    }
    await answer(id, { interaction: 'T-x', verdict: 'maybe' }, { origin: PAGE });
    expect(await refused24h(id)).toEqual([
      { reason: 'origin_not_allowed', count: 12, last_origin: STRANGER },
      { reason: 'invalid_body', count: 1, last_origin: PAGE },
    ]);
    // one row per board, reason and hour, however many requests
    expect(await rows(id)).toBe(2);
  });

  it('counts each token refusal by its code, and an accepted answer counts nothing', async () => {
    const { id, secret } = await createBoard();
    const other = await createBoard();
    await answer(id, { interaction: 'T-1', verdict: 'no' });
    await answer(id, { interaction: 'T-1', verdict: 'no', token: await mint(other.id, 'T-1') });
    await answer(id, { interaction: 'T-1', verdict: 'no', token: await mintToken(secret, id, 'T-1', 1000) });
    expect((await answer(id, { interaction: 'T-1', verdict: 'no', token: await mint(id, 'T-1') })).status).toBe(201);
    expect(await refused24h(id)).toEqual([
      { reason: 'token_expired', count: 1, last_origin: '' },
      { reason: 'token_invalid', count: 1, last_origin: '' },
      { reason: 'token_required', count: 1, last_origin: '' },
    ]);
  });

  it("counts the widget's refused ask at load (a wrong embed found before anyone answers)", async () => {
    const { id } = await createBoard();
    const res = await call(`/v1/boards/${id}/asks`, {
      method: 'POST',
      body: { interaction: 'T-1' },
      headers: { 'content-type': 'text/plain', origin: PAGE },
    });
    expect(res.status).toBe(401);
    expect(await refused24h(id)).toEqual([{ reason: 'token_required', count: 1, last_origin: PAGE }]);
  });

  it('writes nothing for a board that does not exist, however many requests name it', async () => {
    const before = (await env.DB.prepare('SELECT COUNT(*) AS n FROM refusals').first<{ n: number }>())!.n;
    for (let i = 0; i < 5; i++) {
      const res = await answer(`nope-${i}`, { interaction: 'T-1', verdict: 'yes' }, { origin: STRANGER });
      expect(res.status).toBe(404);
      expect(d1Cost(res).written).toBe(0);
    }
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM refusals').first<{ n: number }>())!.n).toBe(before);
  });

  it('keeps 48 hours: the write that opens a new hour drops older rows; the read shows only 24 h', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: [PAGE] });
    const hour = Math.floor(Date.now() / 3_600_000);
    await env.DB.batch(
      [hour - 100, hour - 30, hour - 2].map((h) =>
        env.DB.prepare(
          `INSERT INTO refusals (board_id, hour, reason, count, last_origin, last_at) VALUES (?1, ?2, 'origin_not_allowed', 5, 'https://old.test', ?3)`,
        ).bind(id, h, h * 3_600_000),
      ),
    );
    await answer(id, { interaction: 'T-1', verdict: 'yes' }, { origin: STRANGER });
    expect(await rows(id)).toBe(3); // hour - 100 is gone; hour - 30 stays (48 h), hour - 2 and now
    expect(await refused24h(id)).toEqual([{ reason: 'origin_not_allowed', count: 6, last_origin: STRANGER }]);
  });

  it('leaves with the board: deleting a board removes its refusal rows', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: [PAGE] });
    await answer(id, { interaction: 'T-1', verdict: 'yes' }, { origin: STRANGER });
    expect(await rows(id)).toBe(1);
    await env.DB.prepare('DELETE FROM boards WHERE id = ?1').bind(id).run();
    expect(await rows(id)).toBe(0);
  });
});

describe('the answer.refused webhook', () => {
  it('fires once per board and reason per hour, signed, with the code, the origin and what to fix', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: [PAGE] });
    const hook = await createWebhook(id, { url: hookUrl('refused'), events: ['answer.refused'] });
    for (let i = 0; i < 3; i++) await answer(id, { interaction: `T-${i}`, verdict: 'yes' }, { origin: STRANGER });
    await answer(id, { interaction: 'T-9', verdict: 'maybe' }, { origin: PAGE });
    const got = await receivedAtLeast('refused', 2);
    const payloads = await Promise.all(got.map((r) => verified(hook.secret, r)));
    const byReason = Object.fromEntries(payloads.map((p) => [p.data.reason, p]));
    expect(byReason.origin_not_allowed).toEqual({
      type: 'answer.refused',
      timestamp: expect.stringMatching(/Z$/),
      data: {
        board: id,
        reason: 'origin_not_allowed',
        origin: STRANGER,
        message: expect.stringContaining('allowed_origins'),
        refused_at: byReason.origin_not_allowed.timestamp,
      },
    });
    expect(byReason.invalid_body.data.origin).toBe(PAGE);
    // three refusals for the origin, one event; the log has two deliveries in all
    expect((await deliveries(id, hook.id)).map((d) => d.event)).toEqual(['answer.refused', 'answer.refused']);
  });

  it('in the Slack format says which board, why and from where', async () => {
    const { id } = await createBoard({ name: 'Acme <Support>', require_token: false, allowed_origins: [PAGE] });
    const hook = await createWebhook(id, {
      url: hookUrl('refused-slack'),
      events: ['answer.refused'],
      format: 'slack',
    });
    await answer(id, { interaction: 'T-1', verdict: 'yes' }, { origin: STRANGER });
    const [got] = await receivedAtLeast('refused-slack', 1);
    const { text } = await verified(hook.secret, got!);
    expect(text.split('\n')).toEqual([
      `:no_entry: Answers to *Acme &lt;Support&gt;* are being refused: \`origin_not_allowed\` from ${STRANGER}.`,
      `> This board does not take answers from ${STRANGER}: add this exact origin (scheme, host and port) to its allowed_origins.`,
      `Fix the embed, then check \`npm run admin -- boards show ${id}\`. <https://pandameter.test/scoreboard/${id}|Open the scoreboard>`,
    ]);
  });

  it('is not sent to a webhook that did not subscribe to it (the default is answer.unsatisfied)', async () => {
    const { id } = await createBoard({ require_token: false, allowed_origins: [PAGE] });
    const hook = await createWebhook(id, { url: hookUrl('refused-not') });
    await answer(id, { interaction: 'T-1', verdict: 'yes' }, { origin: STRANGER });
    expect(await deliveries(id, hook.id)).toEqual([]);
  });
});
