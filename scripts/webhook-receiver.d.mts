import type { IncomingHttpHeaders } from 'node:http';

export declare const DEFAULT_PORT: number;

export function verifyWebhook(secret: string, headers: IncomingHttpHeaders, body: string, nowS?: number): unknown;

export interface ReceivedEvent {
  id: string | undefined;
  payload: unknown;
  error: string | null;
  headers: IncomingHttpHeaders;
  body: string;
}

export function startReceiver(opts: {
  port?: number;
  host?: string;
  secret?: string;
  onEvent: (e: ReceivedEvent) => void;
}): Promise<{ url: string; close: () => Promise<void> }>;
