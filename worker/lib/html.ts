/** Server-rendered pages: one way to write HTML (Preact components), one way to allow inline text in a CSP. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** A whole HTML document from a Preact tree rooted at `<html>`; every string in it is escaped by Preact. */
export const renderDocument = (page: VNode): string => `<!doctype html>${renderToString(page)}`;

/** A CSP source for exactly this inline text: `'sha256-…'`. */
export async function hashSource(text: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  let binary = '';
  for (const byte of digest) binary += String.fromCharCode(byte);
  return `'sha256-${btoa(binary)}'`;
}
