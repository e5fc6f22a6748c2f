/**
 * The inbox's reading of the API: the range's "No" answers a keyset page at a time, open follow-ups
 * first, then contacted, resolved and dismissed ones (each status is its own keyset list, newest
 * first, on the follow-up index). A page costs about its own size in D1 rows at any depth, so the
 * inbox stays bounded at a million answers.
 */
import { filtersQuery, type Api, type Filters } from '../api';

export const STATUSES = ['open', 'contacted', 'resolved', 'dismissed'] as const;
export type Status = (typeof STATUSES)[number];

/** One answer as GET …/responses gives it (the fields the inbox shows). */
export interface Answer {
  interaction: string;
  verdict: 'yes' | 'no';
  comment?: string;
  agent?: string;
  channel?: string;
  reasons?: string[];
  follow_up?: { status: Status; note?: string; by?: string; updated_at: string };
  created_at: string;
  updated_at: string;
}

/** Where the next page starts: the status list being read and its cursor (null: its start). */
export interface Position {
  status: number;
  cursor: string | null;
}

export const START: Position = { status: 0, cursor: null };
export const PAGE = 25;

/**
 * Up to `PAGE` answers from `at` on, going on to the next status when one runs out (at most one
 * request per status), and where the page after them starts (`null`: nothing left).
 */
export async function nextPage(api: Api, filters: Filters, at: Position) {
  const answers: Answer[] = [];
  let pos: Position | null = at;
  while (pos && answers.length < PAGE) {
    const q = new URLSearchParams(filtersQuery(filters));
    q.set('verdict', 'no');
    q.set('follow_up', STATUSES[pos.status]!);
    q.set('limit', String(PAGE - answers.length));
    if (pos.cursor) q.set('cursor', pos.cursor);
    const page = await api.json<{ responses: Answer[]; next_cursor: string | null }>(`/responses?${q}`);
    answers.push(...page.responses);
    if (page.next_cursor) pos = { status: pos.status, cursor: page.next_cursor };
    else pos = pos.status + 1 < STATUSES.length ? { status: pos.status + 1, cursor: null } : null;
  }
  return { answers, next: pos };
}

/** The follow-up PUT: the answer as the server now has it. */
export const setFollowUp = (api: Api, interaction: string, status: Status, note?: string) =>
  api.json<Answer>(`/responses/${encodeURIComponent(interaction)}/follow-up`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(note === undefined ? { status } : { status, note }),
  });

export const statusOf = (a: Answer): Status => a.follow_up?.status ?? 'open';
