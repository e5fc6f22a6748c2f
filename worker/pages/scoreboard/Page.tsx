/**
 * The scoreboard page, rendered on the server (preact-render-to-string) so it shows the numbers
 * without JavaScript. The client script (scoreboard/client/live.ts) only refreshes what this renders.
 */
import type { ComponentChildren } from 'preact';
import { dirOf, fill, plural, type Language, type Plural, type ScoreboardWords } from '../../../i18n';
import type { ScoreJson } from '../../score';
import { GRID } from '../../lib/score-math';
import { describe, num, pct, type LiveStrings } from '../../../scoreboard/format';
import { contrast } from '../../lib/contrast';
import type { PublicLines } from '../../score';
import { GRID_CSS, PandaGrid } from './Pandas';

export type Theme = 'light' | 'dark' | 'auto';

/** The built client script (scoreboard/client/live.ts) in the ASSETS directory; inlined into the page. */
export const LIVE_SCRIPT = '/scoreboard/live.js';

/** The two themes' backgrounds and text colours (the brand colour is checked against these). */
const LIGHT_BG = '#ffffff';
const DARK_BG = '#17191e';
const LIGHT_FG = '#1c1f24';
const DARK_FG = '#eef0f3';

/**
 * The number's colour in one theme: the brand colour when it reads on that theme's background
 * (WCAG AA for large text, 3:1), else the text colour. So a dark brand colour colours the light
 * theme only, a pale one the dark theme only.
 */
const numberColour = (accent: string | null, bg: string, fg: string) =>
  accent && contrast(accent, bg) >= 3 ? accent : fg;

/**
 * The page's only stylesheet, inline like its script (so the first view is one response) and
 * allowed by its hash in the Content-Security-Policy (the brand colour is part of it, so each
 * colour has its own hash). Sizes are fixed before any script runs, so nothing moves when it does:
 * the grid's places are squares sized by the page's width.
 *
 * Narrow (a sidebar, a phone): compact, the number beside its label above the grid, which takes
 * the whole width (a panda stays ≥ 24 px from 264 px up). Wide (from 600 px): the number and its
 * words on one side, vertically centred, the grid on the other, both growing with the width.
 */
export function pageCss(accent: string | null): string {
  const dark = `--bg:${DARK_BG};--fg:${DARK_FG};--mu:#a4abb6;--ac:${numberColour(accent, DARK_BG, DARK_FG)};color-scheme:dark`;
  return [
    '*{box-sizing:border-box;margin:0}',
    `:root{--bg:${LIGHT_BG};--fg:${LIGHT_FG};--mu:#5b636e;--ac:${numberColour(accent, LIGHT_BG, LIGHT_FG)};color-scheme:light}`,
    `[data-theme=dark]{${dark}}`,
    `@media(prefers-color-scheme:dark){[data-theme=auto]{${dark}}}`,
    'html{background:var(--bg);color:var(--fg);font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
    'body{padding:12px}',
    'main{display:grid;gap:2px 12px;grid-template-columns:auto 1fr;align-items:center;',
    'grid-template-areas:"n n" "p w" "g g" "c c" "u u" "r r"}',
    'h1{grid-area:n;font-size:16px;font-weight:600;overflow-wrap:anywhere}',
    '#p{grid-area:p;color:var(--ac);font-size:48px;font-weight:700;line-height:1.1;letter-spacing:-.02em}',
    '.z #p{font-size:24px;line-height:2;color:var(--fg)}',
    '#w{grid-area:w;color:var(--mu);line-height:1.25}',
    '@media(min-width:600px){body{padding:16px 24px}',
    'main{max-width:1200px;margin:auto;column-gap:clamp(24px,5vw,72px);grid-template-columns:minmax(0,1fr) min(55%,600px);',
    'grid-template-rows:1fr repeat(6,auto) 1fr;grid-template-areas:". g" "n g" "p g" "w g" "c g" "u g" "r g" ". g"}',
    '#p{font-size:clamp(56px,9vw,112px)}#w{font-size:17px;margin-bottom:12px}}',
    GRID_CSS,
    '.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
    '#ci{grid-area:c}',
    '#up{grid-area:u}',
    '#lines{grid-area:r}',
    '.sm{font-size:13px;color:var(--mu)}',
    '.sm a{color:inherit}',
    '#iv:not(:empty)::after{content:" · "}',
  ].join('');
}

export interface PageProps {
  score: ScoreJson;
  lang: Language;
  t: ScoreboardWords;
  theme: Theme;
  /** the score's ETag, so the client's first poll can answer 304 */
  etag: string;
  now: number;
  /** the client script's source, inlined; without it the page is simply not live */
  script?: string | undefined;
  /** the response rate, follow-up and target lines the board shows */
  lines?: PublicLines | undefined;
  /** the brand colour for the number (`?accent=` or the board's), checked per theme */
  accent?: string | null | undefined;
  /** the board's method page, linked from the interval ("How this is measured") */
  methodUrl: string;
}

/** The optional lines under the score, each a sentence of its own (server-rendered; the client leaves them). */
function Lines({ lines, lang, t }: { lines: PublicLines; lang: Language; t: ScoreboardWords }) {
  const { responseRate: rr, followUp: fu, target } = lines;
  const period = (days: number) => byDays(lang, t.days, days);
  const out: string[] = [];
  if (rr)
    out.push(
      fill(plural(lang, t.responseRate, rr.asked), {
        a: num(lang, rr.answered),
        n: num(lang, rr.asked),
        r: pct(lang, rr.rate),
        period: period(rr.days),
      }),
    );
  if (fu)
    out.push(
      fill(plural(lang, t.followUp, fu.unhappy), {
        c: num(lang, fu.contacted),
        n: num(lang, fu.unhappy),
        period: period(fu.days),
      }),
    );
  if (target !== null) out.push(fill(t.target, { t: pct(lang, target) }));
  if (out.length === 0) return null;
  return (
    <div id="lines" class="sm">
      {out.map((line) => (
        <p key={line}>{line}</p>
      ))}
    </div>
  );
}

/** A phrase about `days` days, in its plural form: "last 30 days", "in the last 30 days". */
const byDays = (lang: Language, phrase: Plural, days: number) =>
  fill(plural(lang, phrase, days), { d: num(lang, days) });

/** The window in words: "last 100 ratings", "last 30 days". */
export function windowWords(t: ScoreboardWords, lang: Language, w: ScoreJson['window']): string {
  return 'responses' in w
    ? fill(plural(lang, t.ratings, w.responses), { n: num(lang, w.responses) })
    : byDays(lang, t.days, w.days);
}

/** Fills `{name}` in every form of a plural phrase. */
const fillForms = (phrase: Plural, values: Record<string, string>) =>
  Object.fromEntries(Object.entries(phrase).map(([form, text]) => [form, fill(text, values)])) as Plural;

/**
 * What the client script needs to say the same things as this page, in this language only, for
 * this window (filled in here); the plurals by number of answers are chosen as they are shown.
 * An answer-count window is named by its size once it holds that many answers ("last 100
 * ratings"), and before that by how many there are ("7 ratings so far"); a day window is named by
 * its days, with the count while it holds fewer answers than the grid has places ("7 ratings in
 * the last 30 days").
 */
export function liveStrings(t: ScoreboardWords, lang: Language, w: ScoreJson['window']): LiveStrings {
  const common = { l: lang, s: t.satisfied, w: windowWords(t, lang, w), u: t.updated, c: t.ci, e: t.empty };
  if ('responses' in w) return { ...common, f: w.responses, y: t.soFar, a: t.alt, b: t.altSoFar };
  const inDays = byDays(lang, t.inDays, w.days);
  const a = fillForms(t.altDays, { inDays });
  return { ...common, f: GRID, y: fillForms(t.ratingsIn, { inDays }), a, b: a };
}

export function Page({ score, lang, t, theme, etag, now, script, lines, accent, methodUrl }: PageProps) {
  const live = liveStrings(t, lang, score.window);
  const d = describe(score, live, now);
  // Each fact once on screen: the number and its words are seen, and the sentence that says the
  // same (#alt) is read; the number and its words are hidden from screen readers for that.
  return (
    <Document
      lang={lang}
      theme={theme}
      title={`${score.name} · ${t.title}`}
      script={script}
      css={pageCss(accent ?? null)}
    >
      <main
        class={d.empty ? 'z' : undefined}
        data-board={score.board}
        data-etag={etag}
        data-updated={score.updated_at ?? ''}
        data-s={JSON.stringify(live)}
      >
        <h1>{score.name}</h1>
        <p id="p" aria-hidden="true">
          {d.percent}
        </p>
        <p id="w" aria-hidden="true">
          {d.label}
        </p>
        <PandaGrid pandas={score.pandas} />
        <p id="alt" class="sr">
          {d.alt}
        </p>
        <p id="ci" class="sm">
          <span id="iv">{d.interval}</span>
          <a href={methodUrl} target="_blank">
            {t.method}
          </a>
        </p>
        <p id="up" class="sm">
          {d.updated}
        </p>
        {lines && <Lines lines={lines} lang={lang} t={t} />}
      </main>
    </Document>
  );
}

/**
 * The page for a board that does not exist (404), in the same look. It names the board only when
 * `id` is a valid board id (a–z, 0–9 and "-"): anything else from the address, markup or a bidi
 * override included, is never shown. With the client script it reports its height like the board's
 * page, so an embedding frame fits it instead of keeping its default.
 */
export function NotFoundPage({ id, script }: { id: string | null; script?: string | undefined }) {
  return (
    <Document lang="en" theme="auto" title="No such scoreboard" script={script} css={pageCss(null)}>
      <main>
        <h1>No such scoreboard</h1>
        <p class="l">
          {`${id ? `There is no board named “${id}” here.` : 'There is no board at this address.'} Check the address or the embed code.`}
        </p>
      </main>
    </Document>
  );
}

/** Both pages' document: the inline stylesheet, the theme, and the client script when there is one. */
function Document(props: {
  lang: Language;
  theme: Theme;
  title: string;
  script: string | undefined;
  css: string;
  children: ComponentChildren;
}) {
  return (
    <html lang={props.lang} dir={dirOf(props.lang)} data-theme={props.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: props.css }} />
      </head>
      <body>
        {props.children}
        {props.script && <script dangerouslySetInnerHTML={{ __html: props.script }} />}
      </body>
    </html>
  );
}
