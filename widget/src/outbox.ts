/**
 * The outbox: every answer goes through it, so none is lost. The latest state of each interaction
 * is kept in localStorage (or in memory when storage is unavailable) until the worker confirms it;
 * confirmed states stay as a small memory of what was answered, so a returning customer sees
 * "Thanks" with a way to change the answer. Bounded in items and in age. Sends are one at a time
 * and always carry the full state, and the worker keeps one answer per interaction, so a retry
 * (or a second tab retrying the same entry) counts once.
 */

/** What the widget posts: the full state of one interaction. */
export interface Body {
  interaction: string;
  verdict: 'yes' | 'no';
  token?: string;
  comment?: string;
  agent?: string;
  channel?: string;
  locale?: string;
}

/** u: the POST URL, b: the body, t: when it last changed (ms), p: 1 while not confirmed. */
export interface Entry {
  u: string;
  b: Body;
  t: number;
  p?: number;
}

export type Store = Record<string, Entry>;

/** Status shown to the user: sending, saved, waiting to retry (offline), refused for good. */
export const SENDING = 0,
  SAVED = 1,
  OFFLINE = 2,
  FAILED = 3;

export const KEY = 'pandameter';
export const MAX_ITEMS = 50;
export const MAX_AGE = 14 * 864e5;

let mem: Store = {};
let ls = 1;
let busy = 0;
let tries = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
const watchers: Record<string, (status: number) => void> = {};

/** The newest MAX_ITEMS entries younger than MAX_AGE. */
export function prune(s: Store, now = Date.now()): Store {
  const out: Store = {};
  Object.keys(s)
    .filter((k) => now - s[k]!.t < MAX_AGE)
    .sort((a, b) => s[b]!.t - s[a]!.t)
    .slice(0, MAX_ITEMS)
    .map((k) => (out[k] = s[k]!));
  return out;
}

export function read(): Store {
  if (ls)
    try {
      mem = prune(JSON.parse(localStorage.getItem(KEY) || '{}'));
    } catch {
      ls = 0;
    }
  return mem;
}

function write(s: Store) {
  mem = prune(s);
  if (ls)
    try {
      localStorage.setItem(KEY, JSON.stringify(mem));
    } catch {
      ls = 0;
    }
}

/** Calls `fn` with each status change of the entry `key` (one watcher per key). */
export const watch = (key: string, fn: (status: number) => void) => (watchers[key] = fn);

const tell = (key: string, status: number) => watchers[key]?.(status);

/** Records the new state of an interaction and sends it. */
export function put(key: string, u: string, b: Body) {
  const s = read();
  s[key] = { u, b, t: Date.now(), p: 1 };
  write(s);
  tries = 0;
  void flush();
}

/** Sends pending entries one by one until the outbox is empty or the network fails. */
export async function flush(): Promise<void> {
  if (busy) return;
  busy = 1;
  clearTimeout(timer);
  try {
    for (;;) {
      const k = Object.keys(read()).find((k) => mem[k]!.p);
      if (!k) break;
      const e = mem[k]!;
      const body = JSON.stringify(e.b);
      tell(k, SENDING);
      let status = 0;
      try {
        // A string body goes as text/plain: a simple request, no CORS preflight. keepalive lets it
        // finish when the page is closed right after the click.
        status = (
          await fetch(e.u, {
            method: 'POST',
            body,
            keepalive: true,
            credentials: 'omit',
            signal: AbortSignal.timeout(1e4),
          })
        ).status;
      } catch {
        // offline, blocked or timed out: retry below
      }
      if (!status || status > 499 || status == 429 || status == 408) {
        tell(k, OFFLINE);
        timer = setTimeout(flush, Math.min(6e4, 1e3 * 2 ** tries++));
        break;
      }
      const s = read();
      // The user may have changed the answer meanwhile: then the entry stays pending and goes next.
      if (s[k] && JSON.stringify(s[k].b) == body) {
        if (status < 300) s[k].p = 0;
        else delete s[k];
        write(s);
        tell(k, status < 300 ? SAVED : FAILED);
      }
    }
  } finally {
    busy = 0;
  }
}
