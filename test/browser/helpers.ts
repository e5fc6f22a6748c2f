/** Shared pieces of the browser tests: Chromium, the worker's URL, host pages on another origin. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';

export const base = () => inject('baseUrl');
export const adminToken = () => inject('adminToken');

/** Debian's Chromium, headless, a fresh profile (Playwright gives each launch a new --user-data-dir). */
export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-quic',
      '--disable-sync',
    ],
  });
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
export const uniqueId = (prefix = 'b') => `${prefix}-${Date.now().toString(36)}-${(counter++).toString(36)}`;

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
