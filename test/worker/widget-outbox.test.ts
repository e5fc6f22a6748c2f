/**
 * The widget's outbox (widget/src/outbox.ts) in isolation: a fake fetch and a fake localStorage
 * stand in for the network and the browser. The browser tests show the same behaviour end to end.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Outbox = typeof import('../../widget/src/outbox');

const URL_ = 'https://csat.example/v1/boards/acme/responses';
const g = globalThis as unknown as { localStorage?: unknown };
let sent: { verdict: string; comment?: string }[];
let net: 'down' | 'up' | number;

/** A fresh copy of the module, as on a new page load. */
async function load(): Promise<Outbox> {
  vi.resetModules();
  return import('../../widget/src/outbox');
}

function fakeStorage() {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
  };
}

beforeEach(() => {
  sent = [];
  net = 'up';
  vi.stubGlobal('fetch', async (_url: string, init: RequestInit) => {
    if (net === 'down') throw new TypeError('Failed to fetch');
    sent.push(JSON.parse(init.body as string));
    if (net === 401) {
      const error = { code: 'token_expired', message: 'The token has expired.' };
      return new Response(JSON.stringify({ error }), { status: 401 });
    }
    return new Response('{}', { status: net === 'up' ? 200 : net });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  delete g.localStorage;
});

describe('the outbox', () => {
  it('keeps only the latest state of an interaction while offline, and sends it once when back', async () => {
    const o = await load();
    const statuses: number[] = [];
    o.watch('k', (s) => statuses.push(s));
    net = 'down';
    o.put('k', URL_, { interaction: 'T-1', verdict: 'yes' });
    await o.flush();
    o.put('k', URL_, { interaction: 'T-1', verdict: 'no', comment: 'slow' });
    await o.flush();
    expect(statuses).toContain(o.OFFLINE);
    expect(sent).toEqual([]);
    net = 'up';
    await o.flush();
    await vi.waitFor(() => expect(o.read().k?.pending).toBe(false));
    expect(sent).toEqual([{ interaction: 'T-1', verdict: 'no', comment: 'slow' }]);
    expect(statuses.at(-1)).toBe(o.SAVED);
    await o.flush();
    expect(sent).toHaveLength(1);
  });

  it('retries server trouble (5xx, 429) and gives up on a refusal (4xx), saying so to the customer and the site owner', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const o = await load();
    const statuses: number[] = [];
    o.watch('k', (s) => statuses.push(s));
    net = 503;
    o.put('k', URL_, { interaction: 'T-2', verdict: 'yes' });
    await vi.waitFor(() => expect(statuses).toContain(o.OFFLINE));
    expect(o.read().k?.pending).toBe(true);
    net = 429;
    await o.flush();
    expect(o.read().k?.pending).toBe(true);
    expect(warn).not.toHaveBeenCalled();
    net = 401;
    await o.flush();
    expect(o.read().k).toBeUndefined();
    expect(statuses.at(-1)).toBe(o.REFUSED);
    // One warning, with the API's code and message (the fake API answers `{"error": …}` below).
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]![0]).toBe(
      'Pandameter: the answer for "T-2" was not saved: 401 token_expired: The token has expired.',
    );
    // Refused means gone: nothing is retried later.
    sent.length = 0;
    await o.flush();
    expect(sent).toEqual([]);
  });

  it('persists in localStorage, so the next page load delivers what this one could not', async () => {
    const storage = fakeStorage();
    g.localStorage = storage;
    const first = await load();
    net = 'down';
    first.put('k', URL_, { interaction: 'T-3', verdict: 'yes' });
    await first.flush();
    expect(JSON.parse(storage.data.get(first.STORAGE_KEY)!).k).toMatchObject({
      pending: true,
      body: { verdict: 'yes' },
    });

    net = 'up';
    const next = await load();
    await next.flush();
    await vi.waitFor(() => expect(next.read().k?.pending).toBe(false));
    expect(sent).toEqual([{ interaction: 'T-3', verdict: 'yes' }]);
    // Confirmed answers stay remembered (the widget shows "Thanks" on a return visit).
    expect(JSON.parse(storage.data.get(next.STORAGE_KEY)!).k).toMatchObject({ pending: false });
  });

  it('works in memory when localStorage throws', async () => {
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    const o = await load();
    o.put('k', URL_, { interaction: 'T-4', verdict: 'no' });
    await vi.waitFor(() => expect(o.read().k?.pending).toBe(false));
    expect(sent).toEqual([{ interaction: 'T-4', verdict: 'no' }]);
  });

  it('is bounded in items and in age', async () => {
    const { prune, MAX_ITEMS, MAX_AGE } = await load();
    const now = 1_800_000_000_000;
    const store: Record<string, { url: string; body: { interaction: string; verdict: 'yes' }; changed: number }> = {};
    for (let i = 0; i < MAX_ITEMS + 10; i++)
      store[`k${i}`] = { url: URL_, body: { interaction: `T-${i}`, verdict: 'yes' }, changed: now - i * 1000 };
    store.old = { url: URL_, body: { interaction: 'T-old', verdict: 'yes' }, changed: now - MAX_AGE - 1 };
    const kept = prune(store, now);
    expect(Object.keys(kept)).toHaveLength(MAX_ITEMS);
    expect(kept.old).toBeUndefined();
    expect(kept.k0).toBeDefined();
    expect(kept[`k${MAX_ITEMS}`]).toBeUndefined();
  });
});
