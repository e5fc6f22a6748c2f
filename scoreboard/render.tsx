/** Server-side rendering of the scoreboard pages, and the Content-Security-Policy that goes with them. */
import { renderToString } from 'preact-render-to-string';
import { CSS, NotFoundPage, Page, type PageProps } from './Page';

export const renderPage = (props: PageProps) => `<!doctype html>${renderToString(<Page {...props} />)}`;

export const renderNotFound = (id: string) => `<!doctype html>${renderToString(<NotFoundPage id={id} />)}`;

let cssHash: Promise<string> | undefined;

/** `'sha256-…'` of the inline stylesheet, computed once per isolate. */
function styleSource(): Promise<string> {
  cssHash ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(CSS)).then((d) => {
    let bin = '';
    for (const b of new Uint8Array(d)) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  });
  return cssHash;
}

/**
 * Scripts only from this origin (the client script), the one stylesheet by hash, requests only to
 * this origin's score; framing by the board's allowed origins, or anyone when it has none.
 */
export async function scoreboardCsp(allowedOrigins: string[]): Promise<string> {
  const ancestors = allowedOrigins.length === 0 ? '*' : ["'self'", ...allowedOrigins].join(' ');
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${await styleSource()}`,
    "connect-src 'self'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}
