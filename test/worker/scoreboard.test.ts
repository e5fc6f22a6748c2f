import { describe, expect, it } from 'vitest';
import { LANGUAGES, SCOREBOARD_WORDS, type Plural } from '../../i18n';
import { answer, call, createBoard, mint, setScore, storeAnswers } from './helpers';

/** Sets a board's live window counts directly (the scoreboard shows exactly these), updated 5 minutes ago. */
const setCounts = (id: string, yes: number, no: number) => setScore(id, yes, no, Date.now() - 5 * 60_000);

async function page(id: string, query = '', headers: Record<string, string> = {}) {
  const res = await call(`/scoreboard/${id}${query}`, { headers });
  return { res, html: await res.text() };
}

/** The grid's places in order: 'h' happy, 's' sad, 'e' empty. */
function cells(html: string): string {
  const grid = /<div class="g" aria-hidden="true">(.*?)<\/div>/s.exec(html)?.[1] ?? '';
  return [...grid.matchAll(/<i class="([hse])"><\/i>/g)].map((m) => m[1]).join('');
}

/** `n` places of each kind, in the grid's order: happy, sad, empty. */
const grid = (happy: number, sad: number) => 'h'.repeat(happy) + 's'.repeat(sad) + 'e'.repeat(100 - happy - sad);

/** What a reader sees: the page without its script and its tags (attributes included). */
const visibleText = (html: string) => html.replace(/<script>.*?<\/script>/s, '').replace(/<[^>]*>/g, ' ');

const text = (html: string, id: string) =>
  new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1]?.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(+n));

describe('the scoreboard page (server-rendered)', () => {
  it('shows "No ratings yet" and 100 empty places for a board without answers', async () => {
    const { id } = await createBoard({ name: 'Acme Support' });
    const { res, html } = await page(id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(html).toMatch(/^<!doctype html>/);
    expect(text(html, 'p')).toBe('No ratings yet');
    expect(text(html, 'alt')).toBe('');
    expect(html).toContain('<main class="z"');
    expect(cells(html)).toBe(grid(0, 0));
    expect(html).toContain('<h1>Acme Support</h1>');
    // never "last 100 ratings" while there are fewer
    expect(text(html, 'w')).toBe('satisfied customers · 0 ratings so far');
    expect(text(html, 'iv')).toBe('');
  });

  it('shows 97 happy then 3 crossed-out pandas for 97 yes and 3 no answers given through the API', async () => {
    const { id } = await createBoard();
    for (let i = 0; i < 100; i++) {
      const interaction = `T-${i}`;
      const res = await answer(id, { interaction, verdict: i < 97 ? 'yes' : 'no', token: await mint(id, interaction) });
      expect(res.status).toBe(201);
    }
    const { html } = await page(id);
    expect(cells(html)).toBe(grid(97, 3));
    expect(text(html, 'p')).toBe('97%');
    expect(text(html, 'w')).toBe('satisfied customers · last 100 ratings');
    expect(text(html, 'alt')).toBe('97 of the last 100 customers were satisfied.');
    // the interval in plain words, whole percentages, with the way to the method page
    expect(text(html, 'iv')).toMatch(/^Very likely between \d+% and \d+%$/);
    expect(html).toContain(`<a href="/scoreboard/${id}/method?lang=en" target="_blank">How this is measured</a>`);
    // each fact once on screen: the number and its words are seen, the sentence is read
    expect(html).toContain('<p id="p" aria-hidden="true">');
    expect(html).toContain('<p id="w" aria-hidden="true">');
    expect(html).toContain('<p id="alt" class="sr">');
    expect(text(html, 'up')).toBe('Updated now');
    expect(html).not.toContain('<main class="z"');
  });

  it.each([
    { yes: 999, no: 1, happy: 99, percent: '99.9%', alt: '999 of the last 1,000 customers were satisfied.' },
    { yes: 1, no: 999, happy: 1, percent: '0.1%', alt: '1 of the last 1,000 customers were satisfied.' },
    { yes: 500, no: 500, happy: 50, percent: '50%', alt: '500 of the last 1,000 customers were satisfied.' },
    { yes: 1000, no: 0, happy: 100, percent: '100%', alt: '1,000 of the last 1,000 customers were satisfied.' },
    { yes: 0, no: 1000, happy: 0, percent: '0%', alt: '0 of the last 1,000 customers were satisfied.' },
  ])('$yes yes / $no no → $happy happy pandas, $percent', async ({ yes, no, happy, percent, alt }) => {
    const { id } = await createBoard({ window: { responses: 1000 } });
    await setCounts(id, yes, no);
    const { html } = await page(id);
    expect(cells(html)).toBe(grid(happy, 100 - happy));
    expect(text(html, 'p')).toBe(percent);
    expect(text(html, 'alt')).toBe(alt);
    expect(text(html, 'up')).toBe('Updated 5 minutes ago');
    expect(text(html, 'w')).toBe('satisfied customers · last 1,000 ratings');
  });

  // A young board tells the truth: one panda per answer, the rest empty, and what the number rests on.
  const young: { window: Record<string, number>; words: [n: number, label: string, alt: string][] }[] = [
    {
      window: { responses: 100 },
      words: [
        [0, '0 ratings so far', ''],
        [1, '1 rating so far', '1 of 1 customer so far was satisfied.'],
        [7, '7 ratings so far', '5 of 7 customers so far were satisfied.'],
        [99, '99 ratings so far', '66 of 99 customers so far were satisfied.'],
        [100, 'last 100 ratings', '67 of the last 100 customers were satisfied.'],
      ],
    },
    {
      window: { days: 30 },
      words: [
        [0, '0 ratings in the last 30 days', ''],
        [1, '1 rating in the last 30 days', '1 of 1 customer in the last 30 days was satisfied.'],
        [7, '7 ratings in the last 30 days', '5 of 7 customers in the last 30 days were satisfied.'],
        [99, '99 ratings in the last 30 days', '66 of 99 customers in the last 30 days were satisfied.'],
        [100, 'last 30 days', '67 of 100 customers in the last 30 days were satisfied.'],
        [101, 'last 30 days', '68 of 101 customers in the last 30 days were satisfied.'],
      ],
    },
  ];
  describe.each(young)('with the window $window', ({ window, words }) => {
    // every third answer a "no": 5 yes and 2 no of 7, 66 and 33 of 99, 67 and 33 of 100
    const pandas: Record<number, [number, number]> = {
      0: [0, 0],
      1: [1, 0],
      7: [5, 2],
      99: [66, 33],
      100: [67, 33],
      101: [67, 33],
    };
    it.each(words)('%i answers: "%s"', async (n, label, alt) => {
      const { id } = await createBoard({ window });
      if (n > 0) await storeAnswers(id, n, { verdict: "CASE WHEN i % 3 = 0 THEN 'no' ELSE 'yes' END" });
      const { html } = await page(id);
      expect(cells(html)).toBe(grid(...pandas[n]!));
      expect(text(html, 'w')).toBe(`satisfied customers · ${label}`);
      expect(text(html, 'alt')).toBe(alt);
      expect(visibleText(html)).not.toMatch(n < 100 ? /last 100 ratings/ : /so far/);
    });
  });

  it('says the window in words for a day window', async () => {
    const { id } = await createBoard({ window: { days: 30 } });
    await setCounts(id, 135, 15);
    const { html } = await page(id);
    expect(text(html, 'w')).toBe('satisfied customers · last 30 days');
    expect(text(html, 'alt')).toBe('135 of 150 customers in the last 30 days were satisfied.');
    const { id: one } = await createBoard({ window: { days: 1 } });
    await setCounts(one, 120, 0);
    expect(text((await page(one)).html, 'w')).toBe('satisfied customers · last day');
    await setCounts(one, 1, 0);
    expect(text((await page(one)).html, 'w')).toBe('satisfied customers · 1 rating in the last day');
  });

  it('speaks the language asked for by ?lang=, else by Accept-Language, else English', async () => {
    const { id } = await createBoard();
    await setCounts(id, 97, 3);
    const de = await page(id, '?lang=de-CH');
    expect(de.html).toContain('<html lang="de"');
    expect(text(de.html, 'p')).toBe('97\u00a0%');
    expect(text(de.html, 'alt')).toBe('97 der letzten 100 Kunden waren zufrieden.');
    const fr = await page(id, '', { 'accept-language': 'xx, fr-FR;q=0.9, en;q=0.5' });
    expect(fr.html).toContain('clients satisfaits');
    expect(fr.res.headers.get('vary')).toMatch(/accept-language/i);
    const en = await page(id, '?lang=tlh');
    expect(en.html).toContain('satisfied customers');
  });

  it('takes theme=light|dark|auto, auto by default and for anything else', async () => {
    const { id } = await createBoard();
    expect((await page(id, '?theme=dark')).html).toContain('data-theme="dark"');
    expect((await page(id, '?theme=light')).html).toContain('data-theme="light"');
    expect((await page(id)).html).toContain('data-theme="auto"');
    expect((await page(id, '?theme=%22%3E')).html).toContain('data-theme="auto"');
  });

  it('escapes the board name', async () => {
    const { id } = await createBoard({ name: '<script>alert(1)</script> & Co' });
    const { html } = await page(id);
    expect(html).not.toContain('<script>alert');
    expect(html).toContain('&lt;script>alert(1)&lt;/script> &amp; Co');
  });

  it('hands the client the score ETag, so its first poll is a 304 when nothing changed', async () => {
    const { id } = await createBoard();
    await setCounts(id, 8, 2);
    const { html } = await page(id);
    const etag = /data-etag="([^"]+)"/.exec(html)?.[1]?.replace(/&quot;/g, '"');
    const res = await call(`/v1/boards/${id}/score`, { headers: { 'if-none-match': etag! } });
    expect(res.status).toBe(304);
  });
});

describe('the scoreboard page headers', () => {
  it('lets any site frame a board without allowed origins, with strict script and style sources', async () => {
    const { id } = await createBoard();
    const { res, html } = await page(id);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain('frame-ancestors *');
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("default-src 'none'");
    // the one inline stylesheet is allowed by its hash, and only it
    const css = /<style>(.*?)<\/style>/s.exec(html)![1]!;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    const hash = btoa(String.fromCharCode(...digest));
    expect(csp).toContain(`style-src 'sha256-${hash}'`);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="/);
    // the client script is inline too (one response per view), allowed by its hash alone
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(html.match(/<script/g)).toHaveLength(1);
    const sdigest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(scripts[0])));
    expect(csp).toContain(`script-src 'sha256-${btoa(String.fromCharCode(...sdigest))}'`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toMatch(/public, max-age=\d+/);
  });

  it("lets only the board's allowed origins (and the deployment itself) frame it", async () => {
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.com', 'http://localhost:3000'] });
    const { res } = await page(id);
    expect(res.headers.get('content-security-policy')).toContain(
      "frame-ancestors 'self' https://help.acme.com http://localhost:3000",
    );
  });

  it('answers an unknown board or a malformed id with a 404 page', async () => {
    for (const path of ['/scoreboard/no-such-board', '/scoreboard/Not_A_Board']) {
      const res = await call(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(await res.text()).toContain('No such scoreboard');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('names an unknown board only by a valid id: markup or a bidi override from the address is never shown', async () => {
    const named = await (await call('/scoreboard/no-such-board')).text();
    expect(visibleText(named)).toContain('There is no board named “no-such-board” here.');
    for (const id of ['%E2%80%AEdraob-emos', '%3Cb%3Eacme%3C%2Fb%3E', 'acme%E2%80%8F', 'ACME', '-acme']) {
      const res = await call(`/scoreboard/${id}`);
      expect(res.status).toBe(404);
      const html = await res.text();
      expect(visibleText(html)).toContain('There is no board at this address. Check the address or the embed code.');
      expect(html).not.toMatch(/\u202e|\u200f|<b>|&lt;b|acme|ACME|draob/);
    }
  });

  it('gives the 404 page the client script (allowed by its hash), so an embedding frame learns its height', async () => {
    const res = await call('/scoreboard/no-such-board');
    const html = await res.text();
    const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toContain('pandameter:resize');
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(scripts[0])));
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`script-src 'sha256-${btoa(String.fromCharCode(...digest))}'`);
    expect(csp).toContain('frame-ancestors *');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the scoreboard wording', () => {
  const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  const isPlural = (v: unknown): v is Plural => typeof v === 'object' && v !== null;

  it('has every phrase in every language, each plural form one the language has, with English placeholders', () => {
    const en = SCOREBOARD_WORDS.en;
    for (const lang of LANGUAGES) {
      const t = SCOREBOARD_WORDS[lang];
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const key of Object.keys(en) as (keyof typeof en)[]) {
        const english = en[key];
        const phrase = t[key];
        if (!isPlural(english) || !isPlural(phrase)) {
          expect(phrase, `${lang}.${key}`).toBeTruthy();
          expect(holes(phrase as string), `${lang}.${key}`).toEqual(holes(english as string));
          continue;
        }
        // `other` says everything English says; a form for one number (one, two) may leave the number out.
        expect(holes(phrase.other), `${lang}.${key}.other`).toEqual(holes(english.other));
        for (const [form, text] of Object.entries(phrase)) {
          expect(categories, `${lang}.${key}: ${lang} has no "${form}" form`).toContain(form);
          for (const hole of holes(text!)) expect(holes(english.other), `${lang}.${key}.${form}`).toContain(hole);
        }
      }
    }
    // Arabic needs all its forms: 1, 2, 3–10, 11–99 and 100 read differently.
    expect(Object.keys(SCOREBOARD_WORDS.ar.alt).sort()).toEqual(['few', 'many', 'one', 'other', 'two']);
  });

  it('words a count by Intl.PluralRules: one customer is not "customers"', async () => {
    const { id } = await createBoard({ window: { responses: 1000 } });
    await setCounts(id, 1, 0);
    expect(text((await page(id, '?lang=en')).html, 'alt')).toBe('1 of 1 customer so far was satisfied.');
    expect(text((await page(id, '?lang=en')).html, 'w')).toBe('satisfied customers · 1 rating so far');
    expect(text((await page(id, '?lang=fr')).html, 'alt')).toBe('1 client sur 1 à ce jour était satisfait.');
    expect(text((await page(id, '?lang=de')).html, 'alt')).toBe('1 von bisher 1 Kunden war zufrieden.');
    // Arabic: 3 → plural (few), 11 → singular accusative (many), 100 → singular genitive (other).
    const arabic = async (n: number) => {
      await setCounts(id, n, 0);
      const { html } = await page(id, '?lang=ar');
      return [text(html, 'w'), text(html, 'alt')];
    };
    const n = (x: number) => new Intl.NumberFormat('ar').format(x);
    expect(await arabic(3)).toEqual([
      `عملاء راضون · ${n(3)} تقييمات حتى الآن`,
      `${n(3)} من ${n(3)} عملاء حتى الآن كانوا راضين.`,
    ]);
    expect(await arabic(11)).toEqual([
      `عملاء راضون · ${n(11)} تقييمًا حتى الآن`,
      `${n(11)} من ${n(11)} عميلًا حتى الآن كانوا راضين.`,
    ]);
    expect(await arabic(100)).toEqual([
      `عملاء راضون · ${n(100)} تقييم حتى الآن`,
      `${n(100)} من ${n(100)} عميل حتى الآن كانوا راضين.`,
    ]);
    // a full window: the window in words
    const { id: full } = await createBoard({ window: { responses: 100 } });
    await setCounts(full, 100, 0);
    const { html } = await page(full, '?lang=ar');
    expect(text(html, 'w')).toBe(`عملاء راضون · آخر ${n(100)} تقييم`);
    expect(text(html, 'alt')).toBe(`${n(100)} من آخر ${n(100)} عميل كانوا راضين.`);
  });

  it('speaks all eleven languages, Arabic right to left, zh-TW in Traditional Chinese', async () => {
    const { id } = await createBoard();
    await setCounts(id, 97, 3);
    for (const lang of LANGUAGES) {
      const { html, res } = await page(id, `?lang=${lang}`);
      expect(res.status).toBe(200);
      expect(html).toContain(`<html lang="${lang}" dir="${lang === 'ar' ? 'rtl' : 'ltr'}"`);
      expect(html).toContain(SCOREBOARD_WORDS[lang].satisfied);
    }
    const tw = await page(id, '', { 'accept-language': 'zh-TW,zh;q=0.9,en;q=0.5' });
    expect(tw.html).toContain('<html lang="zh-Hant"');
    expect(tw.html).toContain('滿意的客戶');
    const cn = await page(id, '', { 'accept-language': 'zh-CN' });
    expect(cn.html).toContain('满意的客户');
  });
});
