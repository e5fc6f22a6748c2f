/**
 * The scoreboard page, rendered on the server (preact-render-to-string) so it shows the numbers
 * without JavaScript. The client script (scoreboard/client/live.ts) only refreshes what this renders.
 */
import type { ComponentChildren } from 'preact';
import { dirOf, fill, plural, type Language, type Plural, type ScoreboardWords } from '../../../i18n';
import type { ScoreJson } from '../../score';
import { GRID } from '../../lib/score';
import { describe, num, pct, type LiveStrings } from '../../../scoreboard/format';
import type { PublicLines } from '../../score';
import { GRID_CSS, PandaGrid } from './Pandas';

export type Theme = 'light' | 'dark' | 'auto';

/** The built client script (scoreboard/client/live.ts) in the ASSETS directory; inlined into the page. */
export const LIVE_SCRIPT = '/scoreboard/live.js';

/** The dark theme's colours: chosen by `theme=dark`, or by the reader's preference with `theme=auto`. */
const DARK = '--bg:#17191e;--fg:#eef0f3;--mu:#a4abb6;color-scheme:dark';

/**
 * The page's only stylesheet, inline like its script (so the first view is one response) and
 * allowed by its hash in the Content-Security-Policy. Sizes are fixed before any script runs, so
 * nothing moves when it does: the grid's places are squares sized by the page's width.
 */
export const CSS = [
  '*{box-sizing:border-box;margin:0}',
  ':root{--bg:#fff;--fg:#1c1f24;--mu:#5b636e;color-scheme:light}',
  `[data-theme=dark]{${DARK}}`,
  `@media(prefers-color-scheme:dark){[data-theme=auto]{${DARK}}}`,
  'html{background:var(--bg);color:var(--fg);font:15px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}',
  'body{padding:16px}',
  'main{display:grid;gap:4px 32px;max-width:760px;margin:auto;grid-template-areas:"n" "p" "l" "g" "a" "c" "u" "r"}',
  '@media(min-width:560px){main{grid-template-columns:1fr 1.25fr;grid-template-rows:1fr repeat(7,auto) 1fr;',
  'grid-template-areas:". g" "n g" "p g" "l g" "a g" "c g" "u g" "r g" ". g"}}',
  'h1{grid-area:n;font-size:16px;font-weight:600;overflow-wrap:anywhere}',
  '#p{grid-area:p;font-size:64px;font-weight:700;line-height:1.1;letter-spacing:-.02em}',
  '.z #p{font-size:28px;line-height:2.5}',
  '.l{grid-area:l;color:var(--mu)}',
  GRID_CSS,
  '#alt{grid-area:a}',
  '#ci{grid-area:c}',
  '#up{grid-area:u}',
  '#lines{grid-area:r}',
  '.sm{font-size:12px;color:var(--mu)}',
].join('');

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
function windowWords(t: ScoreboardWords, lang: Language, w: ScoreJson['window']): string {
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

export function Page({ score, lang, t, theme, etag, now, script, lines }: PageProps) {
  const live = liveStrings(t, lang, score.window);
  const d = describe(score, live, now);
  return (
    <Document lang={lang} theme={theme} title={`${score.name} · ${t.title}`} script={script}>
      <main
        class={d.empty ? 'z' : undefined}
        data-board={score.board}
        data-etag={etag}
        data-updated={score.updated_at ?? ''}
        data-s={JSON.stringify(live)}
      >
        <h1>{score.name}</h1>
        <p id="p">{d.percent}</p>
        <p id="w" class="l">
          {d.label}
        </p>
        <PandaGrid pandas={score.pandas} />
        <p id="alt">{d.alt}</p>
        <p id="ci" class="sm">
          {d.interval}
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
    <Document lang="en" theme="auto" title="No such scoreboard" script={script}>
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
  children: ComponentChildren;
}) {
  return (
    <html lang={props.lang} dir={dirOf(props.lang)} data-theme={props.theme}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{props.title}</title>
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: CSS }} />
      </head>
      <body>
        {props.children}
        {props.script && <script dangerouslySetInnerHTML={{ __html: props.script }} />}
      </body>
    </html>
  );
}
