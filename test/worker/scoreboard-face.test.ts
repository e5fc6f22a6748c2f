/**
 * The scoreboard's brand colour and its method page (issue 18.4): `?accent=` or the board's accent
 * colours the number where it reads (3:1 on that theme's background, else the text colour), under
 * a CSP that allows exactly that stylesheet; the method page explains the number in every language,
 * with no script, never framed, and a friendly 404.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS, LANGUAGES, METHOD_WORDS } from '../../i18n';
import { call, createBoard, storeAnswers } from './helpers';

/** The --ac (number colour) of the light and the dark theme in a page's stylesheet. */
function numberColours(html: string) {
  const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
  const [light, dark] = [...css.matchAll(/--ac:(#[0-9a-f]{6})/g)].map((m) => m[1]);
  return { css, light, dark };
}

async function styleHash(css: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
  return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
}

describe('the brand colour on the scoreboard', () => {
  it('?accent= colours the number in each theme where it reads, else the text colour stays', async () => {
    const { id } = await createBoard();
    await storeAnswers(id, 20);
    const cases: [string, string, string][] = [
      ['%230b7a3e', '#0b7a3e', '#0b7a3e'], // reads on both (5.4:1 on white, 3.2:1 on the dark page)
      ['0B57D0', '#0b57d0', '#eef0f3'], // dark blue: too dark on the dark page
      ['ffd700', '#1c1f24', '#ffd700'], // gold: too pale on white
    ];
    for (const [query, light, dark] of cases) {
      const res = await call(`/scoreboard/${id}?lang=en&accent=${query}`);
      const html = await res.text();
      expect(numberColours(html), query).toMatchObject({ light, dark });
      // the CSP allows exactly this stylesheet
      expect(res.headers.get('content-security-policy')).toContain(
        `style-src ${await styleHash(numberColours(html).css)}`,
      );
    }
  });

  it("the board's accent applies without ?accent=, and ?accent= overrides it; nonsense is ignored", async () => {
    const { id } = await createBoard({ accent: '#8a2be2' });
    await storeAnswers(id, 5);
    expect(numberColours(await (await call(`/scoreboard/${id}`)).text()).light).toBe('#8a2be2');
    expect(numberColours(await (await call(`/scoreboard/${id}?accent=0b7a3e`)).text()).light).toBe('#0b7a3e');
    const odd = await call(`/scoreboard/${id}?accent=red;}body{display:none`);
    expect(odd.status).toBe(200);
    expect(numberColours(await odd.text()).light).toBe('#8a2be2');
  });
});

describe('the method page', () => {
  it('explains the question, the window, the formula, the interval, the response rate and that nothing is filtered', async () => {
    const { id } = await createBoard({ name: 'Acme Support' });
    await storeAnswers(id, 40, { verdict: "CASE WHEN i % 4 = 0 THEN 'no' ELSE 'yes' END" });
    const res = await call(`/scoreboard/${id}/method?lang=en`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('script-src');
    const html = await res.text();
    expect(html).not.toContain('<script');
    expect(html).toMatch(/^<!doctype html><html lang="en" dir="ltr">/);
    expect(html).toContain('<h1>How this score is measured</h1>');
    expect(html).toContain('“Are you satisfied with the response you got?”');
    expect(html).toContain('The score counts the last 100 ratings.');
    expect(html).toContain('Satisfaction = Yes answers ÷ (Yes + No answers) × 100, with one decimal.');
    expect(html).toMatch(
      /with 40 ratings, the real share of satisfied customers is very likely \(95 % Wilson interval\) between \d+(\.\d)?% and \d+(\.\d)?%/,
    );
    expect(html).toContain('Response rate: of the customers asked in the same period, the share who answered: 100%.');
    expect(html).toContain('No answer is edited, filtered or weighted');
    expect(html).toContain(`<a href="/scoreboard/${id}?lang=en">Back to the scoreboard</a>`);
  });

  it('speaks every language, right to left in Arabic; a board without answers has no range', async () => {
    const { id } = await createBoard();
    for (const lang of LANGUAGES) {
      const html = await (await call(`/scoreboard/${id}/method?lang=${lang}`)).text();
      expect(html, lang).toContain(`<h1>${METHOD_WORDS[lang].title}</h1>`);
      expect(html, lang).toContain(ANSWER_WORDS[lang].question);
      expect(html, lang).toContain(METHOD_WORDS[lang].noInterval);
      expect(html, lang).toContain(`dir="${lang == 'ar' ? 'rtl' : 'ltr'}"`);
    }
  });

  it('an unknown board gets the friendly 404 page', async () => {
    const res = await call('/scoreboard/no-such-board/method');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('No such scoreboard');
  });
});
