/**
 * A board's target (issue 19 § 3): `score.below_target` when the score (the window's percent, from
 * 10 answers on) goes below the target, `score.recovered` when it is back, each once per crossing,
 * decided in the answer's own batch; a target change that puts the score on the other side fires
 * too; a board without a target fires nothing, and an ordinary answer writes no more rows for it.
 */
import { describe, expect, it } from 'vitest';
import { ADMIN, answer, call, createBoard, d1Cost } from './helpers';
import { createWebhook, deliveries, hookUrl, receivedAtLeast, verified, answerNow } from './webhook-helpers';

const EVENTS = ['score.below_target', 'score.recovered'];

async function board(extra: Record<string, unknown> = {}) {
  const { id } = await createBoard({ require_token: false, target: 80, ...extra });
  const hook = await createWebhook(id, { url: hookUrl(`t-${id}`), events: EVENTS });
  return { id, hook };
}

/** Answers `verdicts` in order, each a new interaction. */
async function answers(id: string, verdicts: string, from = 0) {
  for (const [i, v] of [...verdicts].entries()) {
    const res = await answer(id, { interaction: `T-${from + i}`, verdict: v === 'y' ? 'yes' : 'no' });
    expect(res.status).toBe(201);
  }
}

const fired = async (id: string, hook: string) => (await deliveries(id, hook)).map((d) => d.event);

describe('score.below_target and score.recovered', () => {
  it('fire once per crossing: down, staying below, back up', async () => {
    const { id, hook } = await board();
    // 8 yes, then 2 no: 10 answers at 80 % — on the target, not below
    await answers(id, 'yyyyyyyynn');
    expect(await fired(id, hook.id)).toEqual([]);
    await answers(id, 'n', 10); // 8/11 = 72.7 %
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
    await answers(id, 'nny', 11); // still below: nothing more
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
    await answers(id, 'yyyyyyyyyy', 14); // 19/24 = 79.2 %: below
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
    await answers(id, 'yy', 24); // 21/26 = 80.8 %: back
    expect(await fired(id, hook.id)).toEqual(['score.below_target', 'score.recovered']);
    await answers(id, 'yyy', 26);
    expect(await fired(id, hook.id)).toEqual(['score.below_target', 'score.recovered']);
  });

  it('concurrent answers that all land below fire one event', async () => {
    const { id, hook } = await board();
    await answers(id, 'yyyyyyyyyy');
    const sent = await Promise.all([...'nnnnnn'].map((_, i) => answer(id, { interaction: `C-${i}`, verdict: 'no' })));
    expect(sent.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
  });

  it('nothing crosses while the window holds fewer than 10 answers', async () => {
    const { id, hook } = await board();
    await answers(id, 'nnnnnnnnn');
    expect(await fired(id, hook.id)).toEqual([]);
    await answers(id, 'n', 9);
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
  });

  it('a target change that puts the score below fires, and removing it fires nothing', async () => {
    const { id, hook } = await board({ target: 50 });
    await answers(id, 'yyyyyyyynn'); // 80 %
    const patch = (target: number | null) =>
      call(`/v1/boards/${id}`, { method: 'PATCH', auth: ADMIN, body: { target } });
    expect((await patch(90)).status).toBe(200);
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
    expect((await patch(85)).status).toBe(200); // still below
    expect((await patch(null)).status).toBe(200);
    expect((await patch(75)).status).toBe(200); // a new target starts from "not below": 80 % is above
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
    expect((await patch(95)).status).toBe(200);
    expect(await fired(id, hook.id)).toEqual(['score.below_target', 'score.below_target']);
  });

  it('a board without a target fires nothing', async () => {
    const { id, hook } = await board({ target: null });
    await answers(id, 'yynnnnnnnnnn');
    expect(await fired(id, hook.id)).toEqual([]);
  });

  it('the body says the score and the target, signed, in the Standard and Slack formats', async () => {
    const { id, hook } = await board();
    await createWebhook(id, { url: hookUrl(`s-${id}`), events: EVENTS, format: 'slack' });
    await answers(id, 'yyyyyyyyy');
    expect((await answerNow(id, { interaction: 'T-last', verdict: 'no' })).status).toBe(201); // 9/10 = 90 %
    expect((await answerNow(id, { interaction: 'T-more', verdict: 'no' })).status).toBe(201); // 9/11 = 81.8 %
    expect((await answerNow(id, { interaction: 'T-most', verdict: 'no' })).status).toBe(201); // 9/12 = 75 %
    const [std] = await receivedAtLeast(`t-${id}`, 1);
    const payload = await verified(hook.secret, std!);
    expect(payload.type).toBe('score.below_target');
    expect(payload.data).toMatchObject({
      board: id,
      percent: 75,
      target: 80,
      responses: 12,
      satisfied: 9,
      unsatisfied: 3,
    });
    const [msg] = await receivedAtLeast(`s-${id}`, 1);
    const text = (JSON.parse(msg!.body) as { text: string }).text;
    expect(text).toContain('is below its target: *75 %* (target 80 %)');
    expect(text).toContain('9 satisfied, 3 not');
  });

  it('an ordinary answer writes no more rows for the target; a crossing, its flag and outbox row', async () => {
    const plain = await createBoard({ require_token: false });
    const { id, hook } = await board({ target: 95 });
    await answers(plain.id, 'yyyyyyyyyy');
    await answers(id, 'yyyyyyyyyy');
    const say = (board: string, interaction: string, verdict: string) =>
      answer(board, { interaction, verdict, agent: 'a', channel: 'c' });
    const ordinary = d1Cost(await say(plain.id, 'X', 'yes'));
    expect(d1Cost(await say(id, 'X', 'yes')).written).toBe(ordinary.written);
    // 11/12 = 91.7 %: below 95 — the board's flag (1), and one delivery (its one subscribed webhook):
    // the row and its 3 index entries (migrations/0003_webhooks.sql)
    const crossing = d1Cost(await say(id, 'Y', 'no'));
    expect(crossing.written).toBe(d1Cost(await say(plain.id, 'Y', 'no')).written + 1 + 4);
    expect(await fired(id, hook.id)).toEqual(['score.below_target']);
  });
});
