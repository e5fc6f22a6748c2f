/** The API's JSON views of stored rows: what routes send, shaped by the response schemas of schemas.ts. */
import type { ResponseRow } from './db/answers';
import type { Board } from './db/boards';
import { iso } from './lib/time';
import type { BoardJson, StoredResponse } from './schemas';

/** The admin view of a board (never the secret). */
export function boardJson(b: Board): BoardJson {
  return {
    id: b.id,
    name: b.name,
    window: b.window,
    require_token: b.requireToken,
    allowed_origins: b.allowedOrigins,
    created_at: iso(b.createdAt),
    updated_at: iso(b.updatedAt),
  };
}

/** One answer as the API shows it: absent fields left out, times in ISO-8601. */
export function responseJson(r: ResponseRow): StoredResponse {
  return {
    interaction: r.interaction,
    verdict: r.verdict,
    ...(r.comment !== null ? { comment: r.comment } : {}),
    ...(r.agent !== null ? { agent: r.agent } : {}),
    ...(r.channel !== null ? { channel: r.channel } : {}),
    ...(r.locale !== null ? { locale: r.locale } : {}),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}
