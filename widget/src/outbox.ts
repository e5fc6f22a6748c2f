/**
 * The outbox: every answer goes through it, so none is lost. The latest state of each interaction
 * is kept in localStorage (or in memory when storage is unavailable) until the worker confirms it;
 * confirmed states stay as a small memory of what was answered, so a returning customer sees
 * "Thanks" with the answer and a way to change it. Bounded in items and in age. Sends are one at
 * a time and always carry the full state, and the worker keeps one answer per interaction, so a
 * retry (or a second tab retrying the same entry) counts once.
 *
 * A send ends one of three ways: confirmed (2xx); refused for good (any other 4xx: unknown board,
 * origin not allowed, bad token, bad body), which drops the entry and tells the site owner why;
 * or failed for now (network, timeout, 408, 429, 5xx), which keeps it and retries with backoff.
 */
import { reportRefusal } from './diagnostics';

/** What the widget posts: the full state of one interaction. */
export interface Body {
  interaction: string;
  verdict: 'yes' | 'no';
  token?: string | undefined;
  comment?: string | undefined;
  /** ids of the board's reasons chosen after "No" */
  reasons?: string[] | undefined;
  agent?: string | undefined;
  channel?: string | undefined;
  locale?: string | undefined;
}

export interface Entry {
  /** the answer endpoint it goes to */
  url: string;
  body: Body;
  /** when it last changed (ms) */
  changed: number;
  /** not confirmed by the worker yet */
  pending?: boolean;
}

export type Store = Record<string, Entry>;

/** What happened to the latest send of an entry. */
export const SENDING = 0,
  SAVED = 1,
  OFFLINE = 2,
  REFUSED = 3;
export type SendStatus = typeof SENDING | typeof SAVED | typeof OFFLINE | typeof REFUSED;

export const STORAGE_KEY = 'pandameter';
export const MAX_ITEMS = 50;
export const MAX_AGE = 14 * 864e5;

let memory: Store = {};
let storageWorks = true;
let sending = false;
let failures = 0;
let retry: ReturnType<typeof setTimeout> | undefined;
const watchers: Record<string, (status: SendStatus) => void> = {};

/** The newest MAX_ITEMS entries younger than MAX_AGE. */
export function prune(store: Store, now = Date.now()): Store {
  const kept: Store = {};
  Object.keys(store)
    .filter((key) => now - store[key]!.changed < MAX_AGE)
    .sort((a, b) => store[b]!.changed - store[a]!.changed)
    .slice(0, MAX_ITEMS)
    .map((key) => (kept[key] = store[key]!));
  return kept;
}

export function read(): Store {
  if (storageWorks)
    try {
      memory = prune(JSON.parse(localStorage.getItem(STORAGE_KEY) || '{}'));
    } catch {
      storageWorks = false;
    }
  return memory;
}

function write(store: Store) {
  memory = prune(store);
  if (storageWorks)
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(memory));
    } catch {
      storageWorks = false;
    }
}

/** Calls `onChange` with each status change of the entry `key` (one watcher per key). */
export const watch = (key: string, onChange: (status: SendStatus) => void) => (watchers[key] = onChange);

const tell = (key: string, status: SendStatus) => watchers[key]?.(status);

/** Records the new state of an interaction and sends it. */
export function put(key: string, url: string, body: Body) {
  const store = read();
  store[key] = { url, body, changed: Date.now(), pending: true };
  write(store);
  failures = 0;
  void flush();
}

/** Sends pending entries one by one until the outbox is empty or the network fails. */
export async function flush(): Promise<void> {
  if (sending) return;
  sending = true;
  clearTimeout(retry);
  try {
    for (;;) {
      const key = Object.keys(read()).find((k) => memory[k]!.pending);
      if (!key) break;
      const { url, body } = memory[key]!;
      const sent = JSON.stringify(body);
      tell(key, SENDING);
      let response: Response | undefined;
      try {
        // A string body goes as text/plain: a simple request, no CORS preflight. keepalive lets it
        // finish when the page is closed right after the click.
        response = await fetch(url, {
          method: 'POST',
          body: sent,
          keepalive: true,
          credentials: 'omit',
          signal: AbortSignal.timeout(1e4),
        });
      } catch {
        // offline, blocked or timed out: retried below
      }
      const status = response?.status || 0;
      // Network trouble, a timeout, or a server that says "later": try again, waiting 1, 2, 4 … 60 s.
      if (!status || status > 499 || status == 429 || status == 408) {
        tell(key, OFFLINE);
        retry = setTimeout(flush, Math.min(6e4, 1e3 * 2 ** failures++));
        break;
      }
      const store = read();
      const confirmed = status < 300;
      // The customer may have changed the answer meanwhile: then the entry stays pending and goes next.
      if (store[key] && JSON.stringify(store[key].body) == sent) {
        if (confirmed) store[key].pending = false;
        else delete store[key];
        write(store);
        tell(key, confirmed ? SAVED : REFUSED);
      }
      if (!confirmed) await reportRefusal(body.interaction, response!);
    }
  } finally {
    sending = false;
  }
}
