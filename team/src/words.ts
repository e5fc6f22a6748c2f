/**
 * The page's words and numbers: the language's words come inlined in the page (`#team-words`, one
 * language, put there by the worker from i18n/team.ts), so the script carries none of its own.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { fill, plural, type Plural } from '../../i18n/languages';
import type { TeamWords } from '../../i18n/team';
import { ApiFailure } from './api';

export interface Words {
  lang: string;
  w: TeamWords;
  /** a phrase with `{x}` filled */
  t(key: KeysOf<string>, values?: Record<string, string | number>): string;
  /** a counted phrase, by `n` (also filled as `{n}`) */
  p(key: KeysOf<Plural>, n: number, values?: Record<string, string | number>): string;
  num(n: number): string;
  pct(p: number): string;
  /** an API period label (YYYY-MM-DD or YYYY-MM) in the page's language */
  period(label: string, interval: 'day' | 'week' | 'month'): string;
}

type KeysOf<V> = { [K in keyof TeamWords]: TeamWords[K] extends V ? K : never }[keyof TeamWords];

export function makeWords(lang: string, w: TeamWords): Words {
  const numbers = new Intl.NumberFormat(lang);
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
  const day = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(lang, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  return {
    lang,
    w,
    t: (key, values = {}) => fill(w[key] as string, values),
    p: (key, n, values = {}) => fill(plural(lang, w[key] as Plural, n), { n: numbers.format(n), ...values }),
    num: (n) => numbers.format(n),
    pct: (p) => percents.format(p / 100),
    period: (label, interval) =>
      (interval === 'month' ? month : day).format(new Date(label.length === 7 ? `${label}-01` : label)),
  };
}

export const WordsContext = createContext<Words>(null as unknown as Words);
export const useWords = () => useContext(WordsContext);

/** A failure in words: a 401 is `unauthorized` (what it means depends on what was tried). */
export function describe(e: unknown, unauthorized: string, t: Words['t']): string {
  if (!(e instanceof ApiFailure)) return t('failed', { message: String(e) });
  if (e.status === 401) return unauthorized;
  if (e.status === 0) return t('offline');
  return t('failed', { message: e.message || e.code });
}
