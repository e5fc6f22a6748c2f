import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ADMIN, BASE, createBoard, env, mint } from './helpers';
import app from '../../worker/index';

/** Everything stored, as one string: a rejected request must leave it exactly as it was. */
async function snapshot(): Promise<string> {
  const tables = ['boards', 'responses', 'daily', 'daily_groups', 'api_keys'];
  const parts = await env.DB.batch(tables.map((t) => env.DB.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`)));
  return JSON.stringify(parts.map((p) => p.results));
}

const segment = fc.oneof(
  fc.constantFrom(
    'v1',
    'boards',
    'responses',
    'score',
    'stats',
    'tokens',
    'keys',
    'secret',
    'openapi.json',
    'healthz',
    '..',
    '%00',
    '%E0%A4%A',
  ),
  fc.string({ maxLength: 12 }).map(encodeURIComponent),
  fc.stringMatching(/^[a-z0-9-]{1,45}$/),
);

describe('no input produces a 5xx', () => {
  it('random methods, paths, headers and bodies get a 2xx–4xx, errors as the JSON envelope, and rejected ones change nothing', async () => {
    const { id } = await createBoard({ id: 'fuzz-board' });
    const token = await mint(id, 'T-1');
    const validish = fc.record(
      {
        interaction: fc.oneof(fc.constant('T-1'), fc.string({ maxLength: 140 })),
        verdict: fc.oneof(fc.constantFrom('yes', 'no'), fc.anything()),
        token: fc.oneof(fc.constant(token), fc.string()),
        comment: fc.oneof(fc.string({ maxLength: 1200 }), fc.anything()),
        agent: fc.anything(),
        channel: fc.string(),
        locale: fc.string(),
        window: fc.anything(),
        name: fc.string(),
        id: fc.string(),
        scopes: fc.anything(),
        ttl_seconds: fc.anything(),
      },
      { requiredKeys: [] },
    );
    const request = fc.record({
      method: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'),
      path: fc.oneof(
        fc.array(segment, { maxLength: 6 }).map((s) => '/' + s.join('/')),
        fc.constantFrom(
          `/v1/boards/${id}/responses`,
          `/v1/boards/${id}/score`,
          `/v1/boards/${id}/stats`,
          `/v1/boards/${id}/tokens`,
          `/v1/boards/${id}/keys`,
          `/v1/boards/${id}`,
          '/v1/boards',
        ),
      ),
      query: fc.oneof(
        fc.constant(''),
        fc.webQueryParameters().map((q) => (q ? `?${q}` : '')),
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
        `Bearer ${ADMIN}x`,
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
    });

    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const headers = new Headers();
        if (r.contentType) headers.set('content-type', r.contentType);
        if (r.accept) headers.set('accept', r.accept);
        if (r.auth) headers.set('authorization', r.auth);
        if (r.origin) headers.set('origin', r.origin);
        if (r.inm) headers.set('if-none-match', r.inm);
        const hasBody = r.body !== undefined && r.method !== 'GET' && r.method !== 'HEAD';
        const before = await snapshot();
        const res = await app.request(
          BASE + r.path + r.query,
          { method: r.method, headers, body: hasBody ? r.body : undefined },
          env,
        );
        expect(res.status, `${r.method} ${r.path}${r.query}`).toBeLessThan(500);
        if (res.status >= 400) {
          expect(res.headers.get('content-type')).toContain('application/json');
          if (r.method !== 'HEAD') {
            const body = (await res.json()) as { error: { code: string; message: string } };
            expect(typeof body.error.code).toBe('string');
            expect(typeof body.error.message).toBe('string');
          }
          expect(await snapshot(), 'a rejected request changed stored data').toBe(before);
        } else {
          await res.arrayBuffer();
        }
      }),
      { numRuns: 300 },
    );
  }, 240_000);
});
