/**
 * The document keeps its word: requests generated from the served /v1/openapi.json alone — every
 * operation, its path and query parameters and its body, each value drawn from what its schema allows
 * (required bodies and properties, lengths, patterns, enums, bounds, array sizes) — are never refused
 * as invalid. A refusal for another reason is fine (an unknown key 404s, a taken id 409s, a random
 * token 401s); a 400, 415 or 5xx means the document allowed something the API does not.
 *
 * fast-check draws the values, with a fixed seed and a bounded number of runs per operation.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, json } from './helpers';

type Schema = Record<string, any>;
type Operation = {
  description?: string;
  'x-pandameter-rule'?: string;
  parameters?: { name: string; in: 'path' | 'query'; required?: boolean; schema: Schema }[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Schema }> };
};

let doc: Schema;
beforeAll(async () => {
  doc = await json(await call('/v1/openapi.json'));
});

const resolve = (s: Schema): Schema => (s.$ref ? resolve(doc.components.schemas[s.$ref.split('/').pop()]) : s);

/** Characters for strings without a generable pattern: plain, spaced, non-Latin, joined, and a few the rule refuses. */
const CHARS = ['a', 'Z', '7', '-', ' ', 'é', '文', 'ک', '😀', '\u200D', '\u200C', '\t', '\n', '\u00AD', '.', "'", '"'];

/** Whether fast-check can generate from this pattern itself (it cannot from lookarounds or \p classes). */
const generable = (pattern: string) => !/\(\?[=!<]|\\p\{/.test(pattern);

function stringOf(s: Schema): fc.Arbitrary<string> {
  const min: number = s.minLength ?? 0;
  const max: number = Math.min(s.maxLength ?? 24, min + 24);
  const fits = (v: string) => [...v].length >= min && [...v].length <= (s.maxLength ?? Infinity);
  // a rule the pattern only begins to say: the document's own examples
  if (s['x-pandameter-rule']) return fc.constantFrom(...[s.example, ...(s.examples ?? [])].filter(Boolean));
  if (s.enum) return fc.constantFrom(...s.enum);
  if (s.pattern && generable(s.pattern)) return fc.stringMatching(new RegExp(s.pattern)).filter(fits);
  const pattern = s.pattern ? new RegExp(s.pattern, 'u') : null;
  return fc
    .string({ unit: fc.constantFrom(...CHARS), minLength: min, maxLength: max })
    .map((v) => (pattern && !pattern.test(v) && min > 0 ? `T${v}`.trim() : v))
    .filter((v) => fits(v) && (!pattern || pattern.test(v)));
}

/** Any value the schema allows. */
function valueOf(raw: Schema): fc.Arbitrary<unknown> {
  const s = resolve(raw);
  if (s.oneOf || s.anyOf) return fc.oneof(...(s.oneOf ?? s.anyOf).map(valueOf));
  // OpenAPI 3.1's nullable: a type list with "null"
  if (Array.isArray(s.type)) {
    const types = s.type.filter((t: string) => t !== 'null');
    const value = valueOf({ ...s, type: types.length === 1 ? types[0] : types });
    return s.type.includes('null') ? fc.oneof(fc.constant(null), value) : value;
  }
  if (s.enum && s.type !== 'string') return fc.constantFrom(...s.enum);
  switch (s.type) {
    case 'string':
      return stringOf(s);
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 1000 });
    case 'number': {
      const [min, max] = [s.minimum ?? -1000, s.maximum ?? 1000];
      // multipleOf m: whole numbers of steps, divided by 1/m so that 0.1 steps stay exact decimals
      if (s.multipleOf)
        return fc
          .integer({ min: Math.ceil(min / s.multipleOf), max: Math.floor(max / s.multipleOf) })
          .map((k) => k / Math.round(1 / s.multipleOf));
      return fc.double({ min, max, noNaN: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'array': {
      const size = { minLength: s.minItems ?? 0, maxLength: Math.min(s.maxItems ?? 4, 4) };
      // ids of what the board defines (its reasons): the test's boards define none, so none is the one choice
      if (s['x-pandameter-rule'] === 'board-reasons') return fc.constant([]);
      // the rule of an array of objects with ids: each id once
      if (s['x-pandameter-rule'] === 'unique-ids')
        return fc.uniqueArray(valueOf(s.items) as fc.Arbitrary<{ id: unknown }>, { ...size, selector: (v) => v.id });
      return fc.array(valueOf(s.items), size);
    }
    case 'object': {
      // a map: keys from propertyNames, values from additionalProperties
      if (!s.properties && typeof s.additionalProperties === 'object') {
        const key = s.propertyNames ? stringOf({ type: 'string', ...s.propertyNames }) : stringOf({ type: 'string' });
        return fc.dictionary(key, valueOf(s.additionalProperties), {
          minKeys: s.minProperties ?? 0,
          maxKeys: Math.max(s.minProperties ?? 0, 3),
        });
      }
      const required = new Set<string>(s.required ?? []);
      const props = Object.fromEntries(
        Object.entries<Schema>(s.properties ?? {}).map(([k, v]) => [
          k,
          required.has(k) ? valueOf(v) : fc.option(valueOf(v), { nil: undefined }),
        ]),
      );
      return fc
        .record(props)
        .map((o) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)))
        .filter((o) => Object.keys(o).length >= (s.minProperties ?? 0));
    }
    default:
      throw new Error(`no generator for schema ${JSON.stringify(s)}`);
  }
}

const DAY_MS = 86_400_000;
const dayOf = (date: string | undefined) => (date === undefined ? undefined : Date.parse(date) / DAY_MS);

/**
 * The operation's `x-pandameter-rule`, as its description states it: `date-range` — from (default: to
 * − 29 days) not after to (default: today), at most the days the description names.
 */
function keepsRule(op: Operation, query: Record<string, unknown>): boolean {
  if (op['x-pandameter-rule'] !== 'date-range') return true;
  const max = Number(/at most (\d+) days/.exec(op.description ?? '')![1]);
  const to = dayOf(query.to as string | undefined) ?? Math.floor(Date.now() / DAY_MS);
  const from = dayOf(query.from as string | undefined) ?? to - 29;
  return from <= to && to - from + 1 <= max;
}

/** One request the document allows: its parameters (the board is a real one, made by the test) and its body. */
function requestOf(op: Operation) {
  const params = op.parameters ?? [];
  const param = (p: (typeof params)[number]) =>
    p.required || p.in === 'path' ? valueOf(p.schema) : fc.option(valueOf(p.schema), { nil: undefined });
  const body = op.requestBody;
  const mediaType = body ? Object.keys(body.content)[0]! : null;
  return fc
    .record({
      path: fc.record(Object.fromEntries(params.filter((p) => p.in === 'path').map((p) => [p.name, param(p)]))),
      query: fc.record(Object.fromEntries(params.filter((p) => p.in === 'query').map((p) => [p.name, param(p)]))),
      body:
        body && mediaType
          ? body.required
            ? valueOf(body.content[mediaType]!.schema)
            : fc.option(valueOf(body.content[mediaType]!.schema), { nil: undefined })
          : fc.constant(undefined),
    })
    .filter((r) => keepsRule(op, r.query as Record<string, unknown>));
}

describe('requests generated from the served OpenAPI document', () => {
  it('are never refused as invalid (no 400, 415 or 5xx), for every operation', async () => {
    const operations = Object.entries<Record<string, Operation>>(doc.paths).flatMap(([path, item]) =>
      Object.entries(item).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
    );
    expect(operations.length).toBeGreaterThan(15);
    let client = 0;
    for (const { method, path, op } of operations) {
      const samples = fc.sample(requestOf(op), { seed: 16, numRuns: 40 });
      for (const req of samples) {
        // a fresh open board for each request, so a body is judged on a board that exists
        const { id: board } = await createBoard({ require_token: false });
        const url =
          path.replace(/\{(\w+)\}/g, (_, name: string) =>
            encodeURIComponent(name === 'board' ? board : String((req.path as Record<string, unknown>)[name])),
          ) +
          `?${new URLSearchParams(
            Object.entries(req.query as Record<string, unknown>)
              .filter(([, v]) => v !== undefined)
              .map(([k, v]) => [k, String(v)]),
          )}`;
        // link-or-key: a sign-in link is sent on its own, without the admin token
        const linkOnly = op['x-pandameter-rule'] === 'link-or-key' && (req.body as { link?: string } | undefined)?.link;
        const res = await call(url, {
          method,
          auth: linkOnly ? null : ADMIN,
          body: req.body,
          headers: { 'cf-connecting-ip': `198.51.100.${client++ % 250}` },
        });
        const text = await res.text();
        const what = `${method} ${url} ${JSON.stringify(req.body)} → ${res.status} ${text.slice(0, 300)}`;
        expect(res.status === 400 || res.status === 415 || res.status >= 500, what).toBe(false);
      }
    }
  }, 120_000);
});
