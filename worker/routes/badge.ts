import * as z from 'zod';
/** GET /v1/boards/{board}/badge.svg — a shields-style badge, "satisfaction │ 97%", for READMEs and status pages. */
import { Hono } from 'hono';
import { conditional, etagOf, type AppEnv } from '../lib/http';
import { query } from '../lib/validate';
import { doc } from '../openapi';
import { BadgeLabel, BOARD_ID_RE, BoardPath } from '../schemas';
import { cachedView, SCORE_CACHE, SCORE_MAX_AGE, scoreRecord } from '../score';

export const BadgeQuery = z.object({
  label: BadgeLabel.optional(),
  metric: z
    .enum(['satisfaction', 'response_rate'])
    .optional()
    .openapi({ description: 'response_rate: the share of customers asked who answered (label "response rate").' }),
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

const SVG_HEADERS = {
  'Content-Type': 'image/svg+xml; charset=utf-8',
  // An SVG opened on its own is a document: it may draw, never run or fetch anything.
  'Content-Security-Policy': "default-src 'none'",
};

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

/** The grey of a badge that has no score to show (no ratings yet, no such board). */
const GREY = badgeColor(null);

const badge = new Hono<AppEnv>();

doc({
  method: 'get',
  path: '/v1/boards/{board}/badge.svg',
  operationId: 'getBadge',
  summary: 'A shields-style badge of the score',
  description:
    'Public. "satisfaction │ 97%", green to red by score, grey with "no ratings" before the first answer. ' +
    'Cached like the score; send If-None-Match with the last ETag to get 304. ' +
    'For a board that does not exist it is a grey "unknown board" badge with status 404, so an <img> still shows what is wrong.',
  request: { params: BoardPath, query: BadgeQuery },
  responses: {
    200: { description: 'The badge', content: { 'image/svg+xml': { schema: z.string() } } },
    304: { description: 'Not modified' },
    404: {
      description: 'No such board: the "unknown board" badge',
      content: { 'image/svg+xml': { schema: z.string() } },
    },
  },
});
badge.get('/:board/badge.svg', async (c) => {
  const { metric = 'satisfaction', label = metric === 'satisfaction' ? 'satisfaction' : 'response rate' } = query(
    c,
    BadgeQuery,
  );
  const id = c.req.param('board');
  // A badge is shown by an <img>, which cannot show a JSON error: an unknown board (or an id no
  // board can have) is a badge too. Kept as briefly as a score, so a board created now soon shows.
  const record = BOARD_ID_RE.test(id) ? await scoreRecord(c, id) : null;
  if (!record) {
    return new Response(badgeSvg(label, 'unknown board', GREY), {
      status: 404,
      headers: { ...SVG_HEADERS, 'Cache-Control': `public, max-age=${SCORE_MAX_AGE}` },
    });
  }
  const res = await cachedView(c, record, `badge?label=${encodeURIComponent(label)}&metric=${metric}`, async () => {
    const p = record.score.percent;
    const r = record.score.response_rate;
    // a response rate is neither good nor bad on the score's scale: one neutral colour
    const body =
      metric === 'response_rate'
        ? badgeSvg(label, r === null ? 'none asked' : `${r}%`, r === null ? GREY : '#007ec6')
        : badgeSvg(label, p === null ? 'no ratings' : `${p}%`, badgeColor(p));
    return new Response(body, { headers: { ...SVG_HEADERS, ETag: await etagOf(body), 'Cache-Control': SCORE_CACHE } });
  });
  return conditional(c, res);
});

export default badge;
