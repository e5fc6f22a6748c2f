/**
 * The scoreboard's method page (/scoreboard/{board}/method): how the number is made, in plain words
 * and in every language — the question, the window, the formula, the interval, the response rate,
 * and that no answer is edited or filtered. Plain HTML: no JavaScript, its one stylesheet allowed
 * by hash, and framed by no one (it opens in a tab of its own from the scoreboard's link).
 */
import { ANSWER_WORDS, dirOf, fill, METHOD_WORDS, type Language, type ScoreboardWords } from '../../../i18n';
import { num, pct } from '../../../scoreboard/format';
import { hashSource, renderDocument } from '../../lib/html';
import type { ScoreJson } from '../../score';
import { windowWords } from './Page';

export const METHOD_CSS =
  '*{box-sizing:border-box}:root{color-scheme:light dark;--fg:#1c1f24;--bg:#fff;--mu:#5b636e}' +
  '@media(prefers-color-scheme:dark){:root{--fg:#eef0f3;--bg:#17191e;--mu:#a4abb6}}' +
  'body{margin:0;background:var(--bg);color:var(--fg);font:17px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif}' +
  'main{max-width:40rem;margin:auto;padding:2rem 1.25rem}h1{font-size:1.5rem;line-height:1.3;margin:0 0 .25rem}' +
  '.meta{color:var(--mu);margin:0 0 1.5rem}p{margin:0 0 1rem}.f{font-weight:600}a{color:inherit}';

export interface MethodProps {
  score: ScoreJson;
  lang: Language;
  t: ScoreboardWords;
  /** the response rate of the score's period, when the board has asks */
  responseRate: number | null;
  /** the scoreboard page, for the way back */
  backUrl: string;
}

export function MethodPage({ score, lang, t, responseRate, backUrl }: MethodProps) {
  const m = METHOD_WORDS[lang];
  const iv = score.interval95;
  return (
    <html lang={lang} dir={dirOf(lang)}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{`${m.title} · ${score.name}`}</title>
        <meta name="description" content={m.formula} />
        <link rel="icon" href="data:," />
        <style dangerouslySetInnerHTML={{ __html: METHOD_CSS }} />
      </head>
      <body>
        <main>
          <h1>{m.title}</h1>
          <p class="meta">
            <bdi>{score.name}</bdi> · {t.title}
          </p>
          <p>{fill(m.question, { q: ANSWER_WORDS[lang].question })}</p>
          <p>{fill(m.window, { w: windowWords(t, lang, score.window) })}</p>
          <p class="f">{m.formula}</p>
          <p>
            {iv
              ? fill(m.interval, { n: num(lang, score.responses), lo: pct(lang, iv[0]), hi: pct(lang, iv[1]) })
              : m.noInterval}
          </p>
          <p>{fill(m.responseRate, { r: responseRate === null ? '—' : pct(lang, responseRate) })}</p>
          <p>{m.untouched}</p>
          <p>
            <a href={backUrl}>{m.back}</a>
          </p>
        </main>
      </body>
    </html>
  );
}

export const renderMethod = (props: MethodProps) => renderDocument(<MethodPage {...props} />);

/** No script at all, the stylesheet by its hash, never framed. */
export const methodCsp = async () =>
  [
    "default-src 'none'",
    `style-src ${await hashSource(METHOD_CSS)}`,
    // the empty favicon (data:,), so the browser asks for no /favicon.ico
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
