/** Server-side rendering of the scoreboard pages, and the Content-Security-Policy that goes with them. */
import { hashSource, renderDocument } from '../../lib/html';
import { NotFoundPage, Page, pageCss, type PageProps } from './Page';

export const renderPage = (props: PageProps) => renderDocument(<Page {...props} />);

export const renderNotFound = (id: string | null, script?: string) =>
  renderDocument(<NotFoundPage id={id} script={script} />);

/**
 * The page's script and stylesheet (with its brand colour) are inline and allowed by their hashes
 * only (no 'unsafe-inline'),
 * it may fetch only this origin's score, and only the board's allowed origins may frame it (anyone
 * when it has none; the deployment's own pages always).
 */
export async function scoreboardCsp(
  allowedOrigins: string[],
  script?: string,
  accent: string | null = null,
): Promise<string> {
  const ancestors = allowedOrigins.length === 0 ? '*' : ["'self'", ...allowedOrigins].join(' ');
  return [
    "default-src 'none'",
    `script-src ${script ? await hashSource(script) : "'none'"}`,
    `style-src ${await hashSource(pageCss(accent))}`,
    "connect-src 'self'",
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${ancestors}`,
  ].join('; ');
}
