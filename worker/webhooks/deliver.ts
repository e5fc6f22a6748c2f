/**
 * One delivery attempt: a signed POST to the receiver, answered within the timeout, redirects not
 * followed (a redirect could lead the worker's request somewhere the URL check never saw).
 */
import { TIMEOUT_MS } from './schedule';

export interface Outcome {
  ok: boolean;
  status: number | null;
  error: string | null;
  durationMs: number;
}

export async function post(url: string, headers: Record<string, string>, body: string): Promise<Outcome> {
  const start = Date.now();
  const done = (status: number | null, error: string | null): Outcome => ({
    ok: error === null,
    status,
    error,
    durationMs: Date.now() - start,
  });
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'Pandameter-Webhooks/1 (+https://www.standardwebhooks.com)',
        ...headers,
      },
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'TimeoutError' || name === 'AbortError') return done(null, `no answer within ${TIMEOUT_MS / 1000} s`);
    return done(null, `could not connect: ${e instanceof Error ? e.message : String(e)}`.slice(0, 200));
  }
  // The body is not used: only the status says whether the receiver took the event.
  await res.body?.cancel();
  if (res.status >= 200 && res.status < 300) return done(res.status, null);
  if (res.status >= 300 && res.status < 400) return done(res.status, `redirect (${res.status}) not followed`);
  return done(res.status, `HTTP ${res.status}`);
}
