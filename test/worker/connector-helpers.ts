/**
 * Helpers for the connector tests (test/worker/connectors-*.test.ts). Their signed requests are test
 * vectors computed outside the code under test, with `openssl dgst` as each file's header shows, so
 * a mistake in the worker's HMAC arithmetic cannot agree with itself.
 */
import { expect } from 'vitest';
import type { Refusal, Verification, WebhookRequest } from '../../worker/connectors/types';

export const URL_OF = (helpdesk: string) => `https://csat.example.com/v1/boards/acme/connectors/${helpdesk}`;

export const webhook = (
  helpdesk: string,
  rawBody: string,
  headers: Record<string, string>,
  url = URL_OF(helpdesk),
): WebhookRequest => ({ headers: new Headers(headers), rawBody, url, method: 'POST' });

/** The same request with one header left out. */
export const without = (request: WebhookRequest, name: string): WebhookRequest => {
  const headers = new Headers(request.headers);
  headers.delete(name);
  return { ...request, headers };
};

/** The same request with its body changed the way an attacker would: one verdict flipped. */
export const tampered = (request: WebhookRequest, from: string, to: string): WebhookRequest => {
  expect(request.rawBody).toContain(from);
  return { ...request, rawBody: request.rawBody.replace(from, to) };
};

export function expectRefused(result: Verification, reason: Refusal) {
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.reason).toBe(reason);
}
