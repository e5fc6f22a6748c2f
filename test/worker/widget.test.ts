/**
 * Serving the widget bundle (/widget.js and its pinned, hashed URL) and the /demo page.
 * Needs the built bundle in dist/public (`npm test` builds before it runs these).
 */
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { ADMIN, answer, BASE, call, createBoard } from './helpers';

/** Either test may run first: each starts from the state it needs. */
const dropDemo = () => call('/v1/boards/demo', { method: 'DELETE', auth: ADMIN });

describe('GET /widget.js', () => {
  it('is JavaScript, cacheable for minutes, with an ETag and a 304 on revalidation', async () => {
    const res = await call('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{12}"$/);
    expect(await res.text()).toContain('Pandameter');
    const again = await call('/widget.js', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it('names its pinned URL, which serves the same bytes as immutable', async () => {
    const res = await call('/widget.js');
    const body = await res.text();
    const pinned = res.headers.get('content-location')!;
    expect(pinned).toBe(`/widget/${res.headers.get('etag')!.slice(1, -1)}.js`);
    const p = await call(pinned);
    expect(p.status).toBe(200);
    expect(p.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(p.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await p.text()).toBe(body);
  });

  it('an outdated pinned URL redirects to the current bundle, never cached', async () => {
    // Straight to the worker with redirect: 'manual', so the 302 itself is seen.
    const res = await exports.default.fetch(new Request(`${BASE}/widget/000000000000.js`, { redirect: 'manual' }));
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/widget.js');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect((await call('/widget/latest.js')).status).toBe(404);
  });
});

describe('GET /demo', () => {
  it('says the demo is not set up when there is no demo board', async () => {
    await dropDemo();
    const res = await call('/demo');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('The demo board is not set up yet');
  });

  it('shows a solved ticket with the widget on a token that records an answer for that ticket', async () => {
    await dropDemo();
    await createBoard({ id: 'demo' });
    const res = await call('/demo');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    const html = await res.text();
    // One inline stylesheet (no render-blocking request), allowed by its hash and nothing else.
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(css)));
    expect(csp).toContain(`style-src 'sha256-${btoa(String.fromCharCode(...digest))}';`);
    expect(csp).not.toContain('unsafe-inline');
    expect(html).not.toContain('rel="stylesheet"');
    const m = /<script src="\/widget\.js" async data-board="demo" data-interaction="([^"]+)" data-token="([^"]+)"/.exec(
      html,
    );
    expect(m).not.toBeNull();
    const [, interaction, token] = m!;
    expect(html).toContain(`Your ticket #${interaction} was solved`);
    expect(html).toContain('id="scoreboard-slot"');
    expect(html).toContain('How to embed');
    const saved = await answer('demo', { interaction, verdict: 'yes', token });
    expect(saved.status).toBe(201);

    // Every visit is a new interaction.
    const other = await (await call('/demo')).text();
    expect(other).not.toContain(`data-interaction="${interaction}"`);
    expect((await call('/demo.css')).status).toBe(404);
  });
});
