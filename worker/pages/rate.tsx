/**
 * HTML of the e-mail rating page: the confirm form, the thank-you page and the friendly error
 * pages, rendered on the server with the answer form's components (answer-form/steps.tsx), the
 * same ones the widget renders in the browser. No JavaScript at all: plain forms that POST.
 */
import type { ComponentChildren } from 'preact';
import type { Verdict } from '../../answer-form/rules';
import {
  Better,
  ChoiceRadios,
  CommentField,
  Question,
  ReasonChecks,
  Status,
  Thanks,
  type ReasonChoice,
} from '../../answer-form/steps';
import { ANSWER_WORDS, dirOf, RATE_PAGE_WORDS, type Language } from '../../i18n';
import type { Reason } from '../schemas';
import { hashSource, renderDocument } from '../lib/html';

/** The page's only style; the CSP allows exactly this text by its hash, nothing else. */
export const RATE_CSS = `
:root { color-scheme: light dark; --fg: #1b1c20; --bg: #f4f5f8; --card: #fff; --muted: #585b66; --line: #c9ccd4; --soft: #f4f5f8; --accent: #0b57d0; --err: #b3261e; }
@media (prefers-color-scheme: dark) { :root { --fg: #ececf1; --bg: #121317; --card: #1e1f24; --muted: #b5b8c3; --line: #50535d; --soft: #292b31; --err: #f2b8b5; } }
* { box-sizing: border-box; }
body { font: 17px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); margin: 0; }
main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem 1.25rem; background: var(--card); border: 1px solid var(--line); border-radius: 16px; box-shadow: 0 2px 8px #0000000f; }
@media (max-width: 36rem) { main { margin: 0; border-radius: 0; border-width: 0 0 1px; } }
h1 { font-size: 1.35rem; line-height: 1.3; margin: 0 0 1rem; }
.title { display: flex; align-items: center; gap: 0.5rem; }
.title svg { color: var(--accent); flex: none; }
p { margin: 0 0 1rem; }
.meta { color: var(--muted); font-size: 0.95rem; margin: 0 0 0.75rem; overflow-wrap: anywhere; }
fieldset { border: 0; padding: 0; margin: 0 0 1.25rem; min-width: 0; }
.choices { display: flex; gap: 0.75rem; }
.choice { position: relative; flex: 1; display: flex; align-items: center; justify-content: center; gap: 0.5rem; min-height: 3.25rem; border: 1px solid var(--line); border-radius: 12px; background: var(--soft); cursor: pointer; font-weight: 600; }
.choice:hover { border-color: var(--accent); }
.choice input { position: absolute; opacity: 0; width: 1px; height: 1px; }
.choice:has(input:checked), .reason:has(input:checked) { background: var(--accent); border-color: var(--accent); color: #fff; }
.choice:has(input:focus-visible), .reason:has(input:focus-visible) { outline: 3px solid var(--fg); outline-offset: 2px; }
.better { font-weight: 600; margin: 0 0 0.5rem; }
.reasons { display: flex; flex-wrap: wrap; gap: 0.5rem; }
.reason { display: inline-flex; align-items: center; gap: 0.4rem; min-height: 2.5rem; padding: 0 0.9rem; border: 1px solid var(--line); border-radius: 1.25rem; background: var(--soft); cursor: pointer; }
.reason input { margin: 0; accent-color: var(--accent); }
form:has(.choice input[value=yes]:checked) .if-no { display: none; }
label[for] { display: block; font-weight: 600; margin-bottom: 0.35rem; }
textarea { width: 100%; font: inherit; color: inherit; background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 0.5rem; }
button { font: inherit; font-weight: 600; margin-top: 1rem; min-height: 2.75rem; padding: 0 1.4rem; border: 0; border-radius: 12px; background: var(--accent); color: #fff; cursor: pointer; }
:focus-visible { outline: 3px solid var(--fg); outline-offset: 2px; }
.error { color: var(--err); font-weight: 600; }
.answer { color: var(--muted); }
.status { font-weight: 600; }
.hint { color: var(--muted); font-size: 0.95rem; margin: 1rem 0 0; }
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
  /** the board's reasons in this language, offered after "No" */
  reasons?: ReasonChoice[] | undefined;
  /** the reason ids chosen so far */
  picked?: string[] | undefined;
}

/** A board's reasons as this page offers them: each label in the page's language, else its first (SPEC: reasons). */
export const reasonsFor = (reasons: Reason[], lang: Language): ReasonChoice[] =>
  reasons.map(({ id, label }) => ({
    id,
    label: typeof label == 'string' ? label : (label[lang] ?? Object.values(label)[0]!),
  }));

/** After "No": the question of what could have been better, and the board's reasons as checkboxes. */
const ReasonsPart = ({ s }: { s: FormState }) => {
  const words = ANSWER_WORDS[s.lang];
  return s.reasons?.length ? (
    <div class="if-no">
      <p id="better" class="better">
        {words.better}
      </p>
      <ReasonChecks words={words} reasons={s.reasons} picked={s.picked ?? []} />
      {/* so that none ticked means "none" (worker/routes/rate.ts), not "keep the stored ones" */}
      <input type="hidden" name="reasons" value="" />
    </div>
  ) : null;
};

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
        <ReasonsPart s={s} />
        <CommentField words={words} comment={s.comment} />
        <button type="submit">{RATE_PAGE_WORDS[s.lang].confirm}</button>
      </PostForm>
    </Layout>,
  );
}

/**
 * After the answer is stored: thanks, the answer, and (after "No": what could have been better, the
 * reasons) the comment box to add or change a comment; after that is sent, "Comment saved."
 */
export function thanksPage(s: FormState & { verdict: Verdict; saved: boolean }): string {
  const words = ANSWER_WORDS[s.lang];
  const own = RATE_PAGE_WORDS[s.lang];
  return renderDocument(
    <Layout lang={s.lang} title={words.thanks}>
      <Meta {...s} />
      <Thanks words={words} verdict={s.verdict} heading />
      {s.saved && <Status text={own.commentSaved} />}
      <ErrorLine error={s.error} />
      <PostForm action={s.action} fields={{ token: s.token, lang: s.lang, verdict: s.verdict, step: 'comment' }}>
        {s.verdict == 'no' && !s.reasons?.length && <Better words={words} />}
        {s.verdict == 'no' && <ReasonsPart s={s} />}
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
