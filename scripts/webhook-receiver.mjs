#!/usr/bin/env node
// A webhook receiver for trying Pandameter's alerts locally (README § Alerts): listens on 127.0.0.1,
// checks each request's Standard Webhooks signature with the webhook's secret, and prints the event.
// Plain Node, no dependencies; verifyWebhook() is also the recipe for checking signatures in your code.
//
//   node scripts/webhook-receiver.mjs [--port 8899] [--secret whsec_…]   (or PANDAMETER_WEBHOOK_SECRET)
//   npm run receiver -- --secret whsec_…
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';

/** Standard Webhooks allow this much clock difference (and replay window) by default. */
const TOLERANCE_S = 5 * 60;

/**
 * Checks a webhook request: webhook-signature is `v1,<base64 HMAC-SHA256(key, id "." timestamp "." body)>`
 * (possibly several, space-separated), the key being the secret's base64 part after `whsec_`, decoded.
 * Returns the parsed body, or throws with the reason.
 * @param {string} secret  whsec_…
 * @param {Record<string, string | string[] | undefined>} headers  lower-case names, as Node gives them
 * @param {string} body  the raw body, exactly as received
 */
export function verifyWebhook(secret, headers, body, nowS = Math.floor(Date.now() / 1000)) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') {
    throw new Error('missing webhook-id, webhook-timestamp or webhook-signature');
  }
  if (!/^\d+$/.test(timestamp) || Math.abs(nowS - Number(timestamp)) > TOLERANCE_S) {
    throw new Error('webhook-timestamp is too old or too new');
  }
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  const ok = signatures.split(' ').some((s) => {
    const [version, sig] = s.split(',');
    const given = Buffer.from(sig ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
  if (!ok) throw new Error('the signature does not match (wrong secret, or the body was changed)');
  return JSON.parse(body);
}

/** The port the receiver listens on unless told otherwise (README § Alerts uses it). */
export const DEFAULT_PORT = 8899;

/**
 * Starts a receiver. Each request is answered 204 when it verifies (or when no secret is given), else
 * 401, and reported to `onEvent({id, payload, error, headers, body})`.
 * @param {{ port?: number, host?: string, secret?: string, onEvent: (e: object) => void }} opts
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startReceiver({ port = DEFAULT_PORT, host = '127.0.0.1', secret, onEvent }) {
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let payload = null;
      let error = null;
      try {
        payload = secret ? verifyWebhook(secret, req.headers, body) : JSON.parse(body);
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      onEvent({ id: req.headers['webhook-id'], payload, error, headers: req.headers, body });
      res.writeHead(error ? 401 : 204).end();
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  return {
    url: `http://${host}:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** One event, one or two lines, for a person watching the terminal. */
function describe({ id, payload, error }, verified) {
  if (error) return `✗ ${id ?? 'a request'} refused: ${error}`;
  const d = payload?.data;
  const mark = verified ? '✓ signed' : '(signature not checked: no --secret)';
  if (payload?.text !== undefined) return `${mark} ${id} Slack message:\n  ${payload.text.replace(/\n/g, '\n  ')}`;
  const who = [d?.agent && `agent ${d.agent}`, d?.channel && `via ${d.channel}`].filter(Boolean).join(', ');
  const comment = d?.comment ? `\n  “${d.comment.replace(/\n/g, '\n   ')}”` : '';
  return `${mark} ${payload?.type} — ${d?.board} / ${d?.interaction}: ${d?.verdict}${who ? ` (${who})` : ''}${comment}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: String(DEFAULT_PORT) },
      secret: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(
      `Usage: node scripts/webhook-receiver.mjs [--port ${DEFAULT_PORT}] [--secret whsec_… | PANDAMETER_WEBHOOK_SECRET]`,
    );
    process.exit(0);
  }
  const secret = values.secret ?? process.env.PANDAMETER_WEBHOOK_SECRET;
  if (secret !== undefined && !/^whsec_[A-Za-z0-9+/]+=*$/.test(secret)) {
    console.error('receiver: the secret is the whsec_… that `webhooks create` printed.');
    process.exit(2);
  }
  const receiver = await startReceiver({
    port: Number(values.port),
    secret,
    onEvent: (e) => console.log(describe(e, Boolean(secret))),
  }).catch((e) => {
    console.error(`receiver: cannot listen on 127.0.0.1:${values.port}: ${e.message}`);
    process.exit(1);
  });
  console.log(`Listening on ${receiver.url} — waiting for webhooks (Ctrl-C stops).`);
  if (!secret) console.log('No --secret: events are shown without checking their signature.');
}
