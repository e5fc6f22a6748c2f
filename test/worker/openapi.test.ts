import { describe, expect, it } from 'vitest';
import app from '../../worker/index';
import { call, json } from './helpers';

describe('GET /v1/openapi.json', () => {
  it('is OpenAPI 3.1 and documents every /v1 route the worker serves', async () => {
    const res = await call('/v1/openapi.json');
    expect(res.status).toBe(200);
    const doc = await json(res);
    expect(doc.openapi).toBe('3.1.0');
    const documented = new Set<string>();
    for (const [path, ops] of Object.entries<Record<string, unknown>>(doc.paths)) {
      for (const method of Object.keys(ops)) documented.add(`${method.toUpperCase()} ${path}`);
    }
    const served = app.routes
      .filter((r) => r.path.startsWith('/v1/') && r.method !== 'OPTIONS' && r.method !== 'ALL')
      .filter((r) => r.path !== '/v1/openapi.json')
      .map((r) => `${r.method} ${r.path.replace(/:([a-z_]+)/g, '{$1}').replace(/\/$/, '')}`);
    expect(served.length).toBeGreaterThan(10);
    for (const route of served) expect(documented, route).toContain(route);
  });

  it('derives request bodies from the validating schemas', async () => {
    const doc = await json(await call('/v1/openapi.json'));
    const create = doc.components.schemas.ResponseCreate;
    expect(create.required).toEqual(expect.arrayContaining(['interaction', 'verdict']));
    expect(create.properties.verdict.enum).toEqual(['yes', 'no']);
    expect(create.properties.channel.pattern).toBe('^[a-z0-9_-]{1,32}$');
    expect(create.additionalProperties).toBe(false);
    const post = doc.paths['/v1/boards/{board}/responses'].post;
    expect(Object.keys(post.requestBody.content)).toEqual(['application/json', 'text/plain']);
    // every body a route declares is required (without one the API answers 400 or 415)
    const bodies = Object.values<Record<string, { requestBody?: { required?: boolean } }>>(doc.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op.requestBody ? [op.requestBody.required] : [])),
    );
    expect(bodies.length).toBeGreaterThanOrEqual(6);
    expect(new Set(bodies)).toEqual(new Set([true]));
    // lengths and the text rule, as the schemas check them
    expect(create.properties.interaction).toMatchObject({ minLength: 1, maxLength: 128, pattern: expect.any(String) });
    expect(doc.components.schemas.BoardCreate.properties.allowed_origins.items.pattern).toEqual(expect.any(String));
  });

  it('names every operation for generated clients, and the public ones say they need no key (security: [])', async () => {
    const doc = await json(await call('/v1/openapi.json'));
    const ops = Object.entries<Record<string, { operationId?: string; security?: unknown[] }>>(doc.paths).flatMap(
      ([path, item]) =>
        Object.entries(item).map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, ...op })),
    );
    const ids = ops.map((o) => o.operationId);
    for (const [i, id] of ids.entries()) expect(id, ops[i]!.route).toMatch(/^[a-z][A-Za-z]+$/);
    expect(new Set(ids).size).toBe(ids.length);
    // SPEC § Public: the score and the badge, and a helpdesk's webhook (signed its own way), need no key;
    // every other /v1 route takes a bearer key, some of them optionally (below).
    const open = ops.filter((o) => o.security?.length === 0).map((o) => o.route);
    expect(open.sort()).toEqual([
      'GET /v1/boards/{board}/badge.svg',
      'GET /v1/boards/{board}/score',
      'POST /v1/boards/{board}/connectors/{connector}',
    ]);
    // POST …/asks and …/responses take a key (support systems, a team's server) or none (the widget), and
    // …/sessions a key or a sign-in link: both are stated
    const either = ops.filter((o) => o.security?.length === 2).map((o) => o.route);
    expect(either.sort()).toEqual([
      'POST /v1/boards/{board}/asks',
      'POST /v1/boards/{board}/responses',
      'POST /v1/boards/{board}/sessions',
    ]);
    for (const route of either) expect(ops.find((o) => o.route === route)!.security).toEqual([{ bearer: [] }, {}]);
    for (const o of ops.filter((o) => o.security?.length === 1)) expect(o.security, o.route).toEqual([{ bearer: [] }]);
  });
});
