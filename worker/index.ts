/**
 * The Pandameter worker: one Hono app, one sub-app per resource, one error handler that turns
 * every failure into the JSON envelope of SPEC.md; plus the queue consumer and the Cron Trigger of
 * the webhooks (worker/webhooks/).
 */
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { canStore } from './db/health';
import { pruneSessions } from './db/sessions';
import { ApiError, type ErrorBody } from './lib/errors';
import { NO_STORE, publicOrigin, type AppEnv } from './lib/http';
import { D1Meter, metered } from './lib/meter';
import { openapiDocument } from './openapi';
import { resumePurges } from './purge';
import asks from './routes/asks';
import badge from './routes/badge';
import boards from './routes/boards';
import connectors from './routes/connectors';
import demo from './routes/demo';
import followUp from './routes/follow-up';
import home from './routes/home';
import rate from './routes/rate';
import responses from './routes/responses';
import score from './routes/score';
import scoreboard from './routes/scoreboard';
import stats from './routes/stats';
import team from './routes/team';
import webhooks from './routes/webhooks';
import widget from './routes/widget';
import { sendDigests } from './webhooks/digest';
import { handleWebhookBatch, sweepWebhooks } from './webhooks/queue';

const app = new Hono<AppEnv>();

app.use(async (c, next) => {
  const meter = new D1Meter();
  c.set('meter', meter);
  c.env = { ...c.env, DB: metered(c.env.DB, meter) };
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  // Only what a route declares cacheable is cached: private answers (a board's secret, a new key,
  // tokens, stats, answers, CSV) and every error are stored nowhere, by no browser and no proxy.
  if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', NO_STORE);
  if (meter.queries > 0) c.res.headers.append('Server-Timing', meter.header());
});

/**
 * The public reads a dashboard on another origin fetches: CORS `*` on every response (errors
 * too), and preflights answered, because a page that sends its own If-None-Match to get a 304
 * triggers one; ETag is exposed so that page can read it.
 */
const PUBLIC_READS = ['/v1/boards/:board/score', '/v1/boards/:board/badge.svg', '/v1/openapi.json'];
const publicReadCors = cors({
  origin: '*',
  allowMethods: ['GET', 'HEAD'],
  allowHeaders: ['If-None-Match'],
  exposeHeaders: ['ETag'],
  maxAge: 86_400,
});
for (const path of PUBLIC_READS) app.use(path, publicReadCors);

app.route('/v1/boards', responses);
app.route('/v1/boards', followUp);
app.route('/v1/boards', asks);
app.route('/v1/boards', score);
app.route('/v1/boards', badge);
app.route('/v1/boards', stats);
app.route('/v1/boards', webhooks);
app.route('/v1/boards', connectors);
app.route('/v1/boards', boards);
app.route('/', home);
app.route('/', widget);
app.route('/', demo);
app.route('/', scoreboard);
app.route('/', team);
app.route('/rate', rate);

app.get('/v1/openapi.json', (c) => {
  c.header('Cache-Control', 'public, max-age=300');
  return c.json(openapiDocument(publicOrigin(c)));
});

app.get('/healthz', async (c) => {
  if (!(await canStore(c.env.DB, Date.now()))) {
    throw new ApiError('storage_unavailable', 'The database does not take writes now.', {
      headers: { 'Retry-After': '5' },
    });
  }
  c.header('Cache-Control', 'no-store');
  return c.json({ ok: true });
});

/** Path patterns of every route, so a wrong method on a right path answers 405, not 404. */
function allowedMethods(path: string): string[] {
  const methods = new Set<string>();
  for (const r of app.routes) {
    if (r.method === 'ALL' || r.path.includes('*')) continue;
    const re = new RegExp(`^${r.path.replace(/:[^/]+/g, '[^/]+')}/?$`);
    if (re.test(path)) methods.add(r.method);
  }
  if (methods.has('GET')) methods.add('HEAD');
  return [...methods];
}

app.notFound((c) => {
  const allowed = allowedMethods(c.req.path);
  if (allowed.length > 0) {
    return c.json<ErrorBody>(
      { error: { code: 'method_not_allowed', message: `Use ${allowed.join(', ')} here.` } },
      405,
      { Allow: allowed.join(', ') },
    );
  }
  return c.json<ErrorBody>({ error: { code: 'not_found', message: 'Nothing here.' } }, 404);
});

/** D1 failures (busy, unreachable, over limits) are the client's cue to retry, not a bug of theirs. */
const isStorageError = (e: unknown) =>
  e instanceof Error && /\bD1_|SQLITE_|D1 DB|Network connection lost|storage/i.test(e.message);

app.onError((err, c) => {
  // A route may have declared its success cacheable before it failed; an error is never cached.
  c.header('Cache-Control', NO_STORE);
  if (err instanceof ApiError) {
    for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
    return c.json(err.toBody(), err.status);
  }
  if (isStorageError(err)) {
    console.error('storage error', err);
    return c.json<ErrorBody>(
      { error: { code: 'storage_unavailable', message: 'The database is unavailable; try again shortly.' } },
      503,
      { 'Retry-After': '5' },
    );
  }
  console.error('unexpected error', err);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } }, 500);
});

/**
 * The Worker's entry points: HTTP through the Hono app (still `app.request()` for the tests), the
 * webhook queues' consumer, and the every-minute Cron Trigger (wrangler.toml).
 */
export default Object.assign(app, {
  queue: (batch: MessageBatch, env: Env, _ctx: ExecutionContext) => handleWebhookBatch(batch, env),
  // the weekly digests and the webhook sweep, the purges' watchdog, expired sign-ins removed: one failing does not keep the other from running
  scheduled: async (_controller: ScheduledController, env: Env, _ctx: ExecutionContext) => {
    // the digests due first, so that the sweep sends them in the same tick
    const webhooks = async () => {
      try {
        await sendDigests(env.DB, Date.now());
      } finally {
        await sweepWebhooks(env);
      }
    };
    const failed = (
      await Promise.allSettled([webhooks(), resumePurges(env, Date.now()), pruneSessions(env.DB, Date.now())])
    ).find((r) => r.status === 'rejected');
    if (failed) throw failed.reason;
  },
}) satisfies ExportedHandler<Env>;

/** The Workflow that removes a deleted board's rows (bound as PURGE in wrangler.toml). */
export { PurgeBoard } from './purge';
