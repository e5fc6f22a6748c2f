/**
 * Delivering webhook events: through the real queue (the pool runs wrangler.toml's producers and
 * consumers) to a real HTTP receiver on 127.0.0.1, signed the Standard Webhooks way and checked
 * with the `standardwebhooks` package (the scheme's reference implementation, not our code);
 * retries with one webhook-id, the schedule, dead-lettering, timeouts, redirects, the Slack
 * format, and the outbox swept by the Cron Trigger when the queue could not be reached.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it, vi } from 'vitest';
import worker from '../../worker/index';
import { MAX_ATTEMPTS, QUEUED_STALE_MS, TIMEOUT_MS, retryDelaySeconds } from '../../worker/webhooks/schedule';
import { createBoard, env } from './helpers';
import {
  answerNow,
  consume,
  createWebhook,
  deliveries,
  hookUrl,
  received,
  receivedAtLeast,
  sayOffline,
  verified,
} from './webhook-helpers';

describe('delivery through the queue', () => {
  it('a "no" reaches the receiver signed, with the answer in the payload, and is logged as delivered', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('signed') });
    const res = await answerNow(board, {
      interaction: 'T-100',
      verdict: 'no',
      comment: 'Still broken.',
      agent: 'maya',
      channel: 'email',
    });
    expect(res.status).toBe(201);
    const [got] = await receivedAtLeast('signed', 1);
    expect(got!.headers['content-type']).toBe('application/json');
    expect(got!.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{24}$/);
    expect(got!.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/);
    const payload = await verified(hook.secret, got!);
    expect(payload).toEqual({
      type: 'answer.unsatisfied',
      timestamp: payload.data.answered_at,
      data: {
        board,
        interaction: 'T-100',
        verdict: 'no',
        comment: 'Still broken.',
        agent: 'maya',
        channel: 'email',
        answered_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    });
    // the signature covers the body: a receiver refuses a changed one, or one signed with another secret
    await expect(verified(hook.secret, { ...got!, body: got!.body.replace('Still', 'Not') })).rejects.toThrow(
      'No matching signature found',
    );
    const other = await createWebhook(board, { url: hookUrl('unused') });
    await expect(verified(other.secret, got!)).rejects.toThrow('No matching signature found');

    await vi.waitUntil(async () => (await deliveries(board, hook.id))[0]?.status === 'delivered', { timeout: 5000 });
    const [logged] = await deliveries(board, hook.id);
    expect(logged).toMatchObject({
      id: got!.headers['webhook-id'],
      event: 'answer.unsatisfied',
      interaction: 'T-100',
      status: 'delivered',
      attempts: 1,
      http_status: 200,
      error: null,
      next_attempt_at: null,
    });
  });

  it("a lone answer's event is attempted at once, after the response, not through the queue", async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('direct') });
    const sent: unknown[] = [];
    const watched = {
      send: (m: unknown) => Promise.resolve(void sent.push(m)),
      sendBatch: (ms: unknown[]) => Promise.resolve(void sent.push(...ms)),
    } as unknown as Queue;
    expect((await answerNow(board, { interaction: 'T-114', verdict: 'no' }, { WEBHOOKS: watched })).status).toBe(201);
    // already there when the answer's background work ends: no batch window waited for
    expect(await received('direct')).toHaveLength(1);
    expect(sent).toEqual([]);
    expect((await deliveries(board, hook.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });

  it('retries after a 500 and then delivers, with the same webhook-id on both attempts', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('flaky', '500,200') });
    expect((await answerNow(board, { interaction: 'T-101', verdict: 'no' })).status).toBe(201);
    const [first] = await receivedAtLeast('flaky', 1);
    await vi.waitUntil(async () => (await deliveries(board, hook.id))[0]?.status === 'retrying', { timeout: 5000 });
    const [waiting] = await deliveries(board, hook.id);
    expect(waiting).toMatchObject({ status: 'retrying', attempts: 1, http_status: 500, error: 'HTTP 500' });
    expect(waiting!.next_attempt_at).not.toBeNull();

    // the queue brings the message back after the first backoff (10 s)
    const both = await receivedAtLeast('flaky', 2, 30_000);
    expect(both).toHaveLength(2);
    expect(both[1]!.headers['webhook-id']).toBe(first!.headers['webhook-id']);
    expect(both[1]!.body).toBe(first!.body);
    // each attempt is signed anew (its own webhook-timestamp), and both verify
    expect(await verified(hook.secret, both[0]!)).toEqual(await verified(hook.secret, both[1]!));
    await vi.waitUntil(async () => (await deliveries(board, hook.id))[0]?.status === 'delivered', { timeout: 5000 });
    const [done] = await deliveries(board, hook.id);
    expect(done).toMatchObject({ attempts: 2, http_status: 200 });
    // the log keeps both attempts, not just the last: when, what came back, how long
    expect(done!.attempt_log).toEqual([
      {
        attempt: 1,
        at: waiting!.last_attempt_at,
        http_status: 500,
        error: 'HTTP 500',
        duration_ms: expect.any(Number),
      },
      { attempt: 2, at: done!.last_attempt_at, http_status: 200, error: null, duration_ms: expect.any(Number) },
    ]);
  }, 60_000);

  it('one answer, three subscribed events, three deliveries each signed with its own id', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, {
      url: hookUrl('three'),
      events: ['answer.created', 'answer.unsatisfied', 'comment.added'],
    });
    await answerNow(board, { interaction: 'T-102', verdict: 'no', comment: 'Meh.' });
    const got = await receivedAtLeast('three', 3);
    const types = await Promise.all(got.map(async (r) => (await verified(hook.secret, r)).type));
    expect(types.sort()).toEqual(['answer.created', 'answer.unsatisfied', 'comment.added']);
    expect(new Set(got.map((r) => r.headers['webhook-id'])).size).toBe(3);
  });

  it('a Slack webhook gets {text}: the verdict, the comment, the agent and a link to the board, escaped', async () => {
    const { id: board } = await createBoard({ name: 'Acme <Support> & Co' });
    const hook = await createWebhook(board, { url: hookUrl('slack'), format: 'slack' });
    await answerNow(board, {
      interaction: 'T-103',
      verdict: 'no',
      agent: 'maya',
      comment: 'Line one\n<script>alert(1)</script>',
    });
    const [got] = await receivedAtLeast('slack', 1);
    const body = await verified(hook.secret, got!);
    expect(Object.keys(body)).toEqual(['text']);
    expect(body.text.split('\n')).toEqual([
      ':warning: A customer is *not satisfied* with the response they got.',
      '*Acme &lt;Support&gt; &amp; Co* · interaction T-103 · agent maya · answer *No* (not satisfied)',
      '> Line one',
      '> &lt;script&gt;alert(1)&lt;/script&gt;',
      `<https://pandameter.test/scoreboard/${board}|Open the scoreboard>`,
    ]);
  });

  it('a receiver that redirects is not followed: the attempt failed, the new location got nothing', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('moved', '302') });
    await sayOffline(board, 'T-104', 'no');
    const [d] = await deliveries(board, hook.id);
    const result = await consume([d!.id]);
    expect(result.delays).toEqual([retryDelaySeconds(1)]);
    expect(await received('moved')).toHaveLength(1);
    expect(await received('moved-moved')).toEqual([]);
    expect((await deliveries(board, hook.id))[0]).toMatchObject({
      status: 'retrying',
      http_status: 302,
      error: 'redirect (302) not followed',
    });
  });

  it(`a receiver that does not answer within ${TIMEOUT_MS / 1000} s is a failed attempt, retried later`, async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('silent', 'hang') });
    await sayOffline(board, 'T-105', 'no');
    const [d] = await deliveries(board, hook.id);
    const result = await consume([d!.id]);
    expect(result.retryMessages).toHaveLength(1);
    expect((await deliveries(board, hook.id))[0]).toMatchObject({
      status: 'retrying',
      http_status: null,
      error: `no answer within ${TIMEOUT_MS / 1000} s`,
    });
    expect((await deliveries(board, hook.id))[0]!.duration_ms).toBeGreaterThanOrEqual(TIMEOUT_MS);
  }, 30_000);

  it('two queue messages for one delivery at once send it once', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('twice') });
    await sayOffline(board, 'T-106', 'no');
    const [d] = await deliveries(board, hook.id);
    const result = await consume([d!.id, d!.id]);
    expect(result.explicitAcks).toHaveLength(2);
    expect(await received('twice')).toHaveLength(1);
    // and a late duplicate after delivery sends nothing either
    await consume([d!.id], { attempts: 2 });
    expect(await received('twice')).toHaveLength(1);
    expect((await deliveries(board, hook.id))[0]).toMatchObject({ status: 'delivered', attempts: 1 });
  });
});

describe('the retry schedule', () => {
  it('backs off exponentially for about a day, within the 12 h a queue message can be delayed', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS - 1 }, (_, i) => retryDelaySeconds(i + 1));
    expect(delays.slice(0, 5)).toEqual([10, 20, 40, 80, 160]);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBe(2 * delays[i - 1]!);
    expect(Math.max(...delays)).toBeLessThanOrEqual(12 * 3600);
    const total = delays.reduce((a, b) => a + b, 0);
    expect(total).toBe(81_910); // 22 h 45 min 10 s from the first attempt to the last
  });

  it('a receiver down for an hour gets the event at the 10th attempt, 85 min after the answer, one webhook-id', async () => {
    const { id: board } = await createBoard();
    // attempts 1–9 fall inside the hour (see the times below), the 10th finds the receiver back
    const hook = await createWebhook(board, {
      url: hookUrl('down-an-hour', '503,503,503,503,503,503,503,503,503,200'),
    });
    await sayOffline(board, 'T-107', 'no');
    const [d] = await deliveries(board, hook.id);
    let elapsed = 0; // seconds since the answer, as the queue's delays add up
    const attemptTimes: number[] = [];
    for (let attempt = 1; ; attempt++) {
      attemptTimes.push(elapsed);
      const result = await consume([d!.id], { attempts: attempt });
      if (result.explicitAcks.length === 1) break;
      expect(result.retryMessages).toHaveLength(1);
      expect(result.delays).toEqual([retryDelaySeconds(attempt)]);
      elapsed += result.delays[0]!;
    }
    expect(attemptTimes).toEqual([0, 10, 30, 70, 150, 310, 630, 1270, 2550, 5110]);
    expect(attemptTimes.filter((t) => t < 3600)).toHaveLength(9);
    const got = await received('down-an-hour');
    expect(got).toHaveLength(10);
    expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([d!.id]));
    expect((await deliveries(board, hook.id))[0]).toMatchObject({
      status: 'delivered',
      attempts: 10,
      http_status: 200,
    });
  });

  it(`after the ${MAX_ATTEMPTS}th failed attempt the delivery goes to the dead-letter queue and is failed`, async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('gone', '500') });
    await sayOffline(board, 'T-108', 'no');
    const [d] = await deliveries(board, hook.id);
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
      const result = await consume([d!.id], { attempts: attempt });
      expect(result.retryMessages).toHaveLength(1);
    }
    const last = await consume([d!.id], { attempts: MAX_ATTEMPTS });
    expect(last.retryMessages).toEqual([]);
    expect(last.explicitAcks).toHaveLength(1);
    // out of attempts, it is failed at once; the message went to the dead-letter queue, whose consumer
    // (the same worker) records it there: state 'dead' is written by nothing else
    expect((await deliveries(board, hook.id))[0]?.status).toBe('failed');
    const state = () =>
      env.DB.prepare('SELECT state FROM webhook_deliveries WHERE id = ?1').bind(d!.id).first<string>('state');
    await vi.waitUntil(async () => (await state()) === 'dead', { timeout: 15_000, interval: 200 });
    expect((await deliveries(board, hook.id))[0]).toMatchObject({
      status: 'failed',
      attempts: MAX_ATTEMPTS,
      http_status: 500,
      next_attempt_at: null,
    });
    expect(await received('gone')).toHaveLength(MAX_ATTEMPTS);
    // a stray message for it later sends nothing more
    await consume([d!.id], { attempts: 1 });
    expect(await received('gone')).toHaveLength(MAX_ATTEMPTS);
  }, 30_000);
});

describe('nothing lost', () => {
  it('events the queue could not take are acknowledged, and the Cron sweep delivers them', async () => {
    const { id: board } = await createBoard();
    // two webhooks of every event: one answer makes 6 deliveries, more than are attempted directly
    const events = ['answer.created', 'answer.unsatisfied', 'comment.added'];
    const hooks = [
      await createWebhook(board, { url: hookUrl('swept-a'), events }),
      await createWebhook(board, { url: hookUrl('swept-b'), events }),
    ];
    const unreachable = {
      ...env.WEBHOOKS,
      sendBatch: () => Promise.reject(new Error('Queue send failed: unreachable')),
    } as Queue;
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const res = await answerNow(
      board,
      { interaction: 'T-109', verdict: 'no', comment: 'No.' },
      { WEBHOOKS: unreachable },
    );
    expect(res.status).toBe(201);
    expect(logged).toHaveBeenCalledWith(
      'webhooks: the queue did not take the new events; the cron sweep will send them.',
      expect.objectContaining({ message: 'Queue send failed: unreachable' }),
    );
    logged.mockRestore();
    for (const hook of hooks) {
      expect((await deliveries(board, hook.id)).map((d) => [d.status, d.attempts])).toEqual([
        ['pending', 0],
        ['pending', 0],
        ['pending', 0],
      ]);
    }
    expect(await received('swept-a')).toEqual([]);

    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    const got = await receivedAtLeast('swept-a', 3);
    expect(await verified(hooks[0]!.secret, got[0]!)).toMatchObject({ data: { interaction: 'T-109' } });
    await receivedAtLeast('swept-b', 3);
  });

  it('a delivery queued but never attempted (a crash on the way) is re-sent by the sweep after 2 minutes', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('stale') });
    await sayOffline(board, 'T-112', 'no');
    await sayOffline(board, 'T-113', 'no');
    const [stale, fresh] = await deliveries(board, hook.id);
    const set = (id: string, ago: number) =>
      env.DB.prepare(`UPDATE webhook_deliveries SET state = 'queued', next_attempt_at = ?2 WHERE id = ?1`).bind(
        id,
        Date.now() - ago,
      );
    // handed to the queue 3 minutes ago and 1 minute ago; neither attempted
    await env.DB.batch([set(stale!.id, QUEUED_STALE_MS + 60_000), set(fresh!.id, QUEUED_STALE_MS - 60_000)]);
    expect((await deliveries(board, hook.id)).map((d) => d.status)).toEqual(['queued', 'queued']);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);
    const [got] = await receivedAtLeast('stale', 1);
    expect(got!.headers['webhook-id']).toBe(stale!.id);
    await vi.waitUntil(async () => (await deliveries(board, hook.id))[0]?.status === 'delivered', { timeout: 5000 });
    // the one queued a minute ago is the queue's still: not sent twice
    expect((await deliveries(board, hook.id))[1]).toMatchObject({ status: 'queued', attempts: 0 });
    expect(await received('stale')).toHaveLength(1);
  });

  it('the sweep re-sends a delivery whose queue message was lost, and prunes the old log', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('lost') });
    await sayOffline(board, 'T-110', 'no');
    await sayOffline(board, 'T-111', 'no');
    const [lost, old] = await deliveries(board, hook.id);
    const hourAgo = Date.now() - 3600_000;
    await env.DB.batch([
      // queued, due an hour ago, and no queue message will ever come
      env.DB.prepare(
        `UPDATE webhook_deliveries SET state = 'queued', attempts = 1, next_attempt_at = ?2 WHERE id = ?1`,
      ).bind(lost!.id, hourAgo),
      // delivered 31 days ago
      env.DB.prepare(`UPDATE webhook_deliveries SET state = 'delivered', created_at = ?2 WHERE id = ?1`).bind(
        old!.id,
        Date.now() - 31 * 86_400_000,
      ),
    ]);
    const ctx = createExecutionContext();
    await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
    const [got] = await receivedAtLeast('lost', 1);
    expect(got!.headers['webhook-id']).toBe(lost!.id);
    await vi.waitUntil(async () => (await deliveries(board, hook.id))[0]?.status === 'delivered', { timeout: 5000 });
    expect((await deliveries(board, hook.id)).map((d) => d.id)).toEqual([lost!.id]);
  });
});
