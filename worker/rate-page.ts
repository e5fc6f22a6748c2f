/**
 * HTML of the e-mail rating page: the confirm form, the thank-you page and the friendly error
 * pages. No JavaScript at all; every string that came from a request or from the database goes
 * through `esc`, so it can only ever be text.
 */
import { RATE_TEXT, RTL, type RateLang, type RateText } from './rate-i18n';

/** Escapes text for HTML element content and double- or single-quoted attribute values. */
export const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The page's only style; the CSP allows exactly this text by its hash, nothing else. */
export const RATE_CSS = `
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #fff; --muted: #555; --line: #c8c8c8; --accent: #0b57d0; --err: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --fg: #eee; --bg: #121212; --muted: #aaa; --line: #555; --accent: #8ab4f8; --err: #f2b8b5; } }
* { box-sizing: border-box; }
body { font: 17px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
main { max-width: 34rem; margin: 2.5rem auto; padding: 0 1rem; }
h1 { font-size: 1.45rem; line-height: 1.3; margin: 0 0 1rem; }
.meta { color: var(--muted); font-size: 0.95rem; margin: 0 0 0.5rem; overflow-wrap: anywhere; }
fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; display: flex; gap: 0.75rem; flex-wrap: wrap; }
.choice { display: flex; align-items: center; gap: 0.5rem; border: 2px solid var(--line); border-radius: 0.6rem; padding: 0.7rem 1.2rem; cursor: pointer; font-weight: 600; min-width: 8rem; }
.choice:has(input:checked) { border-color: var(--accent); }
.choice input { width: 1.2rem; height: 1.2rem; margin: 0; accent-color: var(--accent); }
label[for] { display: block; font-weight: 600; margin-bottom: 0.35rem; }
textarea { width: 100%; font: inherit; color: inherit; background: transparent; border: 1px solid var(--line); border-radius: 0.4rem; padding: 0.5rem; }
button { font: inherit; font-weight: 600; margin-top: 1rem; padding: 0.65rem 1.4rem; border: 0; border-radius: 0.6rem; background: var(--accent); color: var(--bg); cursor: pointer; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.error { color: var(--err); font-weight: 600; }
.answer { font-size: 1.15rem; }
.hint { color: var(--muted); font-size: 0.95rem; }
`;

let cssHash: Promise<string> | undefined;
/** `'sha256-…'` of RATE_CSS, computed once per isolate. */
function styleHash(): Promise<string> {
  cssHash ??= crypto.subtle.digest('SHA-256', new TextEncoder().encode(RATE_CSS)).then((d) => {
    let bin = '';
    for (const b of new Uint8Array(d)) bin += String.fromCharCode(b);
    return `'sha256-${btoa(bin)}'`;
  });
  return cssHash;
}

/**
 * Headers of every rating page. The URL carries a token, so: nothing may be cached or leak through
 * Referer, and the page may not be framed (a framed confirm button is a clickjacking target).
 */
export async function pageHeaders(lang: RateLang): Promise<Record<string, string>> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': lang,
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${await styleHash()}`,
      "form-action 'self'",
      "frame-ancestors 'none'",
      "base-uri 'none'",
    ].join('; '),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Cache-Control': 'no-store',
    'X-Robots-Tag': 'noindex, nofollow',
    Vary: 'Accept-Language',
  };
}

function layout(lang: RateLang, title: string, body: string): string {
  return `<!doctype html>
<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${esc(title)}</title>
<style>${RATE_CSS}</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

export interface FormState {
  lang: RateLang;
  /** the board's display name */
  boardName: string;
  interaction: string;
  /** the path the form posts to (already URL-encoded) */
  action: string;
  token: string | undefined;
  verdict: 'yes' | 'no' | undefined;
  comment: string;
  error?: string | undefined;
}

const meta = (t: RateText, s: { boardName: string; interaction: string }) =>
  `<p class="meta"><bdi>${esc(s.boardName)}</bdi> · ${esc(t.request)} <bdi class="interaction">${esc(s.interaction)}</bdi></p>`;

const hidden = (name: string, value: string) => `<input type="hidden" name="${name}" value="${esc(value)}">`;

/** The page a link opens: the question, the choice from the link preselected, a comment box, a button. */
export function confirmPage(s: FormState): string {
  const t = RATE_TEXT[s.lang];
  const radio = (v: 'yes' | 'no', label: string) =>
    `<label class="choice"><input type="radio" name="verdict" value="${v}"${s.verdict === v ? ' checked' : ''} required> ${esc(label)}</label>`;
  return layout(
    s.lang,
    t.question,
    `${meta(t, s)}
<h1 id="q">${esc(t.question)}</h1>
${s.error ? `<p class="error" role="alert">${esc(s.error)}</p>` : ''}
<form method="post" action="${esc(s.action)}" enctype="application/x-www-form-urlencoded">
${s.token !== undefined ? hidden('token', s.token) : ''}
${hidden('lang', s.lang)}
<fieldset aria-labelledby="q">
${radio('yes', t.yes)}
${radio('no', t.no)}
</fieldset>
<label for="comment">${esc(t.comment)}</label>
<textarea id="comment" name="comment" rows="4" maxlength="1000">${esc(s.comment)}</textarea>
<button type="submit">${esc(t.confirm)}</button>
</form>`,
  );
}

/** After the answer is stored: thanks, the answer, and the comment box to add or change a comment. */
export function thanksPage(s: FormState & { verdict: 'yes' | 'no'; saved: boolean }): string {
  const t = RATE_TEXT[s.lang];
  return layout(
    s.lang,
    t.thanks,
    `${meta(t, s)}
<h1>${esc(t.thanks)}</h1>
<p class="answer">${esc(t.yourAnswer)} <strong class="verdict">${esc(s.verdict === 'yes' ? t.yes : t.no)}</strong></p>
${s.saved ? `<p class="saved" role="status">${esc(t.saved)}</p>` : ''}
${s.error ? `<p class="error" role="alert">${esc(s.error)}</p>` : ''}
<form method="post" action="${esc(s.action)}" enctype="application/x-www-form-urlencoded">
${s.token !== undefined ? hidden('token', s.token) : ''}
${hidden('lang', s.lang)}
${hidden('verdict', s.verdict)}
${hidden('step', 'comment')}
<label for="comment">${esc(t.comment)}</label>
<textarea id="comment" name="comment" rows="4" maxlength="1000">${esc(s.comment)}</textarea>
<button type="submit">${esc(t.saveComment)}</button>
</form>
<p class="hint">${esc(t.changeHint)}</p>`,
  );
}

export type ProblemKind = 'bad' | 'expired' | 'closed' | 'busy' | 'form';

/** A friendly page for a link that cannot be used: what happened, and to reply to the e-mail instead. */
export function problemPage(lang: RateLang, kind: ProblemKind): string {
  const t = RATE_TEXT[lang];
  const pages: Record<ProblemKind, [string, string]> = {
    bad: [t.badTitle, t.badBody],
    expired: [t.expiredTitle, t.expiredBody],
    closed: [t.closedTitle, t.closedBody],
    busy: [t.busyTitle, t.busyBody],
    form: [t.formTitle, t.formBody],
  };
  const [title, body] = pages[kind];
  return layout(lang, title, `<h1>${esc(title)}</h1>\n<p>${esc(body)}</p>`);
}
