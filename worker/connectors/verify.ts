/**
 * The signature arithmetic the six helpdesks share: an HMAC of some message under the connector
 * secret, written as base64 or hex, compared in constant time, and a timestamp window for those that
 * send a timestamp.
 */
import { b64, randomToken, safeEqual, utf8 } from '../lib/crypto';
import type { Verification } from './types';

export type Hash = 'SHA-1' | 'SHA-256';

/** The HMAC of `message` under `secret` (both as UTF-8 text). */
export async function hmac(hash: Hash, secret: string, message: string): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', utf8.encode(secret), { name: 'HMAC', hash }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', key, utf8.encode(message)));
}

export const hex = (bytes: Uint8Array): string => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

export const hmacBase64 = async (hash: Hash, secret: string, message: string) => b64(await hmac(hash, secret, message));

export const OK: Verification = { ok: true };

/** A header's value, or a refusal naming it when it is missing or empty. */
export function requireHeader(headers: Headers, name: string): string | Verification {
  const value = headers.get(name)?.trim();
  return value ? value : { ok: false, reason: 'missing_header', detail: `the ${name} header is missing` };
}

/** Compares what the helpdesk sent with what the secret gives, in time that does not leak where they differ. */
export async function compare(sent: string, expected: string, header: string): Promise<Verification> {
  return (await safeEqual(sent, expected))
    ? OK
    : { ok: false, reason: 'bad_signature', detail: `${header} does not match this connector's secret` };
}

/** The window the helpdesks document (Front, HubSpot) and the one we use where a helpdesk names none. */
export const FIVE_MINUTES = 5 * 60 * 1000;

/**
 * Refuses a request signed too long ago (or too far ahead: a clock that runs fast is as suspicious).
 * `at` is the helpdesk's timestamp in milliseconds; NaN (unreadable) is refused too.
 */
export function fresh(at: number, now: number, header: string, window = FIVE_MINUTES): Verification {
  if (!Number.isFinite(at)) return { ok: false, reason: 'stale_timestamp', detail: `${header} is not a timestamp` };
  return Math.abs(now - at) <= window
    ? OK
    : { ok: false, reason: 'stale_timestamp', detail: `${header} is more than ${window / 60_000} minutes from now` };
}

/** Milliseconds from a header of decimal digits only (no sign, no exponent, no spaces). */
export const digits = (s: string): number => (/^\d{1,16}$/.test(s) ? Number(s) : NaN);

/**
 * A connector secret Pandameter generates: `pmc_` and 24 random bytes in base64url, 36 characters,
 * within Help Scout's limit of 40 and plain enough for any header field.
 */
export const newConnectorSecret = (): string => `pmc_${randomToken(24)}`;
