/**
 * The languages Pandameter speaks, and the one way every surface (widget, rating page, scoreboard)
 * chooses among them. No wording here: the widget imports this file as it is, so it stays small.
 */

/** Every language of every surface, in the order the docs list them. `zh` is Simplified Chinese. */
export const LANGUAGES = ['en', 'de', 'fr', 'es', 'pt', 'it', 'nl', 'ja', 'zh', 'zh-Hant', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Languages written right to left. */
export const dirOf = (language: Language): 'rtl' | 'ltr' => (language == 'ar' ? 'rtl' : 'ltr');

/**
 * The first of `tags` (BCP 47, most wanted first) that we speak. A tag counts by its language
 * subtag after canonicalisation (so 3-letter codes such as `deu` or `ara` count as `de` and `ar`,
 * while `jav` is Javanese, not Japanese) and, for Chinese, by its script: `zh-TW`, `zh-HK` and
 * `zh-Hant` are Traditional, `zh` and `zh-CN` Simplified.
 */
export function firstSpoken(tags: readonly (string | null | undefined)[]): Language | undefined {
  for (const tag of tags) {
    try {
      const locale = new Intl.Locale(tag!.trim().replace(/_/g, '-'));
      const language = locale.language == 'zh' && locale.maximize().script == 'Hant' ? 'zh-Hant' : locale.language;
      if (LANGUAGES.includes(language as Language)) return language as Language;
    } catch {
      // no tag, "*", or not a language tag at all
    }
  }
  return undefined;
}

/**
 * The tags of an Accept-Language value (`fr-CA;q=0.5, de-CH;q=0.9, *;q=0.1`) by q-value, highest
 * first, ties in the order given; q=0 means "not this one".
 */
export function byPreference(acceptLanguage: string | null | undefined): string[] {
  return (
    (acceptLanguage || '')
      .split(',')
      // A header is the client's to write: a few dozen entries are plenty, and bound the work.
      .slice(0, 32)
      .map((choice) => {
        const [tag = '', q = '1'] = choice.split(/;\s*q\s*=/);
        return { tag: tag.trim(), q: Number(q) };
      })
      .filter((choice) => choice.q > 0)
      .sort((a, b) => b.q - a.q)
      .map((choice) => choice.tag)
  );
}

/**
 * The language of a page or a request, the one negotiation of every surface: the explicit choice
 * (`?lang=`, a form's `lang`, the widget's `data-lang`) if we speak it, else the best of the
 * Accept-Language value, else English. (The widget has no header; it passes its page's `lang` and
 * the browser's languages to `firstSpoken` the same way.)
 */
export const chooseLanguage = (explicit: string | null | undefined, acceptLanguage?: string | null): Language =>
  firstSpoken([explicit, ...byPreference(acceptLanguage)]) || 'en';

/** A phrase that changes with a number, by plural category (CLDR: zero, one, two, few, many, other). */
export type Plural = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The form of `phrase` for the number `n` in `language`, chosen by Intl.PluralRules. */
export const plural = (language: string, phrase: Plural, n: number): string =>
  phrase[new Intl.PluralRules(language).select(n)] ?? phrase.other;

/** `{name}` placeholders from `values`; an unknown name stays as written. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
