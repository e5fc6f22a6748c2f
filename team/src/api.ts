/**
 * The page's one door to the API: a board session (from a sign-in link, a pasted board key, or the
 * one kept in this tab), and `json`/`raw` calls made with it. Every panel reads through `Api`, so a
 * 401 anywhere ends the session in one place (`onEnded`), and no panel knows about tokens.
 */

export interface Filters {
  from: string;
  to: string;
  interval: 'day' | 'week' | 'month';
  agent?: string;
  channel?: string;
}

export interface Session {
  board: string;
  token: string;
  scopes: string[];
  expiresAt: string;
  name: string;
  target: number | null;
  reasons: { id: string; label: string }[];
}

export interface Api {
  session: Session;
  /** `path` is relative to /v1/boards/<board> (e.g. `/stats?…`); a non-2xx throws an `ApiFailure`. */
  json<T>(path: string, init?: RequestInit): Promise<T>;
  /** The response as it comes (a CSV, a 204); a 401 still ends the session, other statuses are the caller's. */
  raw(path: string, init?: RequestInit): Promise<Response>;
}

/** A refused or failed call: the status and the API's error envelope (status 0: no answer at all). */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** `from`, `to`, and the agent or channel filter, as a query string without `?` (interval is the caller's). */
export function filtersQuery(f: Filters): string {
  const q = new URLSearchParams({ from: f.from, to: f.to });
  if (f.agent !== undefined) q.set('agent', f.agent);
  else if (f.channel !== undefined) q.set('channel', f.channel);
  return q.toString();
}

const boardPath = (board: string) => `/v1/boards/${encodeURIComponent(board)}`;

/** Where this tab keeps the session of a board (never a cookie, never localStorage: it ends with the tab). */
export const storageKey = (board: string) => `pandameter:team:${board}`;

async function send(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ApiFailure(0, 'offline', '');
  }
}

/** The error envelope of a non-2xx answer, or a stand-in when the body is not one. */
async function failure(res: Response): Promise<ApiFailure> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    return new ApiFailure(res.status, body.error?.code ?? 'unknown', body.error?.message ?? '');
  } catch {
    return new ApiFailure(res.status, 'unknown', res.statusText);
  }
}

interface SessionJson {
  session?: string;
  expires_at: string;
  scopes: string[];
  board: { id: string; name: string; target: number | null; reasons: { id: string; label: Label }[] };
}

/** A reason's label: one for all, or one per language (a language without its own shows the first). */
type Label = string | Record<string, string>;
const labelIn = (label: Label, lang: string) =>
  typeof label === 'string' ? label : (label[lang] ?? Object.values(label)[0] ?? '');

const toSession = (j: SessionJson, token: string): Session => ({
  board: j.board.id,
  token,
  scopes: j.scopes,
  expiresAt: j.expires_at,
  name: j.board.name,
  target: j.board.target ?? null,
  // the page's language is the shell's <html lang>
  reasons: (j.board.reasons ?? []).map((r) => ({ id: r.id, label: labelIn(r.label, document.documentElement.lang) })),
});

async function sessionCall(board: string, init: RequestInit, token?: string): Promise<Session> {
  const res = await send(boardPath(board) + (token ? '/session' : '/sessions'), init);
  if (!res.ok) throw await failure(res);
  const j = (await res.json()) as SessionJson;
  return toSession(j, j.session ?? token!);
}

const post = (body: unknown, bearer?: string): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(bearer ? { authorization: `Bearer ${bearer}` } : {}) },
  body: JSON.stringify(body),
});

/** Exchanges a sign-in link's secret (once: a second use is a 401). */
export const signInWithLink = (board: string, link: string) => sessionCall(board, post({ link }));

/** Exchanges a board key with `read` for a session; the key itself is not kept. */
export const signInWithKey = (board: string, key: string) => sessionCall(board, post({}, key));

/** The session kept in this tab, checked with the server (a 401 if it expired or was ended). */
export const resumeSession = (board: string, token: string) =>
  sessionCall(board, { headers: { authorization: `Bearer ${token}` } }, token);

/**
 * An `Api` for `session`. `onEnded` is called once a call comes back 401 (expired, signed out
 * elsewhere, key revoked): the page then shows the sign-in form.
 */
export function createApi(session: Session, onEnded: () => void): Api {
  const raw = async (path: string, init: RequestInit = {}) => {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${session.token}`);
    const res = await send(boardPath(session.board) + path, { ...init, headers });
    if (res.status === 401) {
      onEnded();
      throw await failure(res);
    }
    return res;
  };
  return {
    session,
    raw,
    async json<T>(path: string, init?: RequestInit) {
      const res = await raw(path, init);
      if (!res.ok) throw await failure(res);
      return (await res.json()) as T;
    },
  };
}

/** Ends the session on the server (a failure there changes nothing here: the tab forgets it anyway). */
export async function signOut(api: Api): Promise<void> {
  await send(boardPath(api.session.board) + '/session', {
    method: 'DELETE',
    headers: { authorization: `Bearer ${api.session.token}` },
  }).catch(() => undefined);
}
