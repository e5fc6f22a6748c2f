import { describe, expect, it } from 'vitest';
import { ADMIN, call, createBoard, env, json, mint } from './helpers';
import { mintToken } from '../../worker/lib/tokens';
import { ANSWER_WORDS, LANGUAGES, RATE_PAGE_WORDS } from '../../i18n';

const ratePath = (board: string, interaction: string) => `/rate/${board}/${encodeURIComponent(interaction)}`;

/** Rows written by one request, from the worker's own D1 meter (Server-Timing). */
function rowsWritten(res: Response): number {
  const m = /rows_written=(\d+)/.exec(res.headers.get('server-timing') ?? '');
  return m ? Number(m[1]) : 0;
}

/** Everything stored for a board, so "nothing changed" is checked on the data itself. */
async function snapshot(board: string) {
  const q = (sql: string) => env.DB.prepare(sql).bind(board).all();
  return JSON.stringify(
    await Promise.all([
      q('SELECT * FROM boards WHERE id = ?1'),
      q('SELECT * FROM responses WHERE board_id = ?1 ORDER BY interaction'),
      q('SELECT * FROM counts WHERE board_id = ?1 ORDER BY dim, block, key'),
    ]).then((rs) => rs.map((r) => r.results)),
  );
}

const stored = async (board: string) =>
  (await env.DB.prepare('SELECT * FROM responses WHERE board_id = ?1').bind(board).all()).results;

function post(
  board: string,
  interaction: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
) {
  return call(ratePath(board, interaction), {
    method: 'POST',
    raw: new URLSearchParams(fields).toString(),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

/** A board, a token for `interaction`, and the link a support e-mail would carry. */
async function link(interaction = 'T-1234', board?: { id: string }) {
  const b = board ?? (await createBoard());
  const token = await mint(b.id, interaction);
  return { board: b.id, interaction, token, url: `${ratePath(b.id, interaction)}?token=${encodeURIComponent(token)}` };
}

describe('GET /rate/{board}/{interaction}', () => {
  it("offers the board's reasons as checkboxes after the choice, each label in the page's language", async () => {
    const board = await createBoard({
      reasons: [
        { id: 'slow', label: { en: 'Too slow', de: 'Zu langsam' } },
        { id: 'unclear', label: 'Unclear answer' },
      ],
    });
    const l = await link('T-r', board);
    const html = await (await call(`${l.url}&verdict=no`)).text();
    expect(html).toContain('<p id="better" class="better">What could we have done better?</p>');
    expect(html).toContain('<input type="checkbox" name="reasons" value="slow"/> Too slow');
    expect(html).toContain('<input type="checkbox" name="reasons" value="unclear"/> Unclear answer');
    const de = await (await call(`${l.url}&verdict=no&lang=de`)).text();
    expect(de).toContain('Was hätten wir besser machen können?');
    expect(de).toContain('value="slow"/> Zu langsam');
    expect(de).toContain('value="unclear"/> Unclear answer');
    // a board without reasons shows none
    const plain = await (await call(`${(await link('T-p')).url}&verdict=no`)).text();
    expect(plain).not.toContain('name="reasons"');
  });

  it('shows the question, the choice from the link preselected, a comment box and a confirm button', async () => {
    const l = await link();
    const res = await call(`${l.url}&verdict=no`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('Are you satisfied with the response you got?');
    expect(html).toMatch(/<input type="radio" name="verdict" value="no" checked/);
    expect(html).not.toMatch(/value="yes" checked/);
    expect(html).toContain(`<form method="post" action="${ratePath(l.board, l.interaction)}"`);
    expect(html).toContain(`<input type="hidden" name="token" value="${l.token}"/>`);
    expect(html).toContain('<textarea id="comment" name="comment"');
    expect(html).toContain('<button type="submit">Send my answer</button>');
    expect(html).not.toMatch(/<script/i);
  });

  it('offers both choices, none selected, when the link has no verdict', async () => {
    const l = await link();
    const html = await (await call(l.url)).text();
    expect(html).not.toMatch(/value="(yes|no)" checked/);
    expect(html).toContain('value="yes"');
    expect(html).toContain('value="no"');
  });

  it('sets a strict CSP, no referrer, no framing, no caching', async () => {
    const l = await link();
    const res = await call(`${l.url}&verdict=yes`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('script-src');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("form-action 'self'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('the style hash in the CSP is the hash of the page’s one inline style', async () => {
    const l = await link();
    const res = await call(l.url);
    const html = await res.text();
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? '';
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css));
    const b64 = btoa(String.fromCharCode(...new Uint8Array(digest)));
    expect(res.headers.get('content-security-policy')).toContain(`style-src 'sha256-${b64}'`);
    expect(html.match(/<style/g)).toHaveLength(1);
    expect(html).not.toMatch(/ style=/);
  });

  it('1,000 GET and HEAD requests (what link scanners do) write 0 rows', async () => {
    const l = await link('T-scan');
    const other = await link('T-scan-answered', { id: l.board });
    // An answered interaction must not change either.
    expect((await post(l.board, other.interaction, { token: other.token, verdict: 'yes' })).status).toBe(200);
    const before = await snapshot(l.board);
    const urls = [`${l.url}&verdict=yes`, `${l.url}&verdict=no`, `${other.url}&verdict=no`, l.url];
    let written = 0;
    let metered = 0;
    for (let i = 0; i < 1000; i += 20) {
      const batch = await Promise.all(
        Array.from({ length: 20 }, (_, j) =>
          call(urls[(i + j) % urls.length]!, { method: (i + j) % 2 === 0 ? 'GET' : 'HEAD' }),
        ),
      );
      for (const res of batch) {
        expect(res.status).toBe(200);
        if (res.headers.has('server-timing')) metered += 1;
        written += rowsWritten(res);
        await res.body?.cancel();
      }
    }
    expect(metered).toBe(1000); // every request read the board through the meter…
    expect(written).toBe(0); // …and none wrote a row
    expect(await snapshot(l.board)).toBe(before);
    expect(await stored(l.board)).toHaveLength(1);
  }, 300_000);

  it('HEAD answers like GET without a body', async () => {
    const l = await link();
    const res = await call(l.url, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.text()).toBe('');
  });
});

describe('bad links get a friendly page, not a form', () => {
  const friendly = async (res: Response, status: number, title: RegExp) => {
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).toMatch(title);
    expect(html).toContain('Please reply to the e-mail instead');
    expect(html).not.toContain('<form');
  };

  it('missing token → 401', async () => {
    const l = await link();
    await friendly(await call(`${ratePath(l.board, l.interaction)}?verdict=yes`), 401, /does not work/);
  });

  it('forged or malformed token → 401', async () => {
    const l = await link();
    const forged = l.token.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A'));
    await friendly(await call(`${ratePath(l.board, l.interaction)}?token=${forged}`), 401, /does not work/);
    await friendly(await call(`${ratePath(l.board, l.interaction)}?token=nonsense`), 401, /does not work/);
  });

  it('a token for another interaction or another board → 401', async () => {
    const l = await link('T-1');
    const t2 = await mint(l.board, 'T-2');
    await friendly(await call(`${ratePath(l.board, 'T-1')}?token=${t2}`), 401, /does not work/);
    const other = await createBoard();
    await friendly(await call(`${ratePath(other.id, 'T-1')}?token=${l.token}`), 401, /does not work/);
  });

  it('an expired token → 401 that says it has expired', async () => {
    const { id, secret } = await createBoard();
    const token = await mintToken(secret, id, 'T-old', Math.floor(Date.now() / 1000) - 60);
    await friendly(await call(`${ratePath(id, 'T-old')}?token=${token}&verdict=yes`), 401, /has expired/);
  });

  it('an unknown board or an impossible interaction id → 404', async () => {
    const l = await link();
    await friendly(await call(`/rate/no-such-board/T-1?token=${l.token}`), 404, /does not work/);
    await friendly(await call(`/rate/X_bad/T-1?token=${l.token}`), 404, /does not work/);
    await friendly(await call(`/rate/${l.board}/${'x'.repeat(129)}?token=${l.token}`), 404, /does not work/);
    await friendly(await call(`/rate/${l.board}/T%01?token=${l.token}`), 404, /does not work/);
  });

  it('speaks the customer’s language on the error page too', async () => {
    const l = await link();
    const res = await call(`${ratePath(l.board, l.interaction)}?token=x`, { headers: { 'accept-language': 'de' } });
    expect(res.status).toBe(401);
    expect(await res.text()).toContain('Dieser Bewertungslink funktioniert nicht');
  });

  it('a POST with a bad or expired token stores nothing', async () => {
    const { id, secret } = await createBoard();
    const expired = await mintToken(secret, id, 'T-1', Math.floor(Date.now() / 1000) - 1);
    const before = await snapshot(id);
    await friendly(await post(id, 'T-1', { token: expired, verdict: 'yes' }), 401, /has expired/);
    await friendly(await post(id, 'T-1', { token: 'nonsense', verdict: 'yes' }), 401, /does not work/);
    await friendly(await post(id, 'T-1', { verdict: 'yes' }), 401, /does not work/);
    await friendly(await post(id, 'T-1', { token: 'x'.repeat(300), verdict: 'yes' }), 401, /does not work/);
    expect(await snapshot(id)).toBe(before);
  });
});

describe('POST /rate/{board}/{interaction}', () => {
  it('a form POST records one answer and shows the thanks; a replay writes no more', async () => {
    const l = await link();
    const res = await post(l.board, l.interaction, { token: l.token, verdict: 'yes', comment: '', lang: 'en' });
    expect(res.status).toBe(200);
    expect(rowsWritten(res)).toBeGreaterThan(0);
    const html = await res.text();
    expect(html).toContain('Thank you!');
    expect(html).toMatch(/Your answer: <strong class="verdict">Yes<\/strong>/);
    expect(html).toContain('<button type="submit">Save comment</button>');
    const rows = await stored(l.board);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interaction: l.interaction, verdict: 'yes', comment: null, locale: 'en' });

    const after = await snapshot(l.board);
    const replay = await post(l.board, l.interaction, { token: l.token, verdict: 'yes', comment: '', lang: 'en' });
    expect(replay.status).toBe(200);
    expect(await replay.text()).toContain('Thank you!');
    // Nothing changed: not a row added, not a value (updated_at included), not a count…
    expect(await snapshot(l.board)).toBe(after);
    // …and D1 wrote nothing at all.
    expect(rowsWritten(replay)).toBe(0);

    const s = await json(await call(`/v1/boards/${l.board}/score`));
    expect(s).toMatchObject({ responses: 1, satisfied: 1, unsatisfied: 0 });
  });

  it('goes through the same path as the JSON API: one answer per interaction, the last one counts', async () => {
    const l = await link();
    const api = await call(`/v1/boards/${l.board}/responses`, {
      method: 'POST',
      body: { interaction: l.interaction, verdict: 'yes', token: l.token, comment: 'from the widget' },
    });
    expect(api.status).toBe(201);
    const res = await post(l.board, l.interaction, { token: l.token, verdict: 'no', comment: '' });
    expect(res.status).toBe(200);
    // An empty box on the first page keeps the stored comment; the thank-you page shows it.
    expect(await res.text()).toContain('>from the widget</textarea>');
    const rows = await stored(l.board);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ verdict: 'no', comment: 'from the widget' });
    expect(await json(await call(`/v1/boards/${l.board}/score`))).toMatchObject({ satisfied: 0, unsatisfied: 1 });
  });

  it('the thank-you page adds, changes and removes the comment', async () => {
    const l = await link();
    await post(l.board, l.interaction, { token: l.token, verdict: 'no' });
    const add = await post(l.board, l.interaction, {
      token: l.token,
      verdict: 'no',
      step: 'comment',
      comment: '  Took three days.  ',
    });
    expect(add.status).toBe(200);
    const html = await add.text();
    expect(html).toContain('Comment saved.');
    expect(html).toContain('>Took three days.</textarea>');
    expect((await stored(l.board))[0]).toMatchObject({ verdict: 'no', comment: 'Took three days.' });

    const before = await snapshot(l.board);
    const again = await post(l.board, l.interaction, {
      token: l.token,
      verdict: 'no',
      step: 'comment',
      comment: 'Took three days.',
    });
    expect(again.status).toBe(200);
    expect(rowsWritten(again)).toBe(0);
    expect(await snapshot(l.board)).toBe(before);

    await post(l.board, l.interaction, { token: l.token, verdict: 'no', step: 'comment', comment: '' });
    expect((await stored(l.board))[0]).toMatchObject({ verdict: 'no', comment: null });
    expect(await stored(l.board)).toHaveLength(1);
  });

  it('no choice made or a comment too long: the form again with a message, nothing stored', async () => {
    const l = await link();
    const before = await snapshot(l.board);
    const none = await post(l.board, l.interaction, { token: l.token, comment: 'hello' });
    expect(none.status).toBe(400);
    const html = await none.text();
    expect(html).toContain('Please choose Yes or No.');
    expect(html).toContain('>hello</textarea>');
    const long = await post(l.board, l.interaction, { token: l.token, verdict: 'yes', comment: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    const longHtml = await long.text();
    expect(longHtml).toContain('1000 characters at most');
    expect(longHtml).toMatch(/value="yes" checked/);
    expect(await snapshot(l.board)).toBe(before);
  });

  it('only takes a form: JSON → 415 page, over 8 KiB → 413 page, nothing stored', async () => {
    const l = await link();
    const before = await snapshot(l.board);
    const asJson = await call(ratePath(l.board, l.interaction), {
      method: 'POST',
      body: { token: l.token, verdict: 'yes' },
    });
    expect(asJson.status).toBe(415);
    expect(asJson.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const big = await post(l.board, l.interaction, { token: l.token, verdict: 'yes', comment: 'x'.repeat(9000) });
    expect(big.status).toBe(413);
    expect(await big.text()).toContain('Something went wrong with this form');
    expect(await snapshot(l.board)).toBe(before);
  });

  it('a POST from the page itself is accepted whatever Origin the browser sends', async () => {
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.test'] });
    const l = await link('T-origin', { id });
    for (const origin of ['null', 'https://pandameter.test']) {
      const res = await post(id, l.interaction, { token: l.token, verdict: 'yes' }, { origin });
      expect(res.status).toBe(200);
    }
    expect(await stored(id)).toHaveLength(1);
  });

  it('an open board takes link answers without a token, unless it limits answers to its own sites', async () => {
    const open = await createBoard({ require_token: false });
    const page = await call(`${ratePath(open.id, 'T-1')}?verdict=yes`);
    expect(page.status).toBe(200);
    expect(await page.text()).not.toContain('name="token"');
    expect((await post(open.id, 'T-1', { verdict: 'yes' })).status).toBe(200);
    expect(await stored(open.id)).toHaveLength(1);

    const limited = await createBoard({ require_token: false, allowed_origins: ['https://help.acme.test'] });
    const refused = await call(`${ratePath(limited.id, 'T-1')}?verdict=yes`);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('Please reply to the e-mail instead');
    const res = await post(limited.id, 'T-1', { verdict: 'yes' }, { origin: 'https://pandameter.test' });
    expect(res.status).toBe(403);
    expect((await post(limited.id, 'T-1', { comment: 'no verdict' })).status).toBe(403);
    expect(await stored(limited.id)).toHaveLength(0);
  });

  it('an open board’s per-client limit shows a "try again in a minute" page (429, Retry-After)', async () => {
    const open = await createBoard({ require_token: false });
    let res: Response | undefined;
    for (let i = 0; i < 40; i++) {
      res = await post(open.id, `T-${i}`, { verdict: 'yes' }, { 'cf-connecting-ip': '203.0.113.9' });
      if (res.status !== 200) break;
    }
    expect(res?.status).toBe(429);
    expect(res?.headers.get('retry-after')).toBe('60');
    expect(await res?.text()).toContain('Too many answers at once');
  });

  it('handles interaction ids with slashes, spaces and non-Latin letters', async () => {
    for (const interaction of ['T/1 2', 'Zendesk #4711', 'チケット-7']) {
      const l = await link(interaction);
      const page = await call(`${l.url}&verdict=yes`);
      expect(page.status).toBe(200);
      const res = await post(l.board, interaction, { token: l.token, verdict: 'yes' });
      expect(res.status).toBe(200);
      expect((await stored(l.board))[0]).toMatchObject({ interaction });
    }
  });
});

describe('user-supplied strings stay text', () => {
  const XSS = `<script>alert(1)</script><img src=x onerror="alert('x')">&amp;`;

  it('an interaction id full of markup is escaped on every page', async () => {
    const l = await link(XSS);
    const page = await (await call(`${l.url}&verdict=yes`)).text();
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).toContain(
      // Preact escapes what can end text or an attribute (& < "); > and ' are inert there.
      "&lt;script>alert(1)&lt;/script>&lt;img src=x onerror=&quot;alert('x')&quot;>&amp;amp;",
    );
    const thanks = await post(l.board, XSS, { token: l.token, verdict: 'yes' });
    expect(thanks.status).toBe(200);
    const html = await thanks.text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect((await stored(l.board))[0]).toMatchObject({ interaction: XSS });
  });

  it('a comment full of markup is stored as typed and shown as text', async () => {
    const l = await link();
    const res = await post(l.board, l.interaction, { token: l.token, verdict: 'no', comment: `</textarea>${XSS}` });
    const html = await res.text();
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;/textarea>&lt;script>');
    expect(html.match(/<\/textarea>/g)).toHaveLength(1);
    expect((await stored(l.board))[0]).toMatchObject({ comment: `</textarea>${XSS}` });
  });

  it('a board name with markup is escaped', async () => {
    const b = await createBoard();
    await call(`/v1/boards/${b.id}`, { method: 'PATCH', auth: ADMIN, body: { name: '<b>Acme</b> & "Co"' } });
    const l = await link('T-1', b);
    const html = await (await call(l.url)).text();
    expect(html).toContain('&lt;b>Acme&lt;/b> &amp; &quot;Co&quot;');
  });
});

describe('language', () => {
  it('shows the answer form’s own wording (the widget’s) in all eleven languages', async () => {
    const l = await link();
    for (const lang of LANGUAGES) {
      const words = ANSWER_WORDS[lang];
      const html = await (await call(`${l.url}&lang=${lang}`)).text();
      for (const phrase of [words.question, words.yes, words.no, words.comment, RATE_PAGE_WORDS[lang].confirm]) {
        expect(html, `${lang}: ${phrase}`).toContain(phrase);
      }
    }
    for (const lang of LANGUAGES) {
      const words = ANSWER_WORDS[lang];
      const res = await post(l.board, l.interaction, { token: l.token, verdict: 'no', lang });
      const html = await res.text();
      // the heading: the face of the answer (an SVG hidden from screen readers), then the thanks
      expect(html, lang).toMatch(new RegExp(`<h1 class="title thanks"><svg [^]*?</svg>${words.thanks}</h1>`));
      expect(html, lang).toContain(`${words.yourAnswer} <strong class="verdict">${words.no}</strong>`);
    }
  });

  it('follows Accept-Language by q-value, then ?lang=, and writes Arabic right to left', async () => {
    const l = await link();
    const de = await call(l.url, { headers: { 'accept-language': 'fr-CA;q=0.5, de-CH;q=0.9, xx' } });
    expect(de.headers.get('content-language')).toBe('de');
    expect(await de.text()).toContain('Sind Sie mit der Antwort zufrieden');
    const ar = await (await call(`${l.url}&lang=ar`, { headers: { 'accept-language': 'de' } })).text();
    expect(ar).toContain('<html lang="ar" dir="rtl">');
    expect(ar).toContain('هل أنت راضٍ عن الرد الذي تلقيته؟');
    const en = await (await call(l.url, { headers: { 'accept-language': 'xx, *;q=0.1' } })).text();
    expect(en).toContain('<html lang="en" dir="ltr">');
    // 3-letter codes count as their language; zh-TW reads Traditional Chinese.
    const deu = await call(l.url, { headers: { 'accept-language': 'deu' } });
    expect(deu.headers.get('content-language')).toBe('de');
    const tw = await call(l.url, { headers: { 'accept-language': 'zh-TW, en;q=0.5' } });
    expect(tw.headers.get('content-language')).toBe('zh-Hant');
    expect(await tw.text()).toContain(ANSWER_WORDS['zh-Hant'].question);
  });

  it('keeps the page’s language from the form to the thank-you page and stores it as the locale', async () => {
    const l = await link();
    const res = await post(l.board, l.interaction, { token: l.token, verdict: 'yes', lang: 'ja' });
    expect(await res.text()).toContain('ありがとうございました！');
    expect((await stored(l.board))[0]).toMatchObject({ locale: 'ja' });
  });
});
