/**
 * The one wording module (i18n/) and the one way every surface chooses a language. What is checked
 * is what a customer would notice: the language they get for what their browser or page says, and
 * that every phrase exists in every language.
 */
import { describe, expect, it } from 'vitest';
import {
  ANSWER_WORDS,
  byPreference,
  chooseLanguage,
  dirOf,
  firstSpoken,
  LANGUAGES,
  plural,
  RATE_PAGE_WORDS,
} from '../../i18n';

describe('choosing the language', () => {
  it('ranks Accept-Language by q-value, ties in the order given, and skips q=0', () => {
    expect(byPreference('fr-CA;q=0.5, de-CH;q=0.9, en, xx;q=0, ja; q=0.9')).toEqual(['en', 'de-CH', 'ja', 'fr-CA']);
    expect(chooseLanguage(undefined, 'fr-CA;q=0.5, de-CH;q=0.9, xx')).toBe('de');
    expect(chooseLanguage(undefined, 'de;q=0, fr;q=0.1')).toBe('fr');
  });

  it('an explicit choice (?lang=, data-lang) wins over the header when we speak it', () => {
    expect(chooseLanguage('ar', 'de')).toBe('ar');
    expect(chooseLanguage('tlh', 'de')).toBe('de');
    expect(chooseLanguage('', 'nl')).toBe('nl');
  });

  it('counts a tag by its language: regions, 3-letter codes, underscores; never by its first two letters', () => {
    expect(firstSpoken(['pt-BR'])).toBe('pt');
    expect(firstSpoken(['pt_BR'])).toBe('pt');
    expect(firstSpoken(['deu'])).toBe('de');
    expect(firstSpoken(['ara'])).toBe('ar');
    expect(firstSpoken(['jav'])).toBeUndefined(); // Javanese, not Japanese
    expect(firstSpoken(['arn'])).toBeUndefined(); // Mapudungun, not Arabic
    expect(firstSpoken(['*', '', 'not a tag!', undefined, null])).toBeUndefined();
  });

  it('reads Chinese by script: Taiwan, Hong Kong and Hant are Traditional; China, Singapore and plain zh Simplified', () => {
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN'])
      expect(firstSpoken([tag]), tag).toBe('zh-Hant');
    for (const tag of ['zh', 'zh-CN', 'zh-SG', 'zh-Hans', 'zho']) expect(firstSpoken([tag]), tag).toBe('zh');
  });

  it('falls back to English, and reads a long header only so far', () => {
    expect(chooseLanguage(undefined, undefined)).toBe('en');
    expect(chooseLanguage(undefined, 'xx, yy')).toBe('en');
    const long = Array.from({ length: 40 }, (_, i) => `x${i}`).join(',') + ',de';
    expect(chooseLanguage(undefined, long)).toBe('en');
  });

  it('writes Arabic right to left, the rest left to right', () => {
    expect(LANGUAGES.filter((l) => dirOf(l) === 'rtl')).toEqual(['ar']);
  });
});

describe('plurals', () => {
  it('pick the form Intl.PluralRules names, else "other"', () => {
    const days = { one: 'one', two: 'two', few: 'few', many: 'many', other: 'other' };
    expect([0, 1, 2, 3, 10, 11, 99, 100].map((n) => plural('ar', days, n))).toEqual([
      'other', // "zero" has no form of its own here
      'one',
      'two',
      'few',
      'few',
      'many',
      'many',
      'other',
    ]);
    expect(plural('fr', { one: 'un', other: 'plusieurs' }, 0)).toBe('un');
    expect(plural('en', { one: 'one', other: 'other' }, 0)).toBe('other');
    expect(plural('ja', { other: 'ひとつ' }, 1)).toBe('ひとつ');
  });
});

describe('the wording', () => {
  it('has every phrase of the answer form and of the rating page in every language', () => {
    for (const lang of LANGUAGES) {
      for (const [key, phrase] of Object.entries(ANSWER_WORDS[lang])) {
        expect(phrase.trim(), `${lang}.${key}`).not.toBe('');
        // The widget's compact table joins phrases with "|".
        expect(phrase, `${lang}.${key}`).not.toContain('|');
      }
      expect(Object.keys(ANSWER_WORDS[lang])).toEqual(Object.keys(ANSWER_WORDS.en));
      for (const [key, phrase] of Object.entries(RATE_PAGE_WORDS[lang]))
        expect(phrase.trim(), `${lang}.${key}`).not.toBe('');
      expect(Object.keys(RATE_PAGE_WORDS[lang])).toEqual(Object.keys(RATE_PAGE_WORDS.en));
    }
  });
});
