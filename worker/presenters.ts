/** The API's JSON views of stored rows: what routes send, shaped by the response schemas of schemas.ts. */
import type { ResponseRow } from './db/answers';
import type { Board, BoardSettings } from './db/boards';
import { iso } from './lib/time';
import type { BoardCreate, BoardPatch } from './schemas';
import type { BoardJson, StoredResponse } from './response-schemas';
import type * as z from 'zod';

/** The admin view of a board (never the secret). */
export function boardJson(b: Board): BoardJson {
  return {
    id: b.id,
    name: b.name,
    window: b.window,
    require_token: b.requireToken,
    allowed_origins: b.allowedOrigins,
    reasons: b.reasons,
    accent: b.accent,
    target: b.target,
    public_response_rate: b.publicResponseRate,
    public_follow_up: b.publicFollowUp,
    public_target: b.publicTarget,
    digest_day: b.digestDay,
    middle_rating: b.middleRating,
    created_at: iso(b.createdAt),
    updated_at: iso(b.updatedAt),
  };
}

/** The settings of a PATCH body, by their storage names; what it leaves out stays undefined. */
export function settingsOf(p: z.infer<typeof BoardPatch>): Partial<BoardSettings> {
  return {
    name: p.name,
    window: p.window,
    requireToken: p.require_token,
    allowedOrigins: p.allowed_origins,
    reasons: p.reasons,
    accent: p.accent?.toLowerCase() ?? p.accent,
    target: p.target,
    publicResponseRate: p.public_response_rate,
    publicFollowUp: p.public_follow_up,
    publicTarget: p.public_target,
    digestDay: p.digest_day,
    middleRating: p.middle_rating,
  };
}

/** A new board's settings: what the body sets, and the defaults of SPEC.md for the rest. */
export function newBoardSettings(b: z.infer<typeof BoardCreate>): BoardSettings {
  return {
    name: b.name,
    window: b.window ?? { responses: 100 },
    requireToken: b.require_token ?? true,
    allowedOrigins: b.allowed_origins ?? [],
    reasons: b.reasons ?? [],
    accent: b.accent?.toLowerCase() ?? null,
    target: b.target ?? null,
    publicResponseRate: b.public_response_rate ?? true,
    publicFollowUp: b.public_follow_up ?? false,
    publicTarget: b.public_target ?? false,
    digestDay: b.digest_day ?? null,
    middleRating: b.middle_rating ?? 'ignore',
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
    ...(r.reasons !== null ? { reasons: JSON.parse(r.reasons) as string[] } : {}),
    ...(r.fu_status !== null
      ? {
          follow_up: {
            status: r.fu_status,
            ...(r.fu_note !== null ? { note: r.fu_note } : {}),
            ...(r.fu_by !== null ? { by: r.fu_by } : {}),
            updated_at: iso(r.fu_updated_at ?? r.updated_at),
            ...(r.fu_first_contact_at !== null ? { first_contact_at: iso(r.fu_first_contact_at) } : {}),
          },
        }
      : {}),
    created_at: iso(r.created_at),
    updated_at: iso(r.updated_at),
  };
}
