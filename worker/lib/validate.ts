import type { Context } from 'hono';
import type * as z from 'zod';
import { ApiError } from './errors';

/** JSON bodies of the public API are small; the contract caps them at 8 KiB. */
export const MAX_BODY = 8 * 1024;

function firstIssue(error: z.ZodError, name?: string): ApiError {
  const issue = error.issues[0];
  const path = [...(name === undefined ? [] : [name]), ...(issue?.path ?? [])];
  const field = path.length > 0 ? path.join('.') : undefined;
  let message = issue?.message ?? 'Invalid request.';
  if (issue?.code === 'unrecognized_keys') message = `unknown field: ${issue.keys.join(', ')}`;
  // zod's own wording for a missing field ("Invalid input: expected string, received undefined"); a
  // schema's own message for it (which says where to find the value) is kept
  if (issue?.code === 'invalid_type' && issue.input === undefined && message.startsWith('Invalid input'))
    message = 'this field is required';
  return new ApiError('invalid_body', field ? `${field}: ${message}` : message, field ? { field } : {});
}

/**
 * Validates `value` against `schema`, throwing `invalid_body` (with the failing field) otherwise.
 * `name` is the field's name when `value` is one field (a path parameter), not an object.
 */
export function check<S extends z.ZodType>(schema: S, value: unknown, name?: string): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw firstIssue(r.error, name);
  return r.data;
}

/** Reads at most `max` bytes of the body, whatever Content-Length claims. */
export async function readBody(c: Context, max = MAX_BODY): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > max) throw new ApiError('payload_too_large', `The body is larger than ${max} bytes.`);
  const body = c.req.raw.body;
  if (!body) return new Uint8Array();
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ApiError('payload_too_large', `The body is larger than ${max} bytes.`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const ch of chunks) {
    out.set(ch, at);
    at += ch.byteLength;
  }
  return out;
}

export const mediaType = (c: Context) => (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Parses a JSON body sent as `application/json` (or, where `allowText`, as `text/plain`, which
 * browsers send without a CORS preflight) and validates it.
 */
export async function jsonBody<S extends z.ZodType>(
  c: Context,
  schema: S,
  opts: { allowText?: boolean } = {},
): Promise<z.output<S>> {
  const type = mediaType(c);
  if (type !== 'application/json' && !(opts.allowText && type === 'text/plain')) {
    throw new ApiError(
      'unsupported_media_type',
      opts.allowText ? 'Send the body as application/json or text/plain.' : 'Send the body as application/json.',
    );
  }
  const bytes = await readBody(c);
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ApiError('invalid_body', 'The body must be a JSON object.');
  }
  return check(schema, value);
}

const formDecode = (s: string) => decodeURIComponent(s.replaceAll('+', ' '));

/**
 * Decodes `a=1&b=2` (a query string or a form body) strictly: a percent-encoding that is not UTF-8
 * is refused — URLSearchParams would turn it into U+FFFD and Hono's query() would keep it as
 * "%ED%A0%80", each a second spelling of what was sent. Browsers never send such bytes.
 */
function decodeParams(text: string, what: string): URLSearchParams {
  const params = new URLSearchParams();
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    let name: string | undefined;
    try {
      name = formDecode(at < 0 ? pair : pair.slice(0, at));
      params.append(name, at < 0 ? '' : formDecode(pair.slice(at + 1)));
    } catch {
      const where = name ?? `the ${what}`;
      throw new ApiError('invalid_body', `${where}: percent-encoding that is not UTF-8`, name ? { field: name } : {});
    }
  }
  return params;
}

/** An `application/x-www-form-urlencoded` body (at most 8 KiB), decoded strictly. */
export async function formBody(c: Context): Promise<URLSearchParams> {
  if (mediaType(c) !== 'application/x-www-form-urlencoded') {
    throw new ApiError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.');
  }
  const bytes = await readBody(c);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError('invalid_body', 'The form is not UTF-8.');
  }
  return decodeParams(text, 'form');
}

/** Query parameters (the first value of each), decoded strictly and validated against `schema`. */
export function query<S extends z.ZodType>(c: Context, schema: S): z.output<S> {
  const params = decodeParams(new URL(c.req.url).search.slice(1), 'query string');
  const first = new Map<string, string>();
  for (const [k, v] of params) if (!first.has(k)) first.set(k, v);
  return check(schema, Object.fromEntries(first));
}
