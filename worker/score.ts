/**
 * The score of a board, as one concept: how it is read (`currentScore`), what it looks like as JSON
 * (`scoreJson`), and how long its public views may be reused (`SCORE_CACHE`). The score, badge and
 * scoreboard routes import it from here; the arithmetic is worker/lib/score-math.ts.
 *
 * Views are served from the Workers Cache API so that a popular board costs D1 one read per
 * cache lifetime, not one per view. Two levels, both living `SCORE_MAX_AGE` seconds:
 *
 * 1. the board's score record (`scoreRecord`), keyed by board: the score JSON, its ETag and what
 *    the page needs besides (allowed origins for its CSP). A miss reads D1 through a Sessions API
 *    session, so a read replica may answer: a view may be a few seconds stale, as its
 *    Cache-Control already allows.
 * 2. each rendered view (`cachedView`), keyed by board, variant (badge label; page theme and
 *    language) and the record's version, so a changed score never meets an old rendering.
 *
 * Forgetting the record (`forgetScore`, on every write that changes what views show, and on
 * delete) makes the next view read D1 again and so reaches every variant at once. The Cache API
 * is per data centre: elsewhere a view lives out its few seconds, like any HTTP cache would.
 */
import type { Context } from 'hono';
import { getBoard, rollBoard, type Board } from './db/boards';
import { etagOf, executionContext, publicOrigin, type AppEnv } from './lib/http';
import { pandas, percent, wilson95 } from './lib/score-math';
import { dayOf, iso } from './lib/time';
import { DEFAULT_PERIOD_DAYS, refreshPeriod } from './db/asks';
import { tallyDays } from './db/tallies';
import { FollowUpSum } from './loop-stats';
import type { Score } from './response-schemas';

/** The score as GET /v1/boards/{board}/score shows it (SPEC § Score); also what the scoreboard renders. */
export type ScoreJson = Score;

export function scoreJson(b: Board): ScoreJson {
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
    asked: b.asked,
    response_rate: b.asked === 0 ? null : Math.round((1000 * b.answered) / b.asked) / 10,
    updated_at: b.scoreUpdatedAt === null ? null : iso(b.scoreUpdatedAt),
  };
}

/**
 * Reads a board's current score: one row, plus a roll when a day window has moved since, and a
 * recount of its response rate's period on a new day (or a new period length).
 */
export async function currentScore(db: D1Database | D1DatabaseSession, id: string): Promise<Board | null> {
  const now = Date.now();
  let board = await getBoard(db, id);
  if (
    board &&
    (board.rrDay !== dayOf(now) || board.rrDays !== ('days' in board.window ? board.window.days : DEFAULT_PERIOD_DAYS))
  ) {
    if (await refreshPeriod(db, id, now)) board = await getBoard(db, id);
  }
  return board ? rollBoard(db, board, now) : null;
}

/** How long a view of the score may be reused: by browsers and caches, and by the worker itself. */
export const SCORE_MAX_AGE = 10;
export const SCORE_CACHE = `public, max-age=${SCORE_MAX_AGE}, stale-while-revalidate=60`;

/** The scoreboard's optional lines, as the board's settings allow (never a note or a name). */
export interface PublicLines {
  /** asks of the score's period and how many are answered: when the board has asks and shows them */
  responseRate: { asked: number; answered: number; rate: number; days: number } | null;
  /** the "no"s of the last 30 days and how many were contacted within a day: when the board opts in */
  followUp: { contacted: number; unhappy: number; days: number } | null;
  /** the target, percent: when the board opts in */
  target: number | null;
}

/** The follow-up line's period. */
const FOLLOW_UP_DAYS = 30;

/** The lines the settings allow; the follow-up record reads its tallies (≤ 2 rows), only when shown. */
async function publicLines(db: D1Database | D1DatabaseSession, b: Board, now: number): Promise<PublicLines> {
  let followUp: PublicLines['followUp'] = null;
  if (b.publicFollowUp) {
    const today = dayOf(now);
    const sum = new FollowUpSum();
    for (const t of (await tallyDays(db, b.id, ['follow_up'], today - FOLLOW_UP_DAYS + 1, today)).get('follow_up')!)
      sum.add(t);
    const j = sum.json();
    const unhappy = j.open + j.contacted + j.resolved + j.dismissed;
    if (unhappy > 0) followUp = { contacted: j.contacted_within_24h, unhappy, days: FOLLOW_UP_DAYS };
  }
  return {
    responseRate:
      b.publicResponseRate && b.asked > 0
        ? {
            asked: b.asked,
            answered: b.answered,
            rate: Math.round((1000 * b.answered) / b.asked) / 10,
            days: 'days' in b.window ? b.window.days : DEFAULT_PERIOD_DAYS,
          }
        : null,
    followUp,
    target: b.publicTarget ? b.target : null,
  };
}

/** What every view of a board is made from, cached per board. */
export interface ScoreRecord {
  score: ScoreJson;
  lines: PublicLines;
  /** the ETag of the score JSON */
  etag: string;
  /** the board's allowed origins: who may frame the scoreboard */
  allowedOrigins: string[];
  /** the board's brand colour ('#rrggbb'), for the scoreboard's number */
  accent: string | null;
  /** changes whenever anything above does: part of every view's cache key */
  version: string;
}

/** The worker's own cache of views (a named cache of the Workers Cache API), opened once per request. */
const VIEW_CACHE = 'pandameter-views';
const opened = new WeakMap<Request, Promise<Cache>>();
function viewCache(c: Context): Promise<Cache> {
  let cache = opened.get(c.req.raw);
  if (!cache) opened.set(c.req.raw, (cache = caches.open(VIEW_CACHE)));
  return cache;
}

/** Keys live under the worker's own origin, like the views they stand for. */
const cacheKey = (origin: string, path: string) => new Request(`${origin}/_cache/${path}`);

/** Cache writes go on after the response when there is an ExecutionContext to run them in. */
async function keep(c: Context, work: Promise<unknown>): Promise<void> {
  const ctx = executionContext(c);
  if (ctx) ctx.waitUntil(work);
  else await work;
}

/** The board's score record: from the cache, else from D1 (a session that a replica may serve). */
export async function scoreRecord(c: Context<AppEnv>, id: string): Promise<ScoreRecord | null> {
  const key = cacheKey(publicOrigin(c), `score/${id}`);
  const cache = await viewCache(c);
  const hit = await cache.match(key);
  if (hit) return hit.json<ScoreRecord>();
  const board = await currentScore(c.env.DB.withSession('first-unconstrained'), id);
  if (!board) return null;
  const score = scoreJson(board);
  const lines = await publicLines(c.env.DB.withSession('first-unconstrained'), board, Date.now());
  const [etag, version] = await Promise.all([
    etagOf(JSON.stringify(score)),
    etagOf(JSON.stringify([score, board.allowedOrigins, lines, board.accent])),
  ]);
  const record: ScoreRecord = {
    score,
    lines,
    etag,
    allowedOrigins: board.allowedOrigins,
    accent: board.accent,
    version,
  };
  const stored = new Response(JSON.stringify(record), {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': `max-age=${SCORE_MAX_AGE}` },
  });
  await keep(c, cache.put(key, stored));
  return record;
}

/**
 * A rendered view of the score (`variant` names everything else it depends on): from the cache, or
 * rendered and kept for the same few seconds. Only 200s are kept.
 */
export async function cachedView(
  c: Context<AppEnv>,
  record: ScoreRecord,
  variant: string,
  render: () => Response | Promise<Response>,
): Promise<Response> {
  const key = cacheKey(publicOrigin(c), `view/${record.score.board}/${record.version.replace(/"/g, '')}/${variant}`);
  const cache = await viewCache(c);
  const hit = await cache.match(key);
  if (hit) return new Response(hit.body, hit);
  const res = await render();
  if (res.status === 200) await keep(c, cache.put(key, res.clone()));
  return res;
}

/**
 * Drops the board's cached score in this data centre, so its next view (every variant) is read
 * afresh. `origin` is the worker's (a Context gives it).
 */
export async function forgetScore(origin: Context | string, id: string): Promise<void> {
  const at = typeof origin === 'string' ? origin : publicOrigin(origin);
  await (await caches.open(VIEW_CACHE)).delete(cacheKey(at, `score/${id}`));
}
