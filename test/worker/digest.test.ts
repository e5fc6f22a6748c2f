/**
 * The weekly digest (issue 19 § 3): the every-minute cron makes one `digest.weekly` per board on
 * its digest_day, about the 7 whole days before today against the 7 before those — score and
 * change, answers, asked and response rate, open follow-ups, the agent and channel that moved most,
 * the week's "No" comments — once however many ticks; another day, or no digest_day, none.
 */
import { createExecutionContext, createScheduledController, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { D1Meter, metered } from '../../worker/lib/meter';
import { sendDigests, weekdayOf } from '../../worker/webhooks/digest';
import { ADMIN, call, createBoard, env, passDays, say } from './helpers';
import { createWebhook, deliveries, hookUrl, receivedAtLeast, verified } from './webhook-helpers';

const today = () => Math.floor(Date.now() / 86_400_000);

async function tick() {
  const ctx = createExecutionContext();
  await worker.scheduled(createScheduledController({ cron: '* * * * *' }), env, ctx);
  await waitOnExecutionContext(ctx);
}

/** Last week: 3 of 4 satisfied; this week 3 of 5, two "No"s with comments, and one ask unanswered. */
async function twoWeeks(id: string) {
  await say(id, 'P1', 'yes', { agent: 'ana', channel: 'chat' });
  await say(id, 'P2', 'yes', { agent: 'ana', channel: 'chat' });
  await say(id, 'P3', 'yes', { agent: 'bo', channel: 'mail' });
  await say(id, 'P4', 'no', { agent: 'bo', channel: 'mail' });
  await passDays(id, 7);
  await say(id, 'W1', 'yes', { agent: 'ana', channel: 'chat' });
  await say(id, 'W2', 'no', { agent: 'ana', channel: 'chat', comment: 'Too slow' });
  await say(id, 'W3', 'yes', { agent: 'bo', channel: 'mail' });
  await say(id, 'W4', 'yes', { agent: 'bo', channel: 'mail' });
  await say(id, 'W5', 'no', { agent: 'bo', channel: 'chat', comment: 'Rude <reply>' });
  const asked = await call(`/v1/boards/${id}/tokens`, { method: 'POST', auth: ADMIN, body: { interaction: 'W6' } });
  expect(asked.status).toBe(201);
  await passDays(id, 3);
}

describe('the weekly digest', () => {
  it("is made once on the board's day, with the week's numbers, in both formats", async () => {
    const { id } = await createBoard({ digest_day: weekdayOf(today()) });
    const std = await createWebhook(id, { url: hookUrl(`dg-${id}`), events: ['digest.weekly'] });
    await createWebhook(id, { url: hookUrl(`dgs-${id}`), events: ['digest.weekly'], format: 'slack' });
    await twoWeeks(id);
    await tick();
    await tick();
    expect((await deliveries(id, std.id)).map((d) => d.event)).toEqual(['digest.weekly']);
    const [got] = await receivedAtLeast(`dg-${id}`, 1);
    const payload = await verified(std.secret, got!);
    expect(payload.type).toBe('digest.weekly');
    const day = (n: number) => new Date((today() - n) * 86_400_000).toISOString().slice(0, 10);
    expect(payload.data).toEqual({
      board: id,
      from: day(7),
      to: day(1),
      satisfied: 3,
      unsatisfied: 2,
      percent: 60,
      previous_percent: 75,
      change: -15,
      answers: 5,
      asked: 6,
      response_rate: 83.3,
      open_follow_ups: 2,
      agent: { key: 'ana', percent: 50, previous_percent: 100, change: -50 },
      channel: { key: 'chat', percent: 33.3, previous_percent: 100, change: -66.7 },
      no_comments: [
        { interaction: 'W5', comment: 'Rude <reply>', agent: 'bo', channel: 'chat' },
        { interaction: 'W2', comment: 'Too slow', agent: 'ana', channel: 'chat' },
      ],
    });
    const [msg] = await receivedAtLeast(`dgs-${id}`, 1);
    const text = (JSON.parse(msg!.body) as { text: string }).text;
    expect(text).toContain(`the week ${day(7)} – ${day(1)}`);
    expect(text).toContain('Score: *60 %* (-15 points vs 75 % the week before) · 3 satisfied, 2 not');
    expect(text).toContain('Answers: 5 of 6 asked (response rate 83.3 %)');
    expect(text).toContain('Open follow-ups: 2');
    expect(text).toContain('Agent that moved most: *ana*, 100 % → 50 % (-50)');
    expect(text).toContain('Channel that moved most: *chat*, 100 % → 33.3 % (-66.7)');
    expect(text).toContain('> Rude &lt;reply&gt;');
  });

  it('another weekday, or no digest_day, makes none', async () => {
    const other = await createBoard({ digest_day: weekdayOf(today() + 1) });
    const none = await createBoard({ digest_day: null });
    const hooks = await Promise.all(
      [other.id, none.id].map((b) => createWebhook(b, { url: hookUrl(`dgn-${b}`), events: ['digest.weekly'] })),
    );
    await twoWeeks(other.id);
    await twoWeeks(none.id);
    await tick();
    expect(await deliveries(other.id, hooks[0]!.id)).toEqual([]);
    expect(await deliveries(none.id, hooks[1]!.id)).toEqual([]);
  });

  it('a tick reads a bounded few rows per board, and a second tick only the due query', async () => {
    const { id } = await createBoard({ digest_day: weekdayOf(today()) });
    await createWebhook(id, { url: hookUrl(`dgc-${id}`), events: ['digest.weekly'] });
    await twoWeeks(id);
    const now = Date.now();
    const first = new D1Meter();
    expect(await sendDigests(metered(env.DB, first), now)).toContain(id);
    const second = new D1Meter();
    expect(await sendDigests(metered(env.DB, second), now)).toEqual([]);
    // the due query, the board's week (days, asks and follow-ups, 2 × 2 group reads, the "no"s), one batch
    expect(first.queries).toBe(10);
    expect(first.rowsRead).toBeLessThanOrEqual(40);
    // one delivery row and its 3 index entries; the board's mark and its entry in boards_digest_due
    expect(first.rowsWritten).toBe(6);
    expect(second.queries).toBe(1);
    expect(second.rowsWritten).toBe(0);
  });
});
