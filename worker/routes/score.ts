/** The public score: cached per board (worker/score.ts), CORS `*`, ETag and 304. */
import { Hono } from 'hono';
import { unknownBoard } from '../lib/errors';
import { notModified, type AppEnv } from '../lib/http';
import { boardParam } from '../board';
import { doc } from '../openapi';
import { BoardPath } from '../schemas';
import { Score } from '../response-schemas';
import { SCORE_CACHE, scoreRecord } from '../score';

const score = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/score',
  operationId: 'getScore',
  summary: "A board's live score",
  description:
    'Public, CORS * (preflights answered, If-None-Match allowed, ETag exposed). Send If-None-Match with the last ETag to get 304 when nothing changed.',
  request: { params: BoardPath },
  responses: {
    200: { description: 'The score', content: { 'application/json': { schema: Score } } },
    304: { description: 'Not modified' },
  },
});
score.get('/:board/score', async (c) => {
  const id = boardParam(c);
  const record = await scoreRecord(c, id);
  if (!record) throw unknownBoard(id);
  c.header('ETag', record.etag);
  c.header('Cache-Control', SCORE_CACHE);
  if (notModified(c, record.etag)) return c.body(null, 304);
  return c.body(JSON.stringify(record.score), 200, { 'Content-Type': 'application/json; charset=utf-8' });
});

export default score;
