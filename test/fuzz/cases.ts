/**
 * The fuzzer's requests and what each must get, shared by the property tests inside workerd
 * (test/worker/fuzz.test.ts, part of `npm test`) and the long run against `wrangler dev`
 * (test/fuzz/run.test.ts, `npm run fuzz`). Only the transport and the database access differ:
 * both come in through a `Harness`.
 *
 * Every request must get a status below 500; a refused one (4xx) must leave every stored row as
 * it was; and where the string sent is known by construction to break the text rule (SPEC.md
 * § Concepts, worker/lib/text.ts) it must be refused with 400 naming the field, where it is known
 * to be fine it must be stored exactly as sent. The oracle is the construction, not the rule's code.
 */
import fc from 'fast-check';
import { BLANK_OR_PADDED, FINE, HOSTILE, codeUnits } from './hostile';

export interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

export interface Harness {
  send(req: FuzzRequest): Promise<Response>;
  /** Rows of a read-only SQL query on the worker's D1. */
  query(sql: string, ...params: (string | number)[]): Promise<Record<string, unknown>[]>;
  /** Everything stored, as one string: equal before and after a refused request. */
  snapshot(): Promise<string>;
}

export interface FuzzContext {
  /** A board with require_token: true. */
  board: string;
  admin: string;
  token(board: string, interaction: string): Promise<string>;
  /** A name used once (board ids, interaction ids). */
  unique(): string;
  /** Where the fuzzed webhooks point (the hostile text follows it): a receiver that answers. */
  webhookBase: string;
}

/** What a request must get, beyond "below 500, and a refusal changes nothing". */
export type Expect =
  | { kind: 'refuse400'; field: string }
  | { kind: 'refuse' }
  | { kind: 'accept'; check(h: Harness, body: unknown): Promise<string | null> }
  | { kind: 'readonly' }
  | { kind: 'any' };

export interface Case {
  label: string;
  build(ctx: FuzzContext): Promise<{ req: FuzzRequest; expect: Expect }>;
}

// ---------------------------------------------------------------- strings, tagged by construction

interface Tagged {
  value: string;
  kind: 'hostile' | 'blank' | 'fine' | 'random';
  /** the hostile character spliced in */
  ch?: string;
}

const tagged: fc.Arbitrary<Tagged> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...FINE.slice(0, -1)), fc.constantFrom(...HOSTILE), fc.nat())
      .map(([s, ch, at]) => {
        const i = at % (s.length + 1);
        return { value: s.slice(0, i) + ch + s.slice(i), kind: 'hostile' as const, ch };
      }),
  },
  { weight: 2, arbitrary: fc.constantFrom(...BLANK_OR_PADDED).map((value) => ({ value, kind: 'blank' as const })) },
  { weight: 2, arbitrary: fc.constantFrom(...FINE).map((value) => ({ value, kind: 'fine' as const })) },
  { weight: 1, arbitrary: codeUnits.map((value) => ({ value, kind: 'random' as const })) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((value) => ({ value, kind: 'random' as const })) },
);

type Rule = 'id' | 'display' | 'comment' | 'pattern' | 'token';

const JOINERS = ['\u200c', '\u200d'];
const SPACING = ['\t', '\n', '\r'];
const length = (s: string) => [...s].length;

/** What the text rule asks of `t` in a field of this rule, known from how `t` was made. */
function verdictOf(rule: Rule, t: Tagged, max: number): 'refuse400' | 'refuse' | 'accept' | 'any' {
  if (rule === 'token') return t.kind === 'hostile' || t.kind === 'blank' ? 'refuse400' : 'refuse';
  if (t.kind === 'random') return 'any';
  if (t.kind === 'fine') return rule === 'pattern' || length(t.value) > max ? 'any' : 'accept';
  if (rule === 'comment') {
    return t.kind === 'hostile' && !SPACING.includes(t.ch!) && !JOINERS.includes(t.ch!) ? 'refuse400' : 'any';
  }
  if (rule === 'display' && t.kind === 'hostile' && JOINERS.includes(t.ch!)) return 'any';
  return 'refuse400';
}

type Accept = Extract<Expect, { kind: 'accept' }>;

function expectFor(rule: Rule, t: Tagged, field: string, max: number, check: Accept): Expect {
  const v = verdictOf(rule, t, max);
  if (v === 'refuse400') return { kind: 'refuse400', field };
  if (v === 'accept') return check;
  return { kind: v };
}

/** How a browser would send `s` in a URL or a form, except that a lone surrogate goes as its 3 WTF-8 bytes. */
export function percent(s: string): string {
  let out = '';
  for (const ch of s) {
    const cu = ch.charCodeAt(0);
    if (ch.length === 1 && cu >= 0xd800 && cu <= 0xdfff) {
      out += [0xe0 | (cu >> 12), 0x80 | ((cu >> 6) & 63), 0x80 | (cu & 63)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else out += encodeURIComponent(ch);
  }
  return out;
}

const formOf = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `${percent(k)}=${percent(v)}`)
    .join('&');

const JSON_TYPES = ['application/json', 'text/plain'];
const auth = (ctx: FuzzContext) => ({ authorization: `Bearer ${ctx.admin}` });

/** A comment as the API stores it: line breaks as LF, trimmed; empty means none. */
const storedComment = (s: string) => s.replace(/\r\n?/g, '\n').trim() || null;

async function storedAnswer(h: Harness, board: string, interaction: string) {
  const rows = await h.query(
    'SELECT interaction, agent, comment, channel, locale FROM responses WHERE board_id = ?1 AND interaction = ?2',
    board,
    interaction,
  );
  return rows[0];
}

const same = (what: string, got: unknown, want: unknown) =>
  got === want ? null : `${what}: stored ${JSON.stringify(got)}, sent ${JSON.stringify(want)}`;

// ---------------------------------------------------------------- the routes that take text

const ANSWER_FIELDS: { field: string; rule: Rule; max: number }[] = [
  { field: 'interaction', rule: 'id', max: 128 },
  { field: 'agent', rule: 'id', max: 64 },
  { field: 'comment', rule: 'comment', max: 1000 },
  { field: 'channel', rule: 'pattern', max: 32 },
  { field: 'locale', rule: 'pattern', max: 20 },
  { field: 'token', rule: 'token', max: 256 },
];

/** POST /v1/boards/{board}/responses, one field hostile, the others (and the token) right. */
const answerCase = fc
  .record({ f: fc.constantFrom(...ANSWER_FIELDS), t: tagged, type: fc.constantFrom(...JSON_TYPES) })
  .map(({ f, t, type }): Case => ({
    label: `POST responses ${f.field}`,
    async build(ctx) {
      const interaction = f.field === 'interaction' ? t.value : `F-${ctx.unique()}`;
      const body: Record<string, string> = {
        interaction,
        verdict: 'no',
        token: await ctx.token(ctx.board, interaction),
        [f.field]: t.value,
      };
      const expect = expectFor(f.rule, t, f.field, f.max, {
        kind: 'accept',
        async check(h) {
          const row = await storedAnswer(h, ctx.board, interaction);
          if (!row) return `no row for ${JSON.stringify(interaction)}`;
          return same(f.field, row[f.field], f.field === 'comment' ? storedComment(t.value) : t.value);
        },
      });
      return {
        req: {
          method: 'POST',
          path: `/v1/boards/${ctx.board}/responses`,
          headers: { 'content-type': type },
          body: JSON.stringify(body),
        },
        expect,
      };
    },
  }));

/** The e-mail rating page's form POST: the interaction in the path, the comment, token or language hostile. */
const rateFormCase = fc
  .record({ field: fc.constantFrom('interaction', 'comment', 'token', 'lang'), t: tagged })
  .map(({ field, t }): Case => ({
    label: `POST /rate ${field}`,
    async build(ctx) {
      const interaction = field === 'interaction' ? t.value : `F-${ctx.unique()}`;
      const form: Record<string, string> = {
        token: await ctx.token(ctx.board, interaction),
        verdict: 'yes',
        comment: 'ok',
        lang: 'en',
      };
      form[field] = t.value;
      const stored: Accept = {
        kind: 'accept',
        async check(h) {
          const row = await storedAnswer(h, ctx.board, interaction);
          if (!row) return `no row for ${JSON.stringify(interaction)}`;
          return field === 'comment' ? same('comment', row.comment, storedComment(t.value)) : null;
        },
      };
      let expect: Expect = { kind: 'any' };
      if (field === 'comment') expect = expectFor('comment', t, 'comment', 1000, stored);
      // An id the rule refuses is a link that does not work (404 page); a hostile token does not work either.
      if (field === 'interaction') {
        const v = verdictOf('id', t, 128);
        expect = v === 'refuse400' ? { kind: 'refuse' } : v === 'accept' ? stored : { kind: 'any' };
      }
      if (field === 'token') expect = { kind: 'refuse' };
      return {
        req: {
          method: 'POST',
          path: `/rate/${ctx.board}/${percent(interaction)}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: formOf(form),
        },
        expect,
      };
    },
  }));

/** The rating page's GET (what e-mail scanners open): never writes, whatever the link holds. */
const rateGetCase = fc
  .record({ field: fc.constantFrom('interaction', 'token', 'verdict', 'lang'), t: tagged, head: fc.boolean() })
  .map(({ field, t, head }): Case => ({
    label: `${head ? 'HEAD' : 'GET'} /rate ${field}`,
    async build(ctx) {
      const interaction = field === 'interaction' ? t.value : 'T-1';
      const q: Record<string, string> = {
        token: await ctx.token(ctx.board, interaction),
        verdict: 'yes',
        lang: 'de',
      };
      if (field !== 'interaction') q[field] = t.value;
      return {
        req: {
          method: head ? 'HEAD' : 'GET',
          path: `/rate/${ctx.board}/${percent(interaction)}?${formOf(q)}`,
          headers: {},
        },
        expect: { kind: 'readonly' },
      };
    },
  }));

/** The admin API: tokens, boards (id, name, origins), keys, erasure, webhooks. */
const adminCase = fc
  .record({
    route: fc.constantFrom(
      'tokens',
      'board id',
      'board name',
      'rename',
      'origins',
      'scopes',
      'revoke',
      'erase',
      'webhook url',
    ),
    t: tagged,
  })
  .map(({ route, t }): Case => ({
    label: `admin ${route}`,
    async build(ctx) {
      const json = (method: string, path: string, body: unknown): FuzzRequest => ({
        method,
        path,
        headers: { ...auth(ctx), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      const anything: Expect = { kind: 'any' };
      switch (route) {
        case 'tokens':
          return {
            req: json('POST', `/v1/boards/${ctx.board}/tokens`, { interaction: t.value }),
            expect: expectFor('id', t, 'interaction', 128, {
              kind: 'accept',
              async check(_h, body) {
                const url = (body as { rate_url?: string }).rate_url ?? '';
                return same('rate_url', decodeURIComponent(new URL(url).pathname.split('/')[3] ?? ''), t.value);
              },
            }),
          };
        case 'board id':
          return {
            req: json('POST', '/v1/boards', { id: t.value, name: 'Fuzz' }),
            expect: expectFor('pattern', t, 'id', 40, { kind: 'accept', check: async () => null }),
          };
        case 'board name':
        case 'rename': {
          const id = route === 'rename' ? ctx.board : `fz-${ctx.unique()}`;
          const req =
            route === 'rename'
              ? json('PATCH', `/v1/boards/${id}`, { name: t.value })
              : json('POST', '/v1/boards', { id, name: t.value });
          return {
            req,
            expect: expectFor('display', t, 'name', 80, {
              kind: 'accept',
              async check(h) {
                const [row] = await h.query('SELECT name FROM boards WHERE id = ?1', id);
                return same('name', row?.name, t.value);
              },
            }),
          };
        }
        case 'origins':
          return {
            req: json('PATCH', `/v1/boards/${ctx.board}`, { allowed_origins: [t.value] }),
            expect: expectFor('pattern', t, 'allowed_origins.0', 0, { kind: 'accept', check: async () => null }),
          };
        case 'scopes':
          return {
            req: json('POST', `/v1/boards/${ctx.board}/keys`, { scopes: [t.value] }),
            expect: expectFor('pattern', t, 'scopes.0', 0, { kind: 'accept', check: async () => null }),
          };
        case 'revoke':
          return {
            req: { method: 'DELETE', path: `/v1/boards/${ctx.board}/keys/${percent(t.value)}`, headers: auth(ctx) },
            expect: { kind: 'refuse' },
          };
        case 'webhook url': {
          // Inside a URL's path only a hidden character is sure to be refused (padding is not at its ends, and
          // a board holds at most 10 webhooks, so an acceptable URL may meet a 409 instead).
          return {
            req: json('POST', `/v1/boards/${ctx.board}/webhooks`, { url: ctx.webhookBase + t.value }),
            expect: t.kind === 'hostile' ? { kind: 'refuse400', field: 'url' } : anything,
          };
        }
        case 'erase': {
          // In a path a lone surrogate arrives as undecodable bytes, which name no answer: refused either way.
          const v = t.value.isWellFormed() ? verdictOf('id', t, 128) : 'refuse';
          return {
            req: {
              method: 'DELETE',
              path: `/v1/boards/${ctx.board}/responses/${percent(t.value)}`,
              headers: auth(ctx),
            },
            expect:
              v === 'refuse400'
                ? { kind: 'refuse400', field: 'interaction' }
                : v === 'refuse'
                  ? { kind: 'refuse' }
                  : anything,
          };
        }
      }
    },
  }));

/** POST …/asks: the widget's (no key, the token) and a support system's (a key), one field hostile. */
const askCase = fc
  .record({
    f: fc.constantFrom(...ANSWER_FIELDS.filter((f) => f.field !== 'comment')),
    t: tagged,
    widget: fc.boolean(),
    type: fc.constantFrom(...JSON_TYPES),
  })
  .filter(({ f, widget }) => widget || (f.field !== 'token' && f.field !== 'locale'))
  .map(({ f, t, widget, type }): Case => ({
    label: `POST asks${widget ? ' (widget)' : ''} ${f.field}`,
    async build(ctx) {
      const interaction = f.field === 'interaction' ? t.value : `A-${ctx.unique()}`;
      const body: Record<string, string> = {
        interaction,
        ...(widget ? { token: await ctx.token(ctx.board, interaction) } : {}),
        [f.field]: t.value,
      };
      return {
        req: {
          method: 'POST',
          path: `/v1/boards/${ctx.board}/asks`,
          headers: widget ? { 'content-type': type } : { ...auth(ctx), 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
        expect: expectFor(f.rule, t, f.field, f.max, {
          kind: 'accept',
          async check(h) {
            const [row] = await h.query(
              'SELECT interaction, agent, channel FROM asks WHERE board_id = ?1 AND interaction = ?2',
              ctx.board,
              interaction,
            );
            if (!row) return `no ask for ${JSON.stringify(interaction)}`;
            return f.field === 'agent' || f.field === 'channel' ? same(f.field, row[f.field], t.value) : null;
          },
        }),
      };
    },
  }));

/** PUT …/follow-up: the note or who hostile (checked before the answer is looked up: none exists here). */
const followUpCase = fc
  .record({ field: fc.constantFrom('note', 'by', 'status'), t: tagged })
  .map(({ field, t }): Case => ({
    label: `PUT follow-up ${field}`,
    async build(ctx) {
      const body: Record<string, string> = { status: 'contacted', [field]: t.value };
      const rule: Rule = field === 'note' ? 'comment' : field === 'by' ? 'id' : 'pattern';
      const v = verdictOf(rule, t, field === 'note' ? 1000 : 64);
      return {
        req: {
          method: 'PUT',
          path: `/v1/boards/${ctx.board}/responses/F-${ctx.unique()}/follow-up`,
          headers: { ...auth(ctx), 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
        // a valid body finds no answer: 404, nothing changed
        expect: v === 'refuse400' ? { kind: 'refuse400', field } : { kind: v === 'accept' ? 'refuse' : 'any' },
      };
    },
  }));

/** Query strings of the JSON API and the pages. */
const QUERY_FIELDS: { path: string; field: string; rule: Rule; max: number; admin?: boolean }[] = [
  { path: 'badge.svg', field: 'label', rule: 'display', max: 40 },
  { path: 'stats', field: 'from', rule: 'pattern', max: 0, admin: true },
  { path: 'stats', field: 'to', rule: 'pattern', max: 0, admin: true },
  { path: 'stats', field: 'interval', rule: 'pattern', max: 0, admin: true },
  { path: 'stats', field: 'group_by', rule: 'pattern', max: 0, admin: true },
  { path: 'responses', field: 'limit', rule: 'pattern', max: 0, admin: true },
  { path: 'responses', field: 'cursor', rule: 'pattern', max: 0, admin: true },
  { path: 'responses', field: 'verdict', rule: 'pattern', max: 0, admin: true },
  { path: 'responses', field: 'from', rule: 'pattern', max: 0, admin: true },
  { path: 'responses', field: 'follow_up', rule: 'pattern', max: 0, admin: true },
];

const queryCase = fc
  .record({ q: fc.constantFrom(...QUERY_FIELDS), t: tagged, csv: fc.boolean() })
  .map(({ q, t, csv }): Case => ({
    label: `GET ${q.path}?${q.field}`,
    async build(ctx) {
      return {
        req: {
          method: 'GET',
          path: `/v1/boards/${ctx.board}/${q.path}?${percent(q.field)}=${percent(t.value)}`,
          headers: { ...(q.admin ? auth(ctx) : {}), ...(csv ? { accept: 'text/csv' } : {}) },
        },
        expect: expectFor(q.rule, t, q.field, q.max, { kind: 'accept', check: async () => null }),
      };
    },
  }));

/** The scoreboard page and the score: query values they ignore or whitelist. */
const pageCase = fc
  .record({
    path: fc.constantFrom('/scoreboard/{b}', '/v1/boards/{b}/score'),
    key: fc.constantFrom('theme', 'lang', 'x'),
    t: tagged,
  })
  .map(({ path, key, t }): Case => ({
    label: `GET ${path}?${key}`,
    async build(ctx) {
      return {
        req: { method: 'GET', path: `${path.replace('{b}', ctx.board)}?${key}=${percent(t.value)}`, headers: {} },
        expect: { kind: 'any' },
      };
    },
  }));

/** One request to a route that takes text, with one hostile (or fine, or random) string in it. */
export const textCase: fc.Arbitrary<Case> = fc.oneof(
  { weight: 4, arbitrary: answerCase },
  { weight: 2, arbitrary: rateFormCase },
  { weight: 1, arbitrary: rateGetCase },
  { weight: 3, arbitrary: adminCase },
  { weight: 2, arbitrary: askCase },
  { weight: 1, arbitrary: followUpCase },
  { weight: 2, arbitrary: queryCase },
  { weight: 1, arbitrary: pageCase },
);

// ---------------------------------------------------------------- checking one request

/**
 * What an error must be: the JSON envelope everywhere but on the HTML pages, which answer HTML, and
 * for an unknown board's badge, which is an image (a grey "unknown board" badge) so an <img> shows it.
 */
function errorKind(path: string, status: number): 'json' | 'html' | 'svg' {
  const { pathname } = new URL(`https://fuzz.invalid${path}`);
  if (/^\/(rate|scoreboard)(\/|$)/.test(pathname)) return 'html';
  if (status === 404 && /^\/v1\/boards\/[^/]+\/badge\.svg$/.test(pathname)) return 'svg';
  return 'json';
}

export interface Outcome {
  status: number;
  /** What went wrong; empty when the request got what it must. */
  violations: string[];
  /** A 4xx whose data was checked unchanged. */
  refused: boolean;
}

const rowsWritten = (res: Response) =>
  Number(/rows_written=(\d+)/.exec(res.headers.get('server-timing') ?? '')?.[1] ?? 0);

/** Sends one request and checks every property this file promises. */
export async function runCase(h: Harness, label: string, req: FuzzRequest, expect: Expect): Promise<Outcome> {
  const before = await h.snapshot();
  const res = await h.send(req);
  const text = req.method === 'HEAD' ? '' : await res.text();
  const what = `${label}: ${req.method} ${req.path} → ${res.status}`;
  const violations: string[] = [];
  const refused = res.status >= 400 && res.status < 500;
  if (res.status >= 500) violations.push(`${what}: a 5xx ${text.slice(0, 200)}`);
  if (refused || expect.kind === 'readonly') {
    if ((await h.snapshot()) !== before) violations.push(`${what}: a refused or read-only request changed stored data`);
    if (rowsWritten(res) > 0) violations.push(`${what}: D1 reports ${rowsWritten(res)} rows written`);
  }
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  let body: unknown = text;
  try {
    if (isJson && text) body = JSON.parse(text);
  } catch {
    violations.push(`${what}: a JSON content type with a body that is not JSON`);
  }
  const kind = errorKind(req.path, res.status);
  if (refused && kind === 'svg' && !(res.headers.get('content-type') ?? '').startsWith('image/svg+xml'))
    violations.push(`${what}: an unknown board's badge that is not an SVG`);
  if (refused && kind === 'json') {
    const err = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
    if (!isJson) violations.push(`${what}: an error that is not JSON`);
    else if (req.method !== 'HEAD' && (typeof err?.code !== 'string' || typeof err.message !== 'string'))
      violations.push(`${what}: an error outside the envelope: ${text.slice(0, 200)}`);
  }
  if (expect.kind === 'refuse400') {
    const err = (body as { error?: { code?: string; field?: string } }).error;
    if (res.status !== 400) violations.push(`${what}: must be 400 (${expect.field}) ${text.slice(0, 200)}`);
    else if (isJson && (err?.code !== 'invalid_body' || err.field !== expect.field))
      violations.push(`${what}: must be invalid_body naming ${expect.field}: ${text.slice(0, 200)}`);
  }
  if (expect.kind === 'refuse' && !refused) violations.push(`${what}: must be refused`);
  if (expect.kind === 'accept') {
    if (res.status >= 300) violations.push(`${what}: must be accepted ${text.slice(0, 200)}`);
    else {
      const wrong = await expect.check(h, body);
      if (wrong) violations.push(`${what}: ${wrong}`);
    }
  }
  return { status: res.status, violations, refused };
}

// ---------------------------------------------------------------- random requests anywhere

const segment = (board: string) =>
  fc.oneof(
    fc.constantFrom(
      'v1',
      'boards',
      board,
      'responses',
      'score',
      'stats',
      'tokens',
      'keys',
      'secret',
      'badge.svg',
      'rate',
      'scoreboard',
      'openapi.json',
      'healthz',
      '..',
      '%00',
      '%E0%A4%A',
      '%ED%A0%80',
    ),
    codeUnits.map(percent),
    fc.stringMatching(/^[a-z0-9-]{1,45}$/),
  );

/**
 * Any method, path, headers and body: the request an attacker throws at a server it does not
 * know. Only "below 500, errors as the JSON envelope, and a refusal changes nothing" is asked.
 */
export function randomRequest(board: string, token: string, admin: string): fc.Arbitrary<FuzzRequest> {
  const field = fc.oneof(fc.constant('T-1'), codeUnits, fc.string({ maxLength: 140 }), fc.anything());
  const validish = fc.record(
    {
      interaction: field,
      verdict: fc.oneof(fc.constantFrom('yes', 'no'), fc.anything()),
      token: fc.oneof(fc.constant(token), fc.string(), codeUnits),
      comment: fc.oneof(fc.string({ maxLength: 1200 }), codeUnits, fc.anything()),
      agent: field,
      channel: fc.oneof(fc.string(), codeUnits),
      locale: fc.string(),
      window: fc.anything(),
      name: field,
      id: fc.string(),
      scopes: fc.anything(),
      ttl_seconds: fc.anything(),
    },
    { requiredKeys: [] },
  );
  return fc
    .record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path: fc.oneof(
        fc.array(segment(board), { maxLength: 6 }).map((s) => '/' + s.join('/')),
        fc.constantFrom(
          `/v1/boards/${board}/responses`,
          `/v1/boards/${board}/score`,
          `/v1/boards/${board}/badge.svg`,
          `/v1/boards/${board}/stats`,
          `/v1/boards/${board}/tokens`,
          `/v1/boards/${board}/asks`,
          `/v1/boards/${board}/responses/T-1/follow-up`,
          `/v1/boards/${board}/keys`,
          `/v1/boards/${board}`,
          '/v1/boards',
        ),
      ),
      query: fc.oneof(
        fc.constant(''),
        fc.webQueryParameters().map((q) => (q ? `?${q}` : '')),
        fc
          .tuple(
            fc.constantFrom(
              'label',
              'from',
              'to',
              'limit',
              'cursor',
              'verdict',
              'interval',
              'group_by',
              'lang',
              'token',
            ),
            codeUnits,
          )
          .map(([k, v]) => `?${k}=${percent(v)}`),
      ),
      contentType: fc.constantFrom(
        undefined,
        'application/json',
        'text/plain',
        'application/x-www-form-urlencoded',
        'text/csv',
        'multipart/form-data; boundary=x',
        '*/*',
        ';;;',
      ),
      accept: fc.constantFrom(undefined, 'text/csv', 'application/json', '*/*'),
      auth: fc.constantFrom(
        undefined,
        'Bearer nope',
        `Bearer ${admin}x`,
        'Basic abc',
        'Bearer',
        `Bearer pmk_aaaaaaaaaaaa_${'x'.repeat(43)}`,
      ),
      origin: fc.constantFrom(undefined, 'https://evil.example', 'null'),
      inm: fc.constantFrom(undefined, '*', '"abc"', 'W/"x", "y"'),
      body: fc.oneof(
        fc.constant(undefined),
        fc.json(),
        fc.string({ maxLength: 300 }),
        validish.map((v) => JSON.stringify(v)),
        fc.uint8Array({ maxLength: 64 }),
        fc.constant('x'.repeat(9000)),
      ),
    })
    .map((r) => {
      const headers: Record<string, string> = {};
      if (r.contentType) headers['content-type'] = r.contentType;
      if (r.accept) headers.accept = r.accept;
      if (r.auth) headers.authorization = r.auth;
      if (r.origin) headers.origin = r.origin;
      if (r.inm) headers['if-none-match'] = r.inm;
      const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
      return { method: r.method, path: r.path + r.query, headers, ...(hasBody ? { body: r.body } : {}) };
    });
}
