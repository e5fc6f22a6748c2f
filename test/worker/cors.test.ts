/**
 * Issue 11, item 7: a dashboard on another origin reads the public GET routes — score, badge, the
 * OpenAPI document — and may send its own If-None-Match, which makes the browser preflight. The
 * routes are read from the OpenAPI document (every GET without a security requirement).
 */
import { describe, expect, it } from 'vitest';
import { call, createBoard, json, say, uniqueId } from './helpers';

async function publicReads(board: string): Promise<string[]> {
  const doc = await json(await call('/v1/openapi.json'));
  const paths = Object.entries<Record<string, { security?: unknown[] }>>(doc.paths)
    .filter(([, ops]) => ops.get && !ops.get.security?.length)
    .map(([path]) => path.replace('{board}', board));
  return [...paths, '/v1/openapi.json'];
}

const DASHBOARD = 'https://dashboard.acme.example';

describe('CORS on the public reads', () => {
  it('answers the preflight of a request with If-None-Match', async () => {
    const { id } = await createBoard();
    const paths = await publicReads(id);
    expect(paths).toEqual(
      expect.arrayContaining([`/v1/boards/${id}/score`, `/v1/boards/${id}/badge.svg`, '/v1/openapi.json']),
    );
    for (const path of paths) {
      const res = await call(path, {
        method: 'OPTIONS',
        headers: {
          origin: DASHBOARD,
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'if-none-match',
        },
      });
      expect(res.status, path).toBe(204);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect(res.headers.get('access-control-allow-methods'), path).toContain('GET');
      expect((res.headers.get('access-control-allow-headers') ?? '').toLowerCase(), path).toContain('if-none-match');
      expect(res.headers.get('access-control-allow-credentials'), path).toBeNull();
    }
  });

  it('exposes the ETag, so the page can send it back and get a 304', async () => {
    const { id } = await createBoard();
    await say(id, 'T-1', 'yes');
    for (const path of [`/v1/boards/${id}/score`, `/v1/boards/${id}/badge.svg`]) {
      const first = await call(path, { headers: { origin: DASHBOARD } });
      expect(first.headers.get('access-control-allow-origin')).toBe('*');
      expect((first.headers.get('access-control-expose-headers') ?? '').toLowerCase()).toContain('etag');
      const etag = first.headers.get('etag')!;
      await first.arrayBuffer();
      const again = await call(path, { headers: { origin: DASHBOARD, 'if-none-match': etag } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get('access-control-allow-origin')).toBe('*');
    }
  });

  it('every error of these routes carries the CORS headers, so the page can read it', async () => {
    const gone = uniqueId('gone');
    for (const path of [`/v1/boards/${gone}/score`, `/v1/boards/NOPE/score`]) {
      const res = await call(path, { headers: { origin: DASHBOARD } });
      expect(res.status, path).toBe(404);
      expect(res.headers.get('access-control-allow-origin'), path).toBe('*');
      expect((await json(res)).error.code).toBe('unknown_board');
    }
    const badLabel = await call(`/v1/boards/${gone}/badge.svg?label=${'x'.repeat(41)}`, {
      headers: { origin: DASHBOARD },
    });
    expect(badLabel.status).toBe(400);
    expect(badLabel.headers.get('access-control-allow-origin')).toBe('*');
    expect((await json(badLabel)).error.field).toBe('label');
    // an unknown board's badge is an image ("unknown board"), readable the same way
    const badge = await call(`/v1/boards/${gone}/badge.svg`, { headers: { origin: DASHBOARD } });
    expect(badge.status).toBe(404);
    expect(badge.headers.get('access-control-allow-origin')).toBe('*');
    expect(await badge.text()).toContain('>unknown board</text>');
  });
});
