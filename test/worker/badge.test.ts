import { describe, expect, it } from 'vitest';
import { call, createBoard, json, setScore } from './helpers';

const fillOf = (svg: string) => /<rect x="\d+" width="\d+" height="20" fill="([^"]+)"/.exec(svg)?.[1];

describe('the badge', () => {
  it('reads "satisfaction │ 97%" in green, as a cacheable SVG', async () => {
    const { id } = await createBoard();
    await setScore(id, 97, 3);
    const res = await call(`/v1/boards/${id}/badge.svg`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
    const svg = await res.text();
    expect(svg).toContain('aria-label="satisfaction: 97%"');
    expect(svg).toMatch(/>satisfaction<\/text>/);
    expect(svg).toMatch(/>97%<\/text>/);
    expect(fillOf(svg)).toBe('#4c1');
    expect(svg).not.toMatch(/<script|on\w+=/i);

    const again = await call(`/v1/boards/${id}/badge.svg`, { headers: { 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  it.each([
    [999, 1, '99.9%', '#4c1'],
    [91, 9, '91%', '#97ca00'],
    [75, 25, '75%', '#dfb317'],
    [1, 2, '33.3%', '#e05d44'],
  ])('%i yes / %i no → %s in %s', async (yes, no, value, color) => {
    const { id } = await createBoard();
    await setScore(id, yes, no);
    const svg = await (await call(`/v1/boards/${id}/badge.svg`)).text();
    expect(svg).toContain(`>${value}</text>`);
    expect(fillOf(svg)).toBe(color);
  });

  it('says "no ratings" in grey before the first answer, and changes ETag when the score does', async () => {
    const { id } = await createBoard();
    const first = await call(`/v1/boards/${id}/badge.svg`);
    const svg = await first.text();
    expect(svg).toContain('>no ratings</text>');
    expect(fillOf(svg)).toBe('#9f9f9f');
    await setScore(id, 1, 0);
    const next = await call(`/v1/boards/${id}/badge.svg`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(next.status).toBe(200);
    expect(await next.text()).toContain('>100%</text>');
  });

  it('takes its label from ?label=, escaped, and grows to fit it', async () => {
    const { id } = await createBoard();
    await setScore(id, 9, 1);
    const short = await (await call(`/v1/boards/${id}/badge.svg`)).text();
    const svg = await (
      await call(`/v1/boards/${id}/badge.svg?label=${encodeURIComponent('<happy> & "support"')}`)
    ).text();
    expect(svg).toContain('>&#60;happy&#62; &#38; &#34;support&#34;</text>');
    expect(svg).not.toContain('<happy>');
    const width = (s: string) => Number(/<svg[^>]* width="(\d+)"/.exec(s)![1]);
    expect(width(svg)).toBeGreaterThan(width(short));
  });

  it('refuses a label over 40 characters as a JSON error', async () => {
    const { id } = await createBoard();
    const long = await call(`/v1/boards/${id}/badge.svg?label=${'x'.repeat(41)}`);
    expect(long.status).toBe(400);
    expect(await json(long)).toMatchObject({ error: { code: 'invalid_body', field: 'label' } });
  });

  it('shows a grey "unknown board" badge with 404 for a board that does not exist, so an <img> shows why', async () => {
    for (const path of ['/v1/boards/no-such-board/badge.svg', '/v1/boards/Not_A_Board/badge.svg?label=csat']) {
      const res = await call(path, { headers: { origin: 'https://status.example.com' } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
      // readable from any page, like the badge itself; kept as briefly as a score, so a new board shows soon
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('public, max-age=10');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      const svg = await res.text();
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).toMatch(/>unknown board<\/text>/);
      expect(fillOf(svg)).toBe('#9f9f9f');
      expect(svg).not.toMatch(/Not_A_Board|no-such-board/);
    }
    const labelled = await (await call('/v1/boards/Not_A_Board/badge.svg?label=csat')).text();
    expect(labelled).toContain('aria-label="csat: unknown board"');
    // once the board exists, its badge is the score
    const { id } = await createBoard();
    const before = await call(`/v1/boards/${id}-2/badge.svg`);
    expect(before.status).toBe(404);
    expect((await call(`/v1/boards/${id}/badge.svg`)).status).toBe(200);
  });

  it('is described in the OpenAPI document', async () => {
    const doc = await json(await call('/v1/openapi.json'));
    const op = doc.paths['/v1/boards/{board}/badge.svg'].get;
    expect(op.responses['200'].content['image/svg+xml']).toBeDefined();
    expect(op.responses['404'].content['image/svg+xml']).toBeDefined();
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['board', 'label']));
  });
});

describe('badge labels in other scripts', () => {
  /** The label's box width and the textLength its text is pinned to, if any. */
  const labelOf = async (label: string) => {
    const { id } = await createBoard();
    await setScore(id, 97, 3);
    const svg = await (await call(`/v1/boards/${id}/badge.svg?label=${encodeURIComponent(label)}`)).text();
    const box = Number(/<rect width="(\d+)" height="20" fill="#555"\/>/.exec(svg)?.[1]);
    const text = new RegExp(`<text x="\\d+" y="140" transform="scale\\(\\.1\\)"( textLength="(\\d+)")?>`).exec(svg);
    return { box, pinned: text?.[2] === undefined ? null : Number(text[2]) / 10 };
  };

  it('a Latin label is pinned to the width Verdana draws it at', async () => {
    const { box, pinned } = await labelOf('satisfaction');
    expect(pinned).toBe(box - 10);
  });

  it.each([
    ['満足度', 3],
    ['顧客満足度', 5],
    ['만족도', 3],
  ])('%s gets one em (11 px) a character and is never squeezed to fit', async (label, n) => {
    const { box, pinned } = await labelOf(label);
    expect(box).toBeGreaterThanOrEqual(n * 11 + 10);
    expect(pinned).toBeNull();
  });

  it('an Arabic label is drawn at its own width in a box that holds it', async () => {
    const { box, pinned } = await labelOf('رضا العملاء');
    // DejaVu Sans draws these 11 characters 51 px wide, Tahoma and Noto Sans Arabic a little wider
    expect(box).toBeGreaterThanOrEqual(11 * 7 + 10);
    expect(pinned).toBeNull();
  });
});
