/**
 * What the panels read: GET …/stats (one request per panel, with the page's filters) and the
 * public GET …/score. The shapes are the API's (SPEC.md, worker/schemas.ts `Stats`); fields the
 * filters branch adds to groups (`interval95`, `follow_up`, `series`) are optional here, and a
 * field the store cannot give for a cross group is null.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiFailure, filtersQuery, type Api, type Filters } from './api';

export interface FollowUp {
  open: number;
  contacted: number;
  resolved: number;
  dismissed: number;
}

export interface Counts {
  satisfied: number;
  unsatisfied: number;
  percent: number | null;
  interval95?: [number, number] | null;
}

export interface Point extends Counts {
  period: string;
  asked?: number;
  answered?: number;
  response_rate?: number | null;
}

export interface Group extends Counts {
  key: string | null;
  asked?: number | null;
  answered?: number | null;
  response_rate?: number | null;
  follow_up?: FollowUp | null;
  series?: Point[] | null;
}

export interface StatsJson {
  from: string;
  to: string;
  interval: Filters['interval'];
  totals: Counts & {
    responses: number;
    asked: number;
    answered: number;
    response_rate: number | null;
    follow_up: FollowUp;
  };
  series: Point[];
  groups?: Group[];
}

export interface ScoreJson {
  percent: number | null;
  responses: number;
  window: { responses: number } | { days: number };
}

/** The stats request of one panel: the page's filters, its interval, and its `group_by` if any. */
export const statsPath = (f: Filters, groupBy?: 'agent' | 'channel' | 'reason') =>
  // reasons are counted over the whole range, so their request needs no interval (bench/team-load.mjs sends the same)
  `/stats?${filtersQuery(f)}${groupBy === 'reason' ? '' : `&interval=${f.interval}`}${groupBy ? `&group_by=${groupBy}` : ''}`;

export interface Loaded<T> {
  data?: T;
  error?: ApiFailure;
  loading: boolean;
  retry: () => void;
}

/**
 * One GET, again whenever `path` or `version` changes (none while `path` is null). The last data stays on screen while the next
 * loads (no jump), and an answer that arrives after a newer request started is dropped.
 */
export function useGet<T>(api: Api, path: string | null, version: number): Loaded<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiFailure; loading: boolean }>({ loading: path !== null });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    // null: nothing to ask (a panel the current filter has no numbers for)
    if (path === null) return setState({ loading: false });
    let current = true;
    setState((s) => ({ data: s.data, loading: true }));
    api.json<T>(path).then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) =>
        current &&
        setState((s) => ({
          data: s.data,
          loading: false,
          error: error instanceof ApiFailure ? error : new ApiFailure(0, 'unknown', String(error)),
        })),
    );
    return () => {
      current = false;
    };
  }, [path, version, attempt]);
  return { ...state, retry: () => setAttempt((a) => a + 1) };
}
