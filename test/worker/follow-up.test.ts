/** Reasons after "no", and the follow-up of every "no" (issue 17; SPEC.md § Concepts: Follow-up, Reasons). */
import { describe, expect, it } from 'vitest';
import { wilson95 } from '../../worker/lib/score-math';
import { mintToken } from '../../worker/lib/tokens';
import { slackBody, standardBody } from '../../worker/webhooks/payload';
import { hookUrl } from './webhook-helpers';
import { ADMIN, answer, call, createBoard, d1Cost, env, json, mint, passDays, say, storeAnswers } from './helpers';

const REASONS = [
  { id: 'slow', label: 'Too slow' },
  { id: 'wrong', label: { en: 'Wrong answer', de: 'Falsche Antwort' } },
  { id: 'rude', label: 'Unfriendly' },
];

const keyWith = async (board: string, scopes: string[]) =>
  (await json(await call(`/v1/boards/${board}/keys`, { method: 'POST', auth: ADMIN, body: { scopes } }))).key as string;

const followUp = (board: string, interaction: string, body: unknown, auth: string = ADMIN) =>
  call(`/v1/boards/${board}/responses/${encodeURIComponent(interaction)}/follow-up`, { method: 'PUT', auth, body });

const stats = async (board: string, q = '') => json(await call(`/v1/boards/${board}/stats${q}`, { auth: ADMIN }));

describe('reasons after "no"', () => {
  it('an answer stores the ids it chose; lists, CSV and stats show them', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const res = await say(id, 'T-1', 'no', { comment: 'Took days' });
    expect((await json(res)).reasons).toBeUndefined();
    const token = await mint(id, 'T-1');
    const withReasons = await answer(id, {
      interaction: 'T-1',
      verdict: 'no',
      token,
      reasons: ['wrong', 'slow', 'slow'],
    });
    expect(withReasons.status).toBe(200);
    expect((await json(withReasons)).reasons).toEqual(['wrong', 'slow']);
    await say(id, 'T-2', 'no');
    await answer(id, { interaction: 'T-2', verdict: 'no', token: await mint(id, 'T-2'), reasons: ['slow'] });
    await say(id, 'T-3', 'yes');

    const list = await json(await call(`/v1/boards/${id}/responses`, { auth: ADMIN }));
    expect(list.responses.map((r: { interaction: string; reasons?: string[] }) => [r.interaction, r.reasons])).toEqual([
      ['T-3', undefined],
      ['T-2', ['slow']],
      ['T-1', ['wrong', 'slow']],
    ]);
    const csv = await (
      await call(`/v1/boards/${id}/responses`, { auth: ADMIN, headers: { accept: 'text/csv' } })
    ).text();
    expect(csv.split('\r\n')[3]).toMatch(/,wrong slow$/);
    const byReason = await stats(id, '?group_by=reason');
    expect(byReason.groups).toEqual([
      { key: 'slow', satisfied: 0, unsatisfied: 2, percent: 0, interval95: wilson95(0, 2) },
      { key: 'wrong', satisfied: 0, unsatisfied: 1, percent: 0, interval95: wilson95(0, 1) },
    ]);
  });

  it('an unknown id, or reasons with "yes", is a 400 naming the field, and nothing is stored', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const token = await mint(id, 'T-1');
    for (const [body, field] of [
      [{ interaction: 'T-1', verdict: 'no', token, reasons: ['slow', 'price'] }, 'reasons'],
      [{ interaction: 'T-1', verdict: 'yes', token, reasons: ['slow'] }, 'reasons'],
      [{ interaction: 'T-1', verdict: 'no', token, reasons: 'slow' }, 'reasons'],
      // not an id at all: the schema names the item, as for every list the API takes
      [{ interaction: 'T-1', verdict: 'no', token, reasons: ['Not An Id'] }, 'reasons.0'],
    ] as const) {
      const res = await answer(id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await json(res)).error).toMatchObject({ code: 'invalid_body', field });
    }
    const rows = await env.DB.prepare('SELECT COUNT(*) AS n FROM responses WHERE board_id = ?1').bind(id).first();
    expect(rows?.n).toBe(0);
  });

  it('changing to "yes" drops the reasons; the rating page takes repeated reasons fields', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const token = await mint(id, 'T-1');
    const form = (fields: [string, string][]) =>
      call(`/rate/${id}/T-1`, {
        method: 'POST',
        raw: new URLSearchParams([['token', token], ['lang', 'en'], ...fields]).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    expect(
      (
        await form([
          ['verdict', 'no'],
          ['reasons', 'slow'],
          ['reasons', 'rude'],
        ])
      ).status,
    ).toBe(200);
    const row = async () =>
      env.DB.prepare('SELECT verdict, reasons FROM responses WHERE board_id = ?1').bind(id).first();
    expect(await row()).toEqual({ verdict: 'no', reasons: '["slow","rude"]' });
    expect(
      (
        await form([
          ['verdict', 'no'],
          ['reasons', ''],
        ])
      ).status,
    ).toBe(200);
    expect(await row()).toEqual({ verdict: 'no', reasons: null });
    expect(
      (
        await form([
          ['verdict', 'no'],
          ['reasons', 'price'],
        ])
      ).status,
    ).toBe(400);
    expect((await answer(id, { interaction: 'T-1', verdict: 'no', token, reasons: ['wrong'] })).status).toBe(200);
    expect((await answer(id, { interaction: 'T-1', verdict: 'yes', token })).status).toBe(200);
    expect(await row()).toEqual({ verdict: 'yes', reasons: null });
    expect((await stats(id, '?group_by=reason')).groups).toEqual([]);
  });
});

describe('the follow-up of a "no"', () => {
  it('a new "no" is open; the team contacts and resolves it with a triage key', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const created = await json(await say(id, 'T-1', 'no'));
    expect(created.follow_up).toEqual({ status: 'open', updated_at: created.created_at });
    const triage = await keyWith(id, ['triage']);
    const read = await keyWith(id, ['read', 'sign']);
    expect((await followUp(id, 'T-1', { status: 'contacted' }, read)).status).toBe(403);

    const res = await followUp(id, 'T-1', { status: 'contacted', note: 'called, refund sent', by: 'maria' }, triage);
    expect(res.status).toBe(200);
    const body = await json(res);
    expect(body.follow_up).toMatchObject({ status: 'contacted', note: 'called, refund sent', by: 'maria' });
    expect(body.follow_up.first_contact_at).toBe(body.follow_up.updated_at);
    // a follow-up update: the row, its entries in the two follow-up indexes an answer without agent or
    // channel has (status; status and verdict: migrations 0006, 0013) moved, and one tally row
    expect(d1Cost(res).written).toBe(4);

    const resolved = await json(await followUp(id, 'T-1', { status: 'resolved' }, triage));
    expect(resolved.follow_up).toMatchObject({ status: 'resolved', note: 'called, refund sent', by: 'maria' });
    expect(resolved.follow_up.first_contact_at).toBe(body.follow_up.first_contact_at);
    const repeat = await followUp(id, 'T-1', { status: 'resolved' }, triage);
    expect(repeat.status).toBe(200);
    expect(d1Cost(repeat).written).toBe(0);

    const s = await stats(id);
    expect(s.totals.follow_up).toEqual({
      open: 0,
      contacted: 0,
      resolved: 1,
      dismissed: 0,
      contacted_within_24h: 1,
      median_hours_to_contact: 0,
      share_contacted_within_24h: 100,
    });
  });

  it('"no" → "yes" resolves it by the customer; back to "no" opens it again; the team may not change a "yes"', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    await followUp(id, 'T-1', { status: 'contacted', by: 'li' });
    const yes = await json(await say(id, 'T-1', 'yes'));
    expect(yes.follow_up).toMatchObject({ status: 'resolved', by: 'customer' });
    expect(yes.follow_up.first_contact_at).toEqual(expect.any(String));
    const refused = await followUp(id, 'T-1', { status: 'dismissed' });
    expect(refused.status).toBe(409);
    expect((await json(refused)).error.code).toBe('conflict');
    const no = await json(await say(id, 'T-1', 'no'));
    expect(no.follow_up).toMatchObject({ status: 'open' });
    expect(no.follow_up.by).toBeUndefined();
    expect(no.follow_up.first_contact_at).toBe(yes.follow_up.first_contact_at);
    const open = await json(await call(`/v1/boards/${id}/responses?follow_up=open`, { auth: ADMIN }));
    expect(open.responses.map((r: { interaction: string }) => r.interaction)).toEqual(['T-1']);
    expect((await stats(id)).totals.follow_up).toMatchObject({
      open: 1,
      contacted: 0,
      resolved: 0,
      contacted_within_24h: 1,
    });
  });

  it('on an interaction without an answer, or an erased one, it is 404', async () => {
    const { id } = await createBoard();
    expect((await followUp(id, 'T-9', { status: 'contacted' })).status).toBe(404);
    await say(id, 'T-1', 'no');
    expect((await call(`/v1/boards/${id}/responses/T-1`, { method: 'DELETE', auth: ADMIN })).status).toBe(204);
    const gone = await followUp(id, 'T-1', { status: 'contacted' });
    expect(gone.status).toBe(404);
    expect((await json(gone)).error.code).toBe('not_found');
    expect((await stats(id)).totals.follow_up).toMatchObject({ open: 0, contacted: 0 });
    const bad = await followUp(id, 'T-1', { status: 'called' });
    expect(bad.status).toBe(400);
    expect((await json(bad)).error.field).toBe('status');
  });

  it('stats: the median hours from a "no" to its first contact, and the share within 24 h', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'no');
    await say(id, 'T-2', 'no');
    await say(id, 'T-3', 'no');
    await passDays(id, 2); // these "no"s were given two days ago
    await followUp(id, 'T-1', { status: 'contacted' });
    await say(id, 'T-4', 'no');
    await followUp(id, 'T-4', { status: 'resolved' });
    await followUp(id, 'T-2', { status: 'dismissed' });
    const s = await stats(id);
    expect(s.totals.follow_up).toEqual({
      open: 1,
      contacted: 1,
      resolved: 1,
      dismissed: 1,
      contacted_within_24h: 1,
      median_hours_to_contact: 24,
      share_contacted_within_24h: 25,
    });
    const twoDaysAgo = s.series.at(-3);
    expect(twoDaysAgo.follow_up).toMatchObject({ open: 1, contacted: 1, dismissed: 1, median_hours_to_contact: 48 });
  });

  it('webhooks hear follow_up.changed, with the reasons and the follow-up', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const hook = await json(
      await call(`/v1/boards/${id}/webhooks`, {
        method: 'POST',
        auth: ADMIN,
        // the tests' own receiver: an answer's events are attempted at once, and a refused port would be logged
        body: { url: hookUrl('follow-up'), events: ['follow_up.changed', 'answer.unsatisfied'] },
      }),
    );
    await answer(id, { interaction: 'T-1', verdict: 'no', token: await mint(id, 'T-1'), reasons: ['slow'] });
    await followUp(id, 'T-1', { status: 'contacted', note: 'called', by: 'li' });
    const rows = await env.DB.prepare(
      'SELECT event, data FROM webhook_deliveries WHERE webhook_id = ?1 ORDER BY created_at',
    )
      .bind(hook.id)
      .all<{ event: string; data: string }>();
    expect(rows.results.map((r) => [r.event, JSON.parse(r.data)])).toEqual([
      ['answer.unsatisfied', expect.objectContaining({ verdict: 'no', reasons: ['slow'] })],
      [
        'follow_up.changed',
        expect.objectContaining({ reasons: ['slow'], follow_up: { status: 'contacted', by: 'li', note: 'called' } }),
      ],
    ]);
  });

  it('the Standard and Slack bodies of follow_up.changed', () => {
    const facts = {
      event: 'follow_up.changed' as const,
      board: 'acme',
      interaction: 'T-1',
      at: Date.UTC(2026, 11, 6),
      answer: {
        verdict: 'no' as const,
        comment: null,
        agent: 'li',
        channel: null,
        locale: null,
        reasons: ['slow'],
        follow_up: { status: 'contacted', by: 'maria', note: 'called <back>' },
      },
    };
    expect(JSON.parse(standardBody(facts))).toEqual({
      type: 'follow_up.changed',
      timestamp: '2026-12-06T00:00:00.000Z',
      data: {
        board: 'acme',
        interaction: 'T-1',
        verdict: 'no',
        reasons: ['slow'],
        follow_up: { status: 'contacted', by: 'maria', note: 'called <back>' },
        agent: 'li',
        answered_at: '2026-12-06T00:00:00.000Z',
      },
    });
    const text = JSON.parse(slackBody(facts, 'Acme', 'https://csat.test')).text as string;
    expect(text).toContain('A "No" was followed up.');
    expect(text).toContain('reasons slow · follow-up *contacted* by maria');
  });

  it('?follow_up=open reads a page of rows at any depth, combined with other filters', async () => {
    const { id } = await createBoard();
    await storeAnswers(id, 20_000, {
      verdict: "CASE WHEN i % 4 = 0 THEN 'no' ELSE 'yes' END",
      agent: "'a' || (i % 5)",
      spanDays: 60,
    });
    const first = await call(`/v1/boards/${id}/responses?follow_up=open&limit=50`, { auth: ADMIN });
    const page = await json(first);
    expect(page.responses).toHaveLength(50);
    expect(page.responses.every((r: { follow_up: { status: string } }) => r.follow_up.status === 'open')).toBe(true);
    expect(d1Cost(first).read).toBeLessThanOrEqual(50 + 5);
    let cursor = page.next_cursor;
    for (let i = 0; i < 60; i++)
      cursor = (
        await json(await call(`/v1/boards/${id}/responses?follow_up=open&limit=50&cursor=${cursor}`, { auth: ADMIN }))
      ).next_cursor;
    const deep = await call(`/v1/boards/${id}/responses?follow_up=open&limit=50&cursor=${cursor}`, { auth: ADMIN });
    expect((await json(deep)).responses).toHaveLength(50);
    expect(d1Cost(deep).read).toBeLessThanOrEqual(50 + 5);
    const both = await json(await call(`/v1/boards/${id}/responses?follow_up=open&agent=a0&limit=10`, { auth: ADMIN }));
    expect(both.responses.map((r: { agent: string; verdict: string }) => [r.agent, r.verdict])).toEqual(
      Array(10).fill(['a0', 'no']),
    );
  }, 60_000);
});

describe('the response rate', () => {
  it('counts asks of the period answered by now; asks older than the period do not count', async () => {
    const { id, secret } = await createBoard({ window: { days: 7 }, require_token: true });
    for (const t of ['T-1', 'T-2', 'T-3', 'T-4']) await mint(id, t);
    await say(id, 'T-1', 'yes');
    await passDays(id, 10); // all four were asked ten days ago, T-1 answered then
    expect(await json(await call(`/v1/boards/${id}/score`))).toMatchObject({ asked: 0, response_rate: null });
    const exp = Math.floor(Date.now() / 1000) + 3600;
    // T-2 answered today: it counts on the day it was asked, outside the 7 days
    await answer(id, { interaction: 'T-2', verdict: 'no', token: await mintToken(secret, id, 'T-2', exp) });
    await mint(id, 'T-5');
    await mint(id, 'T-6');
    await say(id, 'T-6', 'yes');
    expect(await json(await call(`/v1/boards/${id}/score`))).toMatchObject({ asked: 2, response_rate: 50 });
    const s = await stats(id);
    expect(s.totals).toMatchObject({ asked: 6, answered: 3, response_rate: 50 });
    expect(s.series.at(-11)).toMatchObject({ asked: 4, answered: 2, response_rate: 50 });
    expect(s.series.at(-1)).toMatchObject({ asked: 2, answered: 1 });
  });
});
