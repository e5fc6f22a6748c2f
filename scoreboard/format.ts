/**
 * Turning a score into words. Used by the server-rendered page and by the client script in the
 * frame, so both always say the same thing; it has no DOM and no string table of its own (the
 * words are i18n/scoreboard.ts, handed over as `LiveStrings`).
 */
import { fill, plural, type Plural } from '../i18n/languages';

/**
 * The part of the score JSON (GET /v1/boards/{board}/score) the scoreboard shows. The server passes
 * its `ScoreJson` where this is expected, so the compiler catches the two drifting apart.
 */
export interface ScoreView {
  responses: number;
  satisfied: number;
  percent: number | null;
  interval95: [number, number] | null;
  pandas: { happy: number; sad: number };
  updated_at: string | null;
}

/**
 * The strings of one language the client needs, for the page's window (filled in by the server),
 * so it says exactly what a fresh render would.
 */
export interface LiveStrings {
  /** BCP 47 language */
  l: string;
  /** "satisfied customers", before the window */
  s: string;
  /** the window in words ("last 100 ratings", "last 30 days"): said once it holds `f` answers */
  w: string;
  /** how many answers make the window in words true: its size, or for days the grid's 100 */
  f: number;
  /** before that, what the number rests on: "{n} ratings so far", "{n} ratings in the last 30 days" */
  y: Plural;
  /** the text alternative, `{s}` satisfied of `{n}`, by `{n}`: once the window holds `f` answers */
  a: Plural;
  /** the same before that ("… so far") */
  b: Plural;
  /** "Updated {t}" */
  u: string;
  /** the 95% interval in plain words: `{lo}`, `{hi}` */
  c: string;
  /** empty state */
  e: string;
}

export const num = (lang: string, n: number) => new Intl.NumberFormat(lang).format(n);

/** 97 → "97%", 99.9 → "99.9%" (or "99,9 %"): one decimal at most, as the API gives it. */
export const pct = (lang: string, p: number) =>
  new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(p / 100);

/** "now", "5 minutes ago", "3 days ago" in the page's language. */
export function ago(lang: string, then: number, now: number): string {
  const s = Math.max(0, Math.round((now - then) / 1000));
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (s < 45) return rtf.format(0, 'second');
  if (s < 3600) return rtf.format(-Math.max(1, Math.round(s / 60)), 'minute');
  if (s < 86400) return rtf.format(-Math.round(s / 3600), 'hour');
  return rtf.format(-Math.round(s / 86400), 'day');
}

/** Everything the page says about a score, as text. */
export function describe(score: ScoreView, t: LiveStrings, now: number) {
  const { l } = t;
  const n = score.responses;
  const empty = n === 0 || score.percent === null;
  // A window that does not hold its answers yet is not called by its size: "last 100 ratings" with 7 would be untrue.
  const full = n >= t.f;
  const iv = score.interval95;
  const count = num(l, n);
  return {
    empty,
    percent: empty ? t.e : pct(l, score.percent!),
    label: `${t.s} · ${full ? t.w : fill(plural(l, t.y, n), { n: count })}`,
    // with no answers the big line already says so; the sentence would only repeat it
    alt: empty ? '' : fill(plural(l, full ? t.a : t.b, n), { s: num(l, score.satisfied), n: count }),
    // in plain words, whole percentages: "very likely between 77 % and 91 %"
    interval: iv && !empty ? fill(t.c, { lo: pct(l, Math.round(iv[0])), hi: pct(l, Math.round(iv[1])) }) : '',
    updated: updated(t, score.updated_at, now),
  };
}

/** "Updated 5 minutes ago"; nothing before the first answer. */
export const updated = (t: LiveStrings, at: string | null, now: number) =>
  at ? fill(t.u, { t: ago(t.l, Date.parse(at), now) }) : '';

/** What the i-th place of the grid shows: `h` happy, `s` sad (after the happy ones), `e` empty (the rest). */
export type Place = 'h' | 's' | 'e';

export const placeAt = (i: number, p: { happy: number; sad: number }): Place =>
  i < p.happy ? 'h' : i < p.happy + p.sad ? 's' : 'e';
