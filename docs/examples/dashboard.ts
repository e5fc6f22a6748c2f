/**
 * An internal dashboard's client for the Pandameter API, typed from the worker's own OpenAPI document.
 * Generate the types once (and again when the API changes), next to this file:
 *
 *   npx openapi-typescript https://csat.example.com/v1/openapi.json -o pandameter-api.d.ts
 *
 * openapi-fetch then checks every path, parameter and field against them at compile time.
 * test/browser/openapi-client.test.ts generates the types from the running worker, type-checks this
 * file against them and calls the worker through it.
 */
import createClient from 'openapi-fetch';
import type { components, paths } from './pandameter-api';

function fail(what: string, error: components['schemas']['Error']): never {
  throw new Error(`${what}: ${error.error.code}: ${error.error.message}`);
}

/** `readKey` is a board key with the "read" scope (npm run admin -- keys create <board> --scopes read). */
export function pandameterDashboard(baseUrl: string, readKey: string) {
  const client = createClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${readKey}` } });

  return {
    /** The live score, public: what the scoreboard shows. */
    async score(board: string) {
      const { data, error } = await client.GET('/v1/boards/{board}/score', { params: { path: { board } } });
      if (error) fail('score', error);
      return { percent: data.percent, answers: data.responses, pandas: data.pandas, updated: data.updated_at };
    },

    /** Satisfaction per week and per agent over a date range (UTC dates, YYYY-MM-DD). */
    async weekly(board: string, from: string, to: string) {
      const { data, error } = await client.GET('/v1/boards/{board}/stats', {
        params: { path: { board }, query: { from, to, interval: 'week', group_by: 'agent' } },
      });
      if (error) fail('stats', error);
      return {
        percent: data.totals.percent,
        weeks: data.series.map((s) => ({ week: s.period, percent: s.percent, answers: s.satisfied + s.unsatisfied })),
        // the group whose key is null holds what no agent was named for (asks minted without one, too)
        agents: (data.groups ?? []).filter((g) => g.key !== null).map((g) => ({ agent: g.key, percent: g.percent })),
      };
    },

    /** One page of the unhappy answers, newest first; pass the returned cursor for the next page. */
    async unhappy(board: string, limit: number, cursor?: string) {
      const { data, error } = await client.GET('/v1/boards/{board}/responses', {
        params: { path: { board }, query: { verdict: 'no', limit, ...(cursor ? { cursor } : {}) } },
        headers: { Accept: 'application/json' },
      });
      if (error) fail('responses', error);
      // The same route exports CSV (Accept: text/csv), so its answer is typed as JSON or text.
      if (typeof data === 'string') throw new Error('responses: expected JSON');
      return {
        answers: data.responses.map((r) => ({ interaction: r.interaction, comment: r.comment ?? null })),
        next: data.next_cursor ?? undefined,
      };
    },
  };
}
