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
    return new Response('{}', { status: net === 'up' ? 200 : net });
  });
});
afterEach(() => {
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
    await vi.waitFor(() => expect(o.read().k?.p).toBe(0));
    expect(sent).toEqual([{ interaction: 'T-1', verdict: 'no', comment: 'slow' }]);
    expect(statuses.at(-1)).toBe(o.SAVED);
    await o.flush();
    expect(sent).toHaveLength(1);
  });

  it('retries server trouble (5xx, 429) and gives up on a refusal (4xx), saying so', async () => {
    const o = await load();
    const statuses: number[] = [];
    o.watch('k', (s) => statuses.push(s));
    net = 503;
    o.put('k', URL_, { interaction: 'T-2', verdict: 'yes' });
    await vi.waitFor(() => expect(statuses).toContain(o.OFFLINE));
    expect(o.read().k?.p).toBe(1);
    net = 429;
    await o.flush();
    expect(o.read().k?.p).toBe(1);
    net = 401;
    await o.flush();
    expect(o.read().k).toBeUndefined();
    expect(statuses.at(-1)).toBe(o.FAILED);
  });

  it('persists in localStorage, so the next page load delivers what this one could not', async () => {
    const storage = fakeStorage();
    g.localStorage = storage;
    const first = await load();
    net = 'down';
    first.put('k', URL_, { interaction: 'T-3', verdict: 'yes' });
    await first.flush();
    expect(JSON.parse(storage.data.get(first.KEY)!).k).toMatchObject({ p: 1, b: { verdict: 'yes' } });

    net = 'up';
    const next = await load();
    await next.flush();
    await vi.waitFor(() => expect(next.read().k?.p).toBe(0));
    expect(sent).toEqual([{ interaction: 'T-3', verdict: 'yes' }]);
    // Confirmed answers stay remembered (the widget shows "Thanks" on a return visit).
    expect(JSON.parse(storage.data.get(next.KEY)!).k).toMatchObject({ p: 0 });
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
    await vi.waitFor(() => expect(o.read().k?.p).toBe(0));
    expect(sent).toEqual([{ interaction: 'T-4', verdict: 'no' }]);
  });

  it('is bounded in items and in age', async () => {
    const { prune, MAX_ITEMS, MAX_AGE } = await load();
    const now = 1_800_000_000_000;
    const store: Record<string, { u: string; b: { interaction: string; verdict: 'yes' }; t: number }> = {};
    for (let i = 0; i < MAX_ITEMS + 10; i++)
      store[`k${i}`] = { u: URL_, b: { interaction: `T-${i}`, verdict: 'yes' }, t: now - i * 1000 };
    store.old = { u: URL_, b: { interaction: 'T-old', verdict: 'yes' }, t: now - MAX_AGE - 1 };
    const kept = prune(store, now);
    expect(Object.keys(kept)).toHaveLength(MAX_ITEMS);
    expect(kept.old).toBeUndefined();
    expect(kept.k0).toBeDefined();
    expect(kept[`k${MAX_ITEMS}`]).toBeUndefined();
  });
});
