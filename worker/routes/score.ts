/** The public score: one row read, cacheable, CORS `*`. */
import { Hono } from 'hono';
import { getBoard, rollBoard, type Board } from '../db';
import { unknownBoard } from '../lib/errors';
import { etagOf, notModified, type AppEnv } from '../lib/http';
import { pandas, percent, wilson95 } from '../lib/score';
import { iso } from '../lib/time';
import { boardParam } from '../lib/validate';
import { doc } from '../openapi';
import { BoardId, Score, z } from '../schemas';

/** The score of a board as SPEC.md § Score defines it; also what the scoreboard renders. */
export function scoreJson(b: Board) {
  return {
    board: b.id,
    name: b.name,
    window: b.window,
    responses: b.yes + b.no,
    satisfied: b.yes,
    unsatisfied: b.no,
    percent: percent(b.yes, b.no),
    interval95: wilson95(b.yes, b.no),
    pandas: pandas(b.yes, b.no),
    updated_at: b.scoreUpdatedAt === null ? null : iso(b.scoreUpdatedAt),
  };
}
export type ScoreJson = ReturnType<typeof scoreJson>;

/** Reads a board's current score: one row, plus a roll when a day window has moved since. */
export async function currentScore(db: D1Database, id: string): Promise<Board | null> {
  const board = await getBoard(db, id);
  return board ? rollBoard(db, board, Date.now()) : null;
}

export const SCORE_CACHE = 'public, max-age=10, stale-while-revalidate=60';

const score = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/score',
  operationId: 'getScore',
  summary: "A board's live score",
  description:
    'Public, CORS * (preflights answered, If-None-Match allowed, ETag exposed). Send If-None-Match with the last ETag to get 304 when nothing changed.',
  request: { params: z.object({ board: BoardId }) },
  responses: {
    200: { description: 'The score', content: { 'application/json': { schema: Score } } },
    304: { description: 'Not modified' },
  },
});
score.get('/:board/score', async (c) => {
  const id = boardParam(c);
  const board = await currentScore(c.env.DB, id);
  if (!board) throw unknownBoard(id);
  const body = JSON.stringify(scoreJson(board));
  const etag = await etagOf(body);
  c.header('ETag', etag);
  c.header('Cache-Control', SCORE_CACHE);
  if (notModified(c, etag)) return c.body(null, 304);
  return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

export default score;
