import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mintToken } from '../../worker/lib/tokens';
import { expectAggregatesMatchRecount } from './consistency';
import { ADMIN, answer, call, createBoard, passDays } from './helpers';

type Op =
  | {
      kind: 'answer';
      interaction: string;
      verdict: 'yes' | 'no';
      agent?: string;
      channel?: string;
      comment?: string;
      reasons?: string[];
    }
  | { kind: 'erase'; interaction: string }
  | { kind: 'ask'; interaction: string; agent?: string; channel?: string; widget: boolean }
  | { kind: 'follow-up'; interaction: string; status: 'open' | 'contacted' | 'resolved' | 'dismissed' };

const REASONS = [
  { id: 'slow', label: 'Too slow' },
  { id: 'wrong', label: 'Wrong' },
];

const interaction = fc.constantFrom(
  'T-1',
  'T-2',
  'T-3',
  'T-4',
  'T-5',
  'T-6',
  'T-7',
  'T-8',
  'T-9',
  'T-10',
  'T-11',
  'T-12',
);
const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record(
      {
        kind: fc.constant('answer' as const),
        interaction,
        verdict: fc.constantFrom('yes' as const, 'no' as const),
        agent: fc.constantFrom('maria', 'li', 'sam'),
        channel: fc.constantFrom('email', 'chat'),
        comment: fc.constantFrom('thanks', ''),
        reasons: fc.constantFrom<string[]>([], ['slow'], ['slow', 'wrong']),
      },
      { requiredKeys: ['kind', 'interaction', 'verdict'] },
    ),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('erase' as const), interaction }) },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('ask' as const),
        interaction,
        agent: fc.constantFrom('maria', 'li'),
        channel: fc.constantFrom('email', 'chat'),
        widget: fc.boolean(),
      },
      { requiredKeys: ['kind', 'interaction', 'widget'] },
    ),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('follow-up' as const),
      interaction,
      status: fc.constantFrom('open' as const, 'contacted' as const, 'resolved' as const, 'dismissed' as const),
    }),
  },
);

/**
 * Random mixes of new, repeated, changed and erased answers, many of them in flight at once: after
 * each mix, every stored aggregate equals a recount from the raw answers.
 */
describe('aggregates always equal a recount', () => {
  for (const window of [{ responses: 10 }, { days: 3 }]) {
    it(`under concurrency, window ${JSON.stringify(window)}`, async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(op, { minLength: 10, maxLength: 60 }),
          fc.integer({ min: 1, max: 12 }),
          async (ops, width) => {
            const board = await createBoard({ window, reasons: REASONS });
            const exp = Math.floor(Date.now() / 1000) + 600;
            const run = async (o: Op) => {
              if (o.kind === 'erase') {
                const res = await call(`/v1/boards/${board.id}/responses/${o.interaction}`, {
                  method: 'DELETE',
                  auth: ADMIN,
                });
                expect([204, 404]).toContain(res.status);
                return;
              }
              if (o.kind === 'follow-up') {
                const res = await call(`/v1/boards/${board.id}/responses/${o.interaction}/follow-up`, {
                  method: 'PUT',
                  auth: ADMIN,
                  body: { status: o.status },
                });
                // 404: no answer (yet, or erased); 409: the answer is "yes"
                expect([200, 404, 409]).toContain(res.status);
                return;
              }
              const token = await mintToken(board.secret, board.id, o.interaction, exp);
              if (o.kind === 'ask') {
                const { kind: _k, widget, ...ask } = o;
                const res = widget
                  ? await call(`/v1/boards/${board.id}/asks`, { method: 'POST', body: { ...ask, token } })
                  : await call(`/v1/boards/${board.id}/asks`, { method: 'POST', auth: ADMIN, body: ask });
                expect([200, 201]).toContain(res.status);
                return;
              }
              const { kind: _kind, reasons, ...body } = o;
              const res = await answer(board.id, { ...body, token, ...(body.verdict === 'no' ? { reasons } : {}) });
              expect([200, 201]).toContain(res.status);
            };
            for (let i = 0; i < ops.length; i += width) await Promise.all(ops.slice(i, i + width).map(run));
            await call(`/v1/boards/${board.id}/score`); // recounts the period if the day turned meanwhile
            await expectAggregatesMatchRecount(board.id);
          },
        ),
        { numRuns: 12 },
      );
    }, 240_000);
  }

  it('holds for a day window after days pass', async () => {
    const board = await createBoard({ window: { days: 3 } });
    const exp = Math.floor(Date.now() / 1000) + 600;
    for (let day = 0; day < 5; day++) {
      await Promise.all(
        ['A', 'B', 'C'].map(async (i, k) =>
          answer(board.id, {
            interaction: `${i}${day % 2}`,
            verdict: (day + k) % 2 ? 'yes' : 'no',
            token: await mintToken(board.secret, board.id, `${i}${day % 2}`, exp),
          }),
        ),
      );
      await passDays(board.id, 1);
      await call(`/v1/boards/${board.id}/score`);
      await expectAggregatesMatchRecount(board.id);
    }
  });
});
