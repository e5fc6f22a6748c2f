/**
 * Whether the worker tests can use the real entry point: the time of one request through the test pool's
 * `exports.default.fetch` (the real entry point, over workerd's loopback) against `app.request` (the same
 * Hono app with the same bindings), in one test file, as the file's request count grows.
 * Run: `npm run bench:pool` (not part of `npm test`; it measures time). Results: bench/results/pool-loopback.md.
 */
import { env, exports } from 'cloudflare:workers';
import { it } from 'vitest';
import app from '../worker/index';

const REQUESTS = 400;
const SAMPLE = 50;

async function measure(send: () => Response | Promise<Response>): Promise<number[]> {
  const ms: number[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const start = performance.now();
    await (await send()).text();
    ms.push(performance.now() - start);
  }
  return ms;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

it(`times ${REQUESTS} requests through each path`, async () => {
  const url = 'https://pandameter.test/healthz';
  const paths: [string, () => Response | Promise<Response>][] = [
    ['app.request, before', () => app.request(url, {}, env)],
    ['exports.default.fetch', () => exports.default.fetch(url)],
    ['app.request, after', () => app.request(url, {}, env)],
  ];
  const rows = ['| path | first 50 requests, mean ms | last 50 requests, mean ms |', '|---|---|---|'];
  for (const [name, send] of paths) {
    const ms = await measure(send);
    rows.push(`| ${name} | ${mean(ms.slice(0, SAMPLE)).toFixed(1)} | ${mean(ms.slice(-SAMPLE)).toFixed(1)} |`);
  }
  console.log(rows.join('\n'));
});
