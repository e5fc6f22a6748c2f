/**
 * Webhooks through the admin API: creating (the secret once), listing, deleting, the URL rules, and
 * which events each kind of answer write produces. Answers here go through `call()`, which has no
 * ExecutionContext, so their events stay in the outbox where the deliveries API shows them; the
 * delivery itself is webhooks-delivery.test.ts.
 */
import { introspectWorkflowInstance } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { purgeId } from '../../worker/purge';
import { claimAttempt } from '../../worker/webhooks/store';
import { ADMIN, answer, call, createBoard, env, json, mint, say } from './helpers';
import { consume, createWebhook, deliveries, hookUrl, received } from './webhook-helpers';

const ALL = ['answer.created', 'answer.changed', 'comment.added', 'answer.unsatisfied'];

const post = (board: string, body: unknown, auth: string | null = ADMIN) =>
  call(`/v1/boards/${board}/webhooks`, { method: 'POST', auth, body });

describe('creating, listing and deleting webhooks', () => {
  it('creates a webhook with the default subscription and shows its secret once', async () => {
    const { id: board } = await createBoard();
    const res = await post(board, { url: 'https://hooks.example.com/csat' });
    expect(res.status).toBe(201);
    const created = await json(res);
    expect(created).toMatchObject({
      board,
      url: 'https://hooks.example.com/csat',
      events: ['answer.unsatisfied'],
      format: 'standard',
    });
    expect(created.id).toMatch(/^wh_[a-z0-9]{12}$/);
    // Standard Webhooks: whsec_ + base64 of the key, here 32 random bytes
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(atob(created.secret.slice(6))).toHaveLength(32);

    const list = await json(await call(`/v1/boards/${board}/webhooks`, { auth: ADMIN }));
    const { secret: _, ...shown } = created;
    expect(list.webhooks).toEqual([shown]);
    expect(JSON.stringify(list)).not.toContain(created.secret.slice(6));
  });

  it('takes the events and the Slack format it is asked for, each event once', async () => {
    const { id: board } = await createBoard();
    const created = await json(
      await post(board, {
        url: 'https://hooks.slack.com/services/T0/B0/x',
        events: ['comment.added', 'answer.created', 'comment.added'],
        format: 'slack',
      }),
    );
    expect(created.events).toEqual(['comment.added', 'answer.created']);
    expect(created.format).toBe('slack');
  });

  it('refuses bad bodies with the field, and changes nothing', async () => {
    const { id: board } = await createBoard();
    const cases: [unknown, string][] = [
      [{}, 'url'],
      [{ url: 'https://a.example.com', events: [] }, 'events'],
      [{ url: 'https://a.example.com', events: ['answer.deleted'] }, 'events.0'],
      [{ url: 'https://a.example.com', format: 'teams' }, 'format'],
      [{ url: 'https://a.example.com', secret: 'whsec_mine' }, ''],
      [{ url: `https://a.example.com/${'x'.repeat(2048)}` }, 'url'],
    ];
    for (const [body, field] of cases) {
      const res = await post(board, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      const err = (await json(res)).error;
      expect(err.code).toBe('invalid_body');
      if (field) expect(err.field).toBe(field);
    }
    expect((await json(await call(`/v1/boards/${board}/webhooks`, { auth: ADMIN }))).webhooks).toEqual([]);
  });

  it('needs the admin token; a board key gets 403, nothing 401; an unknown board is 404', async () => {
    const { id: board } = await createBoard();
    const key = (
      await json(
        await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes: ['read', 'sign'] } }),
      )
    ).key;
    expect((await post(board, { url: 'https://a.example.com' }, null)).status).toBe(401);
    expect((await post(board, { url: 'https://a.example.com' }, key)).status).toBe(403);
    expect((await call(`/v1/boards/${board}/webhooks`, { auth: key })).status).toBe(403);
    const unknown = await post('no-such-board', { url: 'https://a.example.com' });
    expect(unknown.status).toBe(404);
    expect((await json(unknown)).error.code).toBe('unknown_board');
  });

  it('allows at most 10 webhooks per board (409 after that)', async () => {
    const { id: board } = await createBoard();
    for (let i = 0; i < 10; i++) expect((await post(board, { url: `https://h${i}.example.com/` })).status).toBe(201);
    const res = await post(board, { url: 'https://h10.example.com/' });
    expect(res.status).toBe(409);
    expect((await json(res)).error.code).toBe('conflict');
  });

  it('deletes a webhook of its own board only; then it is gone (404)', async () => {
    const { id: board } = await createBoard();
    const { id: other } = await createBoard();
    const hook = await createWebhook(board, { url: 'https://a.example.com' });
    expect((await call(`/v1/boards/${other}/webhooks/${hook.id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(404);
    expect((await call(`/v1/boards/${board}/webhooks/${hook.id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    const again = await call(`/v1/boards/${board}/webhooks/${hook.id}`, { method: 'DELETE', auth: ADMIN });
    expect(again.status).toBe(404);
    expect((await json(again)).error.code).toBe('not_found');
    expect((await call(`/v1/boards/${board}/webhooks/${hook.id}/deliveries`, { auth: ADMIN })).status).toBe(404);
  });

  it('deleting a board stops its webhooks at once, and its purge deletes them and their deliveries', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: 'https://a.example.com' });
    await say(board, 'T-gone', 'no');
    const [delivery] = (
      await env.DB.prepare('SELECT id FROM webhook_deliveries WHERE webhook_id = ?1')
        .bind(hook.id)
        .all<{ id: string }>()
    ).results;
    expect(delivery).toBeDefined();
    const createdAt = (await env.DB.prepare('SELECT created_at FROM boards WHERE id = ?1')
      .bind(board)
      .first<number>('created_at'))!;
    await using purge = await introspectWorkflowInstance(env.PURGE, purgeId(board, createdAt));
    await purge.modify(async (m) => m.disableSleeps());
    expect((await call(`/v1/boards/${board}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    // at once: its webhooks are gone from the API and nothing more is attempted for it
    expect((await call(`/v1/boards/${board}/webhooks`, { auth: ADMIN })).status).toBe(404);
    expect(await claimAttempt(env.DB, delivery!.id, Date.now())).toBeNull();
    // and once its purge is done, no row of them is left
    await purge.waitForStatus('complete');
    const left = await env.DB.batch([
      env.DB.prepare('SELECT COUNT(*) AS n FROM webhooks WHERE id = ?1').bind(hook.id),
      env.DB.prepare('SELECT COUNT(*) AS n FROM webhook_deliveries WHERE webhook_id = ?1').bind(hook.id),
    ]);
    expect(left.map((r) => (r.results[0] as { n: number }).n)).toEqual([0, 0]);
  });
});

describe('where a webhook may point (SSRF rules)', () => {
  const allowed = [
    'https://hooks.slack.com/services/T000/B000/XXXX',
    'https://example.com:8443/path?x=1',
    'https://93.184.216.34/hook',
    'http://localhost:8899/',
    'http://127.0.0.1:3000/webhook',
    'https://localhost/hook',
  ];
  const refused = [
    'http://example.com/hook', // plain http to the internet
    'ftp://example.com/hook',
    'javascript:alert(1)',
    'not a url',
    'https://user:pass@example.com/hook', // credentials
    'http://127.0.0.2/', // loopback other than 127.0.0.1, and over http
    'https://127.0.0.2/',
    'https://10.1.2.3/hook', // private
    'https://172.16.0.1/',
    'https://192.168.1.10/',
    'https://169.254.169.254/latest/meta-data/', // cloud metadata
    'https://100.64.0.1/', // carrier-grade NAT
    'https://0.0.0.0/',
    'https://224.0.0.1/',
    'https://255.255.255.255/',
    'https://167772161/', // 10.0.0.1 written as a number
    'https://0300.0250.1.1/', // 192.168.1.1 in octal
    'https://0xa9fea9fe/', // 169.254.169.254 in hex
    'http://127.0.0.1.nip.io/', // a name, not the local address, so not over http
    'https://[::1]/', // IPv6 literals
    'https://[fd00::1]/',
    'https://[::ffff:10.0.0.1]/',
    'https://intranet/hook', // single-label names
    'https://metadata.google.internal/',
    'https://printer.local/',
    'https://app.localhost/',
    'https://router.home.arpa/',
    'https://example.com./', // trailing dot
  ];

  it.each(allowed)('accepts %s', async (url) => {
    const { id: board } = await createBoard();
    expect((await post(board, { url })).status).toBe(201);
  });

  it.each(refused)('refuses %s with 400 on the url field, storing nothing', async (url) => {
    const { id: board } = await createBoard();
    const res = await post(board, { url });
    expect(res.status).toBe(400);
    const err = (await json(res)).error;
    expect(err).toMatchObject({ code: 'invalid_body', field: 'url' });
    expect(err.message).toMatch(/^url: /);
    expect((await json(await call(`/v1/boards/${board}/webhooks`, { auth: ADMIN }))).webhooks).toEqual([]);
  });
});

/** The events the deliveries API lists for one interaction, in the order they were made. */
async function eventsFor(board: string, webhook: string, interaction: string) {
  return (await deliveries(board, webhook)).filter((d) => d.interaction === interaction).map((d) => d.event);
}

describe('events for each kind of write', () => {
  it('first answer, repeat, change, comment, comment again, comment removed, change back', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('kinds'), events: ALL });
    const token = await mint(board, 'T-1');
    const send = async (body: Record<string, unknown>) => {
      const res = await answer(board, { interaction: 'T-1', token, ...body });
      expect(res.status).toBeLessThan(300);
    };
    const seen: string[][] = [];
    const step = async (body: Record<string, unknown>) => {
      const before = (await eventsFor(board, hook.id, 'T-1')).length;
      await send(body);
      // the events of one write, in no particular order
      seen.push((await eventsFor(board, hook.id, 'T-1')).slice(before).sort());
    };
    await step({ verdict: 'yes', agent: 'maya' }); // first answer
    await step({ verdict: 'yes', agent: 'maya' }); // the same again (a retried send)
    await step({ verdict: 'no' }); // changed to no
    await step({ verdict: 'no', comment: 'Took three days.' }); // the comment follows
    await step({ verdict: 'no', comment: 'Took three days.' }); // the comment again
    await step({ verdict: 'no', comment: 'Took three days, and the fix did not work.' }); // changed
    await step({ verdict: 'no', comment: '' }); // comment removed
    await step({ verdict: 'no', locale: 'de' }); // locale only
    await step({ verdict: 'yes' }); // changed back
    expect(seen).toEqual([
      ['answer.created'],
      [],
      ['answer.changed', 'answer.unsatisfied'],
      ['comment.added'],
      [],
      ['comment.added'],
      [],
      [],
      ['answer.changed'],
    ]);
  });

  it('a first "no" with a comment is created, unsatisfied and commented at once', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('first-no'), events: ALL });
    await say(board, 'T-2', 'no', { comment: 'Nobody answered.' });
    expect((await eventsFor(board, hook.id, 'T-2')).sort()).toEqual([
      'answer.created',
      'answer.unsatisfied',
      'comment.added',
    ]);
  });

  it('each webhook gets only the events it subscribed to; the default is a "no"', async () => {
    const { id: board } = await createBoard();
    const byDefault = await createWebhook(board, { url: hookUrl('default') });
    const comments = await createWebhook(board, { url: hookUrl('comments'), events: ['comment.added'] });
    await say(board, 'T-yes', 'yes', { comment: 'Great.' });
    await say(board, 'T-no', 'no');
    expect((await deliveries(board, byDefault.id)).map((d) => [d.event, d.interaction])).toEqual([
      ['answer.unsatisfied', 'T-no'],
    ]);
    expect((await deliveries(board, comments.id)).map((d) => [d.event, d.interaction])).toEqual([
      ['comment.added', 'T-yes'],
    ]);
  });

  it('an answer from an e-mail rating link (a form POST) makes the same events', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('rated'), events: ALL });
    const token = await mint(board, 'T-mail');
    const res = await call(`/rate/${board}/T-mail`, {
      method: 'POST',
      raw: new URLSearchParams({ token, verdict: 'no', comment: 'Too slow.' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(200); // the thank-you page
    expect((await eventsFor(board, hook.id, 'T-mail')).sort()).toEqual([
      'answer.created',
      'answer.unsatisfied',
      'comment.added',
    ]);
  });

  it('rejected answers make no events', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('rejected'), events: ALL });
    const tokenForOther = await mint(board, 'T-other');
    const refused = [
      await answer(board, { interaction: 'T-3', verdict: 'no' }), // no token
      await answer(board, { interaction: 'T-3', verdict: 'no', token: tokenForOther }), // another interaction's
      await answer(board, { interaction: 'T-3', verdict: 'maybe', token: await mint(board, 'T-3') }), // bad body
      await answer(board, { interaction: 'T-3', verdict: 'no', token: await mint(board, 'T-3'), extra: 1 }),
    ];
    expect(refused.map((r) => r.status)).toEqual([401, 401, 400, 400]);
    expect(await deliveries(board, hook.id)).toEqual([]);
  });

  it('an event says what the write stored, even after later writes', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('snapshot'), events: ALL });
    await say(board, 'T-4', 'no', { agent: 'lee', channel: 'chat', locale: 'fr' });
    await say(board, 'T-4', 'yes');
    const rows = await env.DB.prepare(
      'SELECT event, data FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY created_at, event',
    )
      .bind(hook.id)
      .all<{ event: string; data: string }>();
    const data = Object.fromEntries(rows.results.map((r) => [r.event, JSON.parse(r.data)]));
    expect(data['answer.unsatisfied']).toEqual({
      verdict: 'no',
      comment: null,
      agent: 'lee',
      channel: 'chat',
      locale: 'fr',
      reasons: null,
    });
    // the change keeps the agent, channel and locale the customer sent before, as the answer does
    expect(data['answer.changed']).toEqual({
      verdict: 'yes',
      comment: null,
      agent: 'lee',
      channel: 'chat',
      locale: 'fr',
      reasons: null,
      follow_up: { status: 'resolved', by: 'customer' },
    });
  });
});

describe('erasing and deleting stop deliveries', () => {
  it('erasing an answer removes its deliveries; a queued message for it sends nothing', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('erased'), events: ALL });
    await say(board, 'T-5', 'no', { comment: 'Private details here.' });
    await say(board, 'T-6', 'no');
    const ids = (await deliveries(board, hook.id)).filter((d) => d.interaction === 'T-5').map((d) => d.id);
    expect(ids).toHaveLength(3);
    expect((await call(`/v1/boards/${board}/responses/T-5`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    expect((await deliveries(board, hook.id)).map((d) => d.interaction)).toEqual(['T-6', 'T-6']);
    // the queue may still hold messages for them: the consumer acknowledges them and sends nothing
    const result = await consume(ids);
    expect(result.retryMessages).toEqual([]);
    expect(result.explicitAcks).toHaveLength(3);
    expect(await received('erased')).toEqual([]);
  });

  it('deleting a webhook stops its deliveries, retries included', async () => {
    const { id: board } = await createBoard();
    const hook = await createWebhook(board, { url: hookUrl('deleted', '500') });
    await say(board, 'T-7', 'no');
    const [pending] = await deliveries(board, hook.id);
    const first = await consume([pending!.id]);
    expect(first.retryMessages).toHaveLength(1); // the receiver said 500: a retry is due
    expect(await received('deleted')).toHaveLength(1);
    expect((await call(`/v1/boards/${board}/webhooks/${hook.id}`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    const retry = await consume([pending!.id], { attempts: 2 });
    expect(retry.explicitAcks).toHaveLength(1);
    expect(retry.retryMessages).toEqual([]);
    expect(await received('deleted')).toHaveLength(1);
  });
});
