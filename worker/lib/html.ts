/** Server-rendered pages: one way to write HTML (Preact components), one way to allow inline text in a CSP. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { b64, utf8 } from './crypto';

/** A whole HTML document from a Preact tree rooted at `<html>`; every string in it is escaped by Preact. */
export const renderDocument = (page: VNode): string => `<!doctype html>${renderToString(page)}`;

/**
 * The hashes worked out so far, by text: the inline styles and scripts are a handful of constants,
 * plus a scoreboard stylesheet per brand colour (`?accent=` is anyone's to choose, so the memo
 * stops growing at HASHES_KEPT texts; later ones are hashed each time).
 */
const hashes = new Map<string, Promise<string>>();
const HASHES_KEPT = 64;

/** A CSP source for exactly this inline text: `'sha256-…'`, computed once per isolate. */
export function hashSource(text: string): Promise<string> {
  let hash = hashes.get(text);
  if (!hash) {
    hash = sha256Source(text);
    if (hashes.size < HASHES_KEPT) hashes.set(text, hash);
  }
  return hash;
}

async function sha256Source(text: string): Promise<string> {
  return `'sha256-${b64(await crypto.subtle.digest('SHA-256', utf8.encode(text)))}'`;
}
