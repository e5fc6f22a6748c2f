/**
 * The team page's words (i18n/team.ts): every phrase in every language, each plural form one the
 * language has, the placeholders English has. (No browser needed: the page shows what the worker
 * inlines from this table, so a hole here is a hole on the page.)
 */
import { describe, expect, it } from 'vitest';
import { LANGUAGES, type Plural } from '../../i18n';
import { TEAM_WORDS } from '../../i18n/team';

const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const isPlural = (v: unknown): v is Plural => typeof v === 'object' && v !== null;

describe('the team page’s words', () => {
  it('has every phrase in every language, with English’s placeholders and only plural forms the language has', () => {
    const en = TEAM_WORDS.en;
    for (const lang of LANGUAGES) {
      const words = TEAM_WORDS[lang];
      expect(Object.keys(words).sort(), lang).toEqual(Object.keys(en).sort());
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const english = en[key];
        const phrase = words[key];
        if (!isPlural(english) || !isPlural(phrase)) {
          expect(typeof phrase, `${lang}.${key}`).toBe('string');
          expect(holes(phrase as string), `${lang}.${key}`).toEqual(holes(english as string));
          continue;
        }
        expect(holes(phrase.other), `${lang}.${key}.other`).toEqual(holes(english.other));
        for (const [form, text] of Object.entries(phrase)) {
          expect(categories, `${lang}.${key}: ${lang} has no "${form}" form`).toContain(form);
          // a form for one number (one, two) may leave the number out, never add a placeholder
          for (const hole of holes(text!)) expect(holes(english.other), `${lang}.${key}.${form}`).toContain(hole);
        }
      }
    }
  });

  it('says a count in Arabic by its form: 1, 2, 3–10, 11–99 and 100 read differently', () => {
    const ar = TEAM_WORDS.ar;
    for (const key of ['answers', 'times', 'point'] as const)
      expect(Object.keys(ar[key]).sort(), key).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
  });

  it('is not English in the other languages', () => {
    for (const lang of LANGUAGES.filter((l) => l !== 'en'))
      expect(TEAM_WORDS[lang].signInTitle, lang).not.toBe(TEAM_WORDS.en.signInTitle);
  });
});
