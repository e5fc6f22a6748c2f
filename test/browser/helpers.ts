/** Shared pieces of the browser tests: Chromium, the worker's URL, host pages on another origin. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';

export const base = () => inject('baseUrl');
export const adminToken = () => inject('adminToken');

/**
 * Chromium for the tests of one file, launched before them and closed after them, together with
 * whatever the tests hand to `closeLater` (host sites).
 */
export function chromiumPerFile() {
  let browser: Browser | undefined;
  const closers: (() => Promise<void> | void)[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    // last in, first out: a page's context closes before the site it was on
    for (const close of closers.reverse()) await close();
    await browser?.close();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('Chromium is not running: use it inside a test.');
      return browser;
    },
    closeLater: (close: () => Promise<void> | void) => void closers.push(close),
  };
}

/** The demo page needs the `demo` board (npm start seeds it); another test file may have made it. */
export async function ensureDemoBoard() {
  const res = await api('/v1/boards', { method: 'POST', body: { id: 'demo', name: 'Acme Support' } });
  if (res.status !== 201 && res.status !== 409) throw new Error(`demo board: ${res.status}`);
}

/** Calls the worker's API as the admin. */
export async function api(path: string, init: { method?: string; body?: unknown; auth?: string | null } = {}) {
  const headers: Record<string, string> = {};
  if (init.auth !== null) headers.authorization = `Bearer ${init.auth ?? adminToken()}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(base() + path, {
    method: init.method ?? 'GET',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

let counter = 0;
/** This file's own: the test files run side by side, each counting from 0. */
const fileTag = Math.random().toString(36).slice(2, 6);
/** An id no other test uses. */
export const uniqueId = (prefix = 'b') => `${prefix}-${Date.now().toString(36)}-${fileTag}-${(counter++).toString(36)}`;

export async function createBoard(extra: Record<string, unknown> = {}) {
  const id = (extra.id as string | undefined) ?? uniqueId();
  const res = await api('/v1/boards', { method: 'POST', body: { id, name: `Board ${id}`, ...extra } });
  if (res.status !== 201) throw new Error(`createBoard ${res.status}: ${JSON.stringify(res.body)}`);
  return { id, secret: res.body.secret as string };
}

export async function mint(board: string, interaction: string): Promise<string> {
  const res = await api(`/v1/boards/${board}/tokens`, { method: 'POST', body: { interaction } });
  if (res.status !== 201) throw new Error(`mint ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * A host site on another origin (`http://localhost:PORT`, while the worker is on 127.0.0.1):
 * `pages[path]` is the HTML to serve, with optional extra headers (e.g. a CSP).
 */
export async function hostSite(
  pages: Record<string, { html: string; headers?: Record<string, string> }>,
): Promise<{ origin: string; close: () => Promise<void>; server: Server }> {
  const server = createServer((req, res) => {
    const page = pages[(req.url ?? '/').split('?')[0]!];
    if (!page) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...page.headers }).end(page.html);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    origin: `http://localhost:${port}`,
    server,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A host page for the widget: its attributes, and what else the page holds. */
export interface WidgetHost {
  /** data-* attributes of the script tag (board, interaction and token are filled in unless given) */
  attrs?: Record<string, string | undefined>;
  head?: string;
  body?: string;
  headers?: Record<string, string>;
  lang?: string;
  /** How many times the script tag appears. */
  copies?: number;
  /** HTML after the script tag. */
  after?: string;
  /** Put the script tag in <head> instead of the body. */
  tagInHead?: boolean;
}

/**
 * A board, a token for one interaction, and a host page on another origin with the widget on it.
 * `close` stops the host site.
 */
export async function widgetHost(
  host: WidgetHost = {},
  interaction = 'T-1',
  boardSettings: Record<string, unknown> = {},
) {
  const { id, secret } = await createBoard(boardSettings);
  const token = await mint(id, interaction);
  const attrs = { board: id, interaction, token, ...host.attrs };
  const tag = `<script src="${base()}/widget.js" async ${Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `data-${k}="${v}"`)
    .join(' ')}></script>`.repeat(host.copies ?? 1);
  const html = `<!doctype html><html lang="${host.lang ?? 'en'}"><head><title>Help</title>${host.head ?? ''}${host.tagInHead ? tag : ''}</head>
<body><h1>Ticket solved</h1>${host.body ?? ''}${host.tagInHead ? '' : tag}${host.after ?? ''}</body></html>`;
  const site = await hostSite({ '/': { html, headers: host.headers } });
  return { board: id, secret, token, interaction, url: site.origin + '/', origin: site.origin, close: site.close };
}

/** The stored answers of a board, read through the API as the admin. */
export async function storedAnswers(board: string) {
  const res = await api(`/v1/boards/${board}/responses`);
  if (res.status !== 200) throw new Error(`responses ${res.status}`);
  return res.body.responses as { interaction: string; verdict: string; comment?: string; locale?: string }[];
}

/** Waits until the widget's status line (its live region) says `text`. */
/** Layout shifts the page has seen so far (the Layout Instability API), summed like CLS does. */
export const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
            if (!e.hadRecentInput) sum += e.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(sum), 300);
      }),
  );

export const statusSays = (page: Page, text: string) => page.getByRole('status').filter({ hasText: text }).waitFor();
