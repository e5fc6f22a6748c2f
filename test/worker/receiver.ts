/**
 * A webhook receiver for the worker tests: a real HTTP server on 127.0.0.1, started once in Node
 * (vitest globalSetup), that the worker inside workerd delivers to. Each test uses its own path:
 *
 *   POST /hook/<name>?script=500,200   answers each request with the next status of the script (the
 *                                      last one repeats; default 200); `hang` holds the request open
 *                                      past the worker's timeout; 3xx statuses redirect to /hook/<name>-moved
 *   GET  /log/<name>                   what /hook/<name> received so far: [{headers, body}]
 *   POST /verify {secret, headers, body} checks a request the way a receiver would, with the
 *                                      `standardwebhooks` package (the scheme's reference code, not
 *                                      ours): {payload} when the signature holds, else {error}
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { TestProject } from 'vitest/node';

// Loaded by Node itself rather than through Vite, which would warn about the package's source maps.
const { Webhook } = createRequire(import.meta.url)('standardwebhooks') as typeof import('standardwebhooks');

export interface Received {
  headers: Record<string, string>;
  body: string;
}

export default async function setup(project: TestProject) {
  const log = new Map<string, Received[]>();
  const held = new Set<ServerResponse>();

  function hook(name: string, req: IncomingMessage, body: string, res: ServerResponse, script: string[]) {
    const received = log.get(name) ?? [];
    received.push({ headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body });
    log.set(name, received);
    const step = script[Math.min(received.length, script.length) - 1] ?? '200';
    if (step === 'hang') {
      held.add(res);
      setTimeout(() => {
        held.delete(res);
        res.writeHead(200).end('too late');
      }, 12_000).unref();
      return;
    }
    const status = Number(step);
    const headers = status >= 300 && status < 400 ? { location: `/hook/${name}-moved` } : {};
    res.writeHead(status, headers).end(status < 300 ? 'ok' : 'no');
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://receiver');
    const [, kind, name] = url.pathname.split('/');
    if (kind === 'log' && name) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(log.get(name) ?? []));
      return;
    }
    if (kind === 'verify' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const { secret, headers, body } = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        let result;
        try {
          result = { payload: new Webhook(secret).verify(body, headers) };
        } catch (e) {
          result = { error: e instanceof Error ? e.message : String(e) };
        }
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
      return;
    }
    if (kind !== 'hook' || !name || req.method !== 'POST') {
      res.writeHead(404).end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const script = (url.searchParams.get('script') ?? '200').split(',');
      hook(name, req, Buffer.concat(chunks).toString('utf8'), res, script);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  project.provide('receiverUrl', `http://127.0.0.1:${port}`);
  return async () => {
    for (const res of held) res.destroy();
    await new Promise((resolve) => server.close(resolve));
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    receiverUrl: string;
  }
}
