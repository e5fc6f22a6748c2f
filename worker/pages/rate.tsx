/**
 * HTML of the e-mail rating page: the confirm form, the thank-you page and the friendly error
 * pages, rendered on the server with the answer form's components (answer-form/steps.tsx), the
 * same ones the widget renders in the browser. No JavaScript at all: plain forms that POST.
 */
import type { ComponentChildren } from 'preact';
import type { Verdict } from '../../answer-form/rules';
import { ChoiceRadios, CommentField, Question, Status, Thanks } from '../../answer-form/steps';
import { ANSWER_WORDS, dirOf, RATE_PAGE_WORDS, type Language } from '../../i18n';
import { hashSource, renderDocument } from '../lib/html';

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

/**
 * Headers of every rating page. The URL carries a token, so: nothing may be cached or leak through
 * Referer, and the page may not be framed (a framed confirm button is a clickjacking target).
 */
export async function pageHeaders(lang: Language): Promise<Record<string, string>> {
  return {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Language': lang,
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src ${await hashSource(RATE_CSS)}`,
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

function Layout({ lang, title, children }: { lang: Language; title: string; children: ComponentChildren }) {
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex, nofollow" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: RATE_CSS }} />
      </head>
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}

export interface FormState {
  lang: Language;
  /** the board's display name */
  boardName: string;
  interaction: string;
  /** the path the form posts to (already URL-encoded) */
  action: string;
  token: string | undefined;
  verdict: Verdict | undefined;
  comment: string;
  error?: string | undefined;
}

/** "Acme Support · Support request T-1234"; user strings in <bdi>, so an id in Latin script reads right on an Arabic page. */
const Meta = ({ lang, boardName, interaction }: FormState) => (
  <p class="meta">
    <bdi>{boardName}</bdi> · {RATE_PAGE_WORDS[lang].request} <bdi class="interaction">{interaction}</bdi>
  </p>
);

const ErrorLine = ({ error }: { error?: string | undefined }) =>
  error ? (
    <p class="error" role="alert">
      {error}
    </p>
  ) : null;

/** A form that posts back to this page, carrying `fields` along. */
function PostForm({
  action,
  fields,
  children,
}: {
  action: string;
  fields: Record<string, string | undefined>;
  children: ComponentChildren;
}) {
  return (
    <form method="post" action={action} enctype="application/x-www-form-urlencoded">
      {Object.entries(fields).map(
        ([name, value]) => value !== undefined && <input type="hidden" name={name} value={value} />,
      )}
      {children}
    </form>
  );
}

/** The page a link opens: the question, the choice from the link preselected, a comment box, a button. */
export function confirmPage(s: FormState): string {
  const words = ANSWER_WORDS[s.lang];
  return renderDocument(
    <Layout lang={s.lang} title={words.question}>
      <Meta {...s} />
      <ErrorLine error={s.error} />
      <PostForm action={s.action} fields={{ token: s.token, lang: s.lang }}>
        <Question words={words} heading>
          <ChoiceRadios words={words} verdict={s.verdict} />
        </Question>
        <CommentField words={words} comment={s.comment} />
        <button type="submit">{RATE_PAGE_WORDS[s.lang].confirm}</button>
      </PostForm>
    </Layout>,
  );
}

/** After the answer is stored: thanks, the answer, and the comment box to add or change a comment. */
export function thanksPage(s: FormState & { verdict: Verdict; saved: boolean }): string {
  const words = ANSWER_WORDS[s.lang];
  const own = RATE_PAGE_WORDS[s.lang];
  return renderDocument(
    <Layout lang={s.lang} title={words.thanks}>
      <Meta {...s} />
      <Thanks words={words} verdict={s.verdict} heading />
      {s.saved && <Status text={words.saved} />}
      <ErrorLine error={s.error} />
      <PostForm action={s.action} fields={{ token: s.token, lang: s.lang, verdict: s.verdict, step: 'comment' }}>
        <CommentField words={words} comment={s.comment} />
        <button type="submit">{own.saveComment}</button>
      </PostForm>
      <p class="hint">{own.changeHint}</p>
    </Layout>,
  );
}

export type ProblemKind = 'bad' | 'expired' | 'closed' | 'busy' | 'form';

/** A friendly page for a link that cannot be used: what happened, and to reply to the e-mail instead. */
export function problemPage(lang: Language, kind: ProblemKind): string {
  const own = RATE_PAGE_WORDS[lang];
  const pages: Record<ProblemKind, [title: string, body: string]> = {
    bad: [own.badTitle, own.badBody],
    expired: [own.expiredTitle, own.expiredBody],
    closed: [own.closedTitle, own.closedBody],
    busy: [own.busyTitle, own.busyBody],
    form: [own.formTitle, own.formBody],
  };
  const [title, body] = pages[kind];
  return renderDocument(
    <Layout lang={lang} title={title}>
      <h1>{title}</h1>
      <p>{body}</p>
    </Layout>,
  );
}
