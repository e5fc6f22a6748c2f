/**
 * Standard Webhooks signatures (https://www.standardwebhooks.com), so receivers can verify with the
 * existing libraries: the secret is `whsec_` + base64 of 32 random bytes, and each request carries
 *   webhook-id: msg_…            (the same on every attempt of one delivery)
 *   webhook-timestamp: <unix seconds of this attempt>
 *   webhook-signature: v1,<base64 HMAC-SHA256(secret bytes, id "." timestamp "." body)>
 */
import { b64, hmacKey, utf8 } from '../lib/crypto';

const PREFIX = 'whsec_';

export const newWebhookSecret = (): string => PREFIX + b64(crypto.getRandomValues(new Uint8Array(32)));

/** The signing key is the secret's base64 part, decoded: the convention every library follows. */
function keyBytes(secret: string): Uint8Array<ArrayBuffer> {
  const bin = atob(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret);
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

/** The three headers of one attempt. */
export async function signedHeaders(
  secret: string,
  id: string,
  timestampS: number,
  body: string,
): Promise<Record<string, string>> {
  const key = await hmacKey(keyBytes(secret), 'sign');
  const mac = await crypto.subtle.sign('HMAC', key, utf8.encode(`${id}.${timestampS}.${body}`));
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampS),
    'webhook-signature': `v1,${b64(mac)}`,
  };
}
