import { describe, expect, it } from 'vitest';
import { recordAnswer, type AnswerPlan } from '../../worker/db/answers';
import { expectAggregatesMatchRecount } from './consistency';
import { answer, createBoard, d1Cost, env, mint, score, storeAnswers } from './helpers';

describe('what an answer costs in D1', () => {
  for (const window of [{ responses: 100 }, { days: 30 }]) {
    it(`on a board with 5,000 answers (window ${JSON.stringify(window)}): a first answer is at most 9 statements and 17 rows written, a repeat reads at most 10 rows`, async () => {
      const { id } = await createBoard({ window });
      await storeAnswers(id, 5000, { agent: "'a' || (i % 9)", channel: "'email'", spanDays: 20 });
      const token = await mint(id, 'N-1');
      const body = { interaction: 'N-1', verdict: 'yes', token, agent: 'maria', channel: 'chat', comment: 'Great' };

      const first = await answer(id, body);
      expect(first.status).toBe(201);
      const cost = d1Cost(first);
      // index entries included, as D1 counts them: the answer + 8 index entries (its time, and one per set
      // of list filters it can be found by: verdict, agent, channel and each combination, migration 0008),
      // the board, 5 count rows (board, agent, channel, and agent × channel both ways round: migration
      // 0011) + its ask (issue 17): the board's period count and the day's ask tally (the ask row itself
      // was written by the token's mint, so the insert writes nothing)
      expect(cost.queries).toBeLessThanOrEqual(9);
      expect(cost.written).toBeLessThanOrEqual(17);

      const again = await answer(id, body);
      expect(again.status).toBe(200);
      expect(d1Cost(again).read).toBeLessThanOrEqual(10);
      expect(d1Cost(again).written).toBe(0);

      // and the window still holds its N (or its days) exactly
      await expectAggregatesMatchRecount(id);
      expect((await score(id)).responses).toBe('responses' in window ? 100 : 5001);
    });
  }
});

describe("other modules' statements in the answer's batch", () => {
  /** What an outbox for webhooks would do: one row per answer that changed something, in the same batch. */
  const outbox = (plan: AnswerPlan) => ({
    outbox: plan.statement(
      (when) => `INSERT INTO test_outbox (board, interaction, kind, verdict) SELECT ?1, ?2, ?3, ?4 WHERE ${when}`,
      plan.board,
      plan.interaction,
      plan.kind,
      plan.after.verdict,
    ),
  });

  it('apply exactly when the answer does: once per created, changed or updated answer, never for a repeat', async () => {
    await env.DB.exec(
      'CREATE TABLE IF NOT EXISTS test_outbox (seq INTEGER PRIMARY KEY, board TEXT, interaction TEXT, kind TEXT, verdict TEXT)',
    );
    const { id } = await createBoard();
    const at = Date.now();
    const kinds = [];
    for (const [verdict, comment] of [
      ['yes', undefined],
      ['yes', undefined],
      ['no', undefined],
      ['no', 'Slow'],
      ['no', 'Slow'],
    ] as const) {
      const outcome = await recordAnswer(env.DB, id, { interaction: 'T-1', verdict, comment }, at, outbox);
      kinds.push(outcome.kind);
    }
    expect(kinds).toEqual(['created', 'repeated', 'changed', 'updated', 'repeated']);
    const rows = await env.DB.prepare('SELECT kind, verdict FROM test_outbox WHERE board = ?1 ORDER BY seq')
      .bind(id)
      .all();
    expect(rows.results).toEqual([
      { kind: 'created', verdict: 'yes' },
      { kind: 'changed', verdict: 'no' },
      { kind: 'updated', verdict: 'no' },
    ]);
  });

  it('under 24 concurrent writes to one interaction, every applied answer has exactly one row, and the last is what is stored', async () => {
    await env.DB.exec(
      'CREATE TABLE IF NOT EXISTS test_outbox (seq INTEGER PRIMARY KEY, board TEXT, interaction TEXT, kind TEXT, verdict TEXT)',
    );
    const { id } = await createBoard({ window: { responses: 10 } });
    const outcomes = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        recordAnswer(
          env.DB,
          id,
          { interaction: 'hot', verdict: i % 2 ? 'yes' : 'no', agent: `a${i % 3}` },
          Date.now(),
          outbox,
        ),
      ),
    );
    const applied = outcomes.filter((o) => o.kind !== 'repeated');
    expect(outcomes.every((o) => o.kind !== 'contended' && o.kind !== 'gone')).toBe(true);
    expect(applied.filter((o) => o.kind === 'created')).toHaveLength(1);
    const rows = (
      await env.DB.prepare('SELECT kind, verdict FROM test_outbox WHERE board = ?1 ORDER BY seq').bind(id).all<{
        kind: string;
        verdict: string;
      }>()
    ).results;
    expect(rows).toHaveLength(applied.length);
    const stored = await env.DB.prepare("SELECT verdict FROM responses WHERE board_id = ?1 AND interaction = 'hot'")
      .bind(id)
      .first<{ verdict: string }>();
    expect(rows.at(-1)?.verdict).toBe(stored?.verdict);
    await expectAggregatesMatchRecount(id);
    expect(await score(id)).toMatchObject({ responses: 1 });
  });
});
