/**
 * Property tests of "no input produces a 5xx, and no refused request changes stored data", inside
 * workerd on the real app and D1. The requests and the checks live in test/fuzz/cases.ts, shared
 * with the long run against wrangler dev (`npm run fuzz`, bench/results/fuzz.md).
 */
import fc from 'fast-check';
import { describe, expect, inject, it } from 'vitest';
import { ADMIN, BASE, createBoard, env, mint, send } from './helpers';
import { mintToken } from '../../worker/lib/tokens';
import { randomRequest, runCase, textCase, type FuzzContext, type Harness } from '../fuzz/cases';

const TABLES = ['boards', 'responses', 'counts', 'api_keys', 'asks', 'tallies'];

const harness: Harness = {
  send: async (r) => send(new Request(BASE + r.path, { method: r.method, headers: r.headers, body: r.body })),
  query: async (sql, ...params) =>
    (
      await env.DB.prepare(sql)
        .bind(...params)
        .all<Record<string, unknown>>()
    ).results,
  async snapshot() {
    const parts = await env.DB.batch(TABLES.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`)));
    return JSON.stringify(parts.map((p) => p.results));
  },
};

describe('no input produces a 5xx, and a refused request changes nothing', () => {
  it('random methods, paths, headers and bodies: 2xx–4xx, errors as the JSON envelope', async () => {
    const { id } = await createBoard({ id: 'fuzz-board' });
    const token = await mint(id, 'T-1');
    await fc.assert(
      fc.asyncProperty(randomRequest(id, token, ADMIN), async (req) => {
        const { violations } = await runCase(harness, 'random', req, { kind: 'any' });
        expect(violations).toEqual([]);
      }),
      { numRuns: 300 },
    );
  }, 240_000);

  it('hostile text on every route that takes text: refused with 400 naming the field, or stored exactly as sent', async () => {
    const { id, secret } = await createBoard({ id: 'fuzz-text' });
    let n = 0;
    const ctx: FuzzContext = {
      board: id,
      admin: ADMIN,
      token: (board, interaction) => mintToken(secret, board, interaction, Math.floor(Date.now() / 1000) + 3600),
      unique: () => `u${(n++).toString(36)}`,
      webhookBase: `${inject('receiverUrl')}/hook/fuzz-`,
    };
    const seen = { refuse400: 0, accept: 0 };
    await fc.assert(
      fc.asyncProperty(textCase, async (c) => {
        const { req, expect: wanted } = await c.build(ctx);
        const { violations } = await runCase(harness, c.label, req, wanted);
        expect(violations).toEqual([]);
        if (wanted.kind === 'refuse400' || wanted.kind === 'accept') seen[wanted.kind] += 1;
      }),
      { numRuns: 500 },
    );
    // The run did check both promises many times, not only "below 500" (about 45% and 6% of the cases).
    expect(seen.refuse400).toBeGreaterThan(100);
    expect(seen.accept).toBeGreaterThan(10);
  }, 240_000);
});
