/** GET /v1/boards/{board}/badge.svg — a shields-style badge, "satisfaction │ 97%", for READMEs and status pages. */
import { Hono } from 'hono';
import { unknownBoard } from '../lib/errors';
import { conditional, etagOf, type AppEnv } from '../lib/http';
import { boardParam, query } from '../lib/validate';
import { doc } from '../openapi';
import { BadgeLabel, BoardId, z } from '../schemas';
import { cachedView, SCORE_CACHE, scoreRecord } from '../score';

export const BadgeQuery = z.object({
  label: BadgeLabel.optional(),
});

/**
 * Width of `s` in Verdana 11px (shields' font), from per-character advances rounded to tenths;
 * `textLength` then makes every renderer draw exactly this width.
 */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if ("ijl.,:;!|'’".includes(ch)) w += 3.1;
    else if ('ft()[] -/'.includes(ch)) w += 4.3;
    else if ('mw%MW'.includes(ch)) w += 10.5;
    else if (/[A-Z]/.test(ch)) w += 7.5;
    else w += 6.9;
  }
  return Math.round(w);
}

/** shields.io's scale, from green (95 % and up) to red. */
export function badgeColor(p: number | null): string {
  if (p === null) return '#9f9f9f';
  if (p >= 95) return '#4c1';
  if (p >= 90) return '#97ca00';
  if (p >= 80) return '#a4a61d';
  if (p >= 70) return '#dfb317';
  if (p >= 60) return '#fe7d37';
  return '#e05d44';
}

const xml = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

/** The badge: grey label on the left, the score on the right in its colour. */
export function badgeSvg(label: string, value: string, color: string): string {
  const lw = textWidth(label) + 10;
  const vw = textWidth(value) + 10;
  const w = lw + vw;
  const text = (x: number, s: string, len: number) =>
    `<text x="${x * 10}" y="150" fill="#010101" fill-opacity=".3" transform="scale(.1)" textLength="${len * 10}">${s}</text>` +
    `<text x="${x * 10}" y="140" transform="scale(.1)" textLength="${len * 10}">${s}</text>`;
  const title = xml(`${label}: ${value}`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="20" role="img" aria-label="${title}">` +
    `<title>${title}</title>` +
    `<linearGradient id="s" x2="0" y2="100%"><stop offset="0" stop-color="#bbb" stop-opacity=".1"/><stop offset="1" stop-opacity=".1"/></linearGradient>` +
    `<clipPath id="r"><rect width="${w}" height="20" rx="3" fill="#fff"/></clipPath>` +
    `<g clip-path="url(#r)"><rect width="${lw}" height="20" fill="#555"/><rect x="${lw}" width="${vw}" height="20" fill="${color}"/>` +
    `<rect width="${w}" height="20" fill="url(#s)"/></g>` +
    `<g fill="#fff" text-anchor="middle" font-family="Verdana,Geneva,DejaVu Sans,sans-serif" text-rendering="geometricPrecision" font-size="110">` +
    text(lw / 2, xml(label), lw - 10) +
    text(lw + vw / 2, xml(value), vw - 10) +
    `</g></svg>`
  );
}

const badge = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/badge.svg',
  operationId: 'getBadge',
  summary: 'A shields-style badge of the score',
  description:
    'Public. "satisfaction │ 97%", green to red by score, grey with "no ratings" before the first answer. ' +
    'Cached like the score; send If-None-Match with the last ETag to get 304.',
  request: { params: z.object({ board: BoardId }), query: BadgeQuery },
  responses: {
    200: { description: 'The badge', content: { 'image/svg+xml': { schema: z.string() } } },
    304: { description: 'Not modified' },
  },
});
badge.get('/:board/badge.svg', async (c) => {
  const id = boardParam(c);
  const { label = 'satisfaction' } = query(c, BadgeQuery);
  const record = await scoreRecord(c, id);
  if (!record) throw unknownBoard(id);
  const res = await cachedView(c, record, `badge?label=${encodeURIComponent(label)}`, async () => {
    const p = record.score.percent;
    const body = badgeSvg(label, p === null ? 'no ratings' : `${p}%`, badgeColor(p));
    return new Response(body, {
      headers: {
        'Content-Type': 'image/svg+xml; charset=utf-8',
        ETag: await etagOf(body),
        'Cache-Control': SCORE_CACHE,
        // An SVG opened on its own is a document: it may draw, never run or fetch anything.
        'Content-Security-Policy': "default-src 'none'",
      },
    });
  });
  return conditional(c, res);
});

export default badge;
