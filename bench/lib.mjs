// What the benchmarks share: the admin token they start the worker with, interaction tokens, one
// API request (timed, with the D1 cost the worker reports) and percentiles.
import { createHmac } from 'node:crypto';

export const ADMIN = 'bench-admin-token-0123456789abcdef';

/** An interaction token valid for an hour (SPEC.md § Interaction tokens), signed with the board's secret. */
export function token(secret, board, interaction) {
  const exp = Math.floor(Date.now() / 1000) + 3600;
  return `${exp}.${createHmac('sha256', secret).update(`${board}\n${interaction}\n${exp}`).digest('base64url')}`;
}

const D1_COST = /queries=(\d+) rows_read=(\d+) rows_written=(\d+)/;

/** The D1 cost the worker reports in Server-Timing (or in its log line of a CSV export): [queries, rows read, rows written], or null. */
export function d1Cost(text) {
  const m = D1_COST.exec(text ?? '');
  return m ? m.slice(1).map(Number) : null;
}

/**
 * One API request, as the admin unless `auth` is false (or a credential of its own): its status, body (parsed when JSON), client
 * time and D1 cost (zeros when the worker reported none). With `check`, a 4xx or 5xx throws.
 */
export async function request(base, method, p, { body, auth = true, accept, check = false } = {}) {
  const t0 = performance.now();
  const res = await fetch(base + p, {
    method,
    headers: {
      ...(auth ? { authorization: `Bearer ${auth === true ? ADMIN : auth}` } : {}),
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(accept ? { accept } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const ms = performance.now() - t0;
  if (check && res.status >= 400) throw new Error(`${method} ${p}: ${res.status} ${text.slice(0, 300)}`);
  const [queries, read, written] = d1Cost(res.headers.get('server-timing')) ?? [0, 0, 0];
  return {
    status: res.status,
    ms,
    text,
    body: text && res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text,
    queries,
    read,
    written,
  };
}

/** The p-th percentile (nearest rank) of xs. */
export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}
