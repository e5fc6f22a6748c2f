/**
 * The landing page (GET /, issue 18.6) in Chromium: what it is, the widget to click (a real answer
 * on the demo board), the live scoreboard, both snippets, the links to the API and the README;
 * under its strict CSP with no console errors and nothing moving as the embeds arrive.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, base, chromiumPerFile, ensureDemoBoard, layoutShift } from './helpers';

const chromium = chromiumPerFile();
beforeAll(ensureDemoBoard);

describe('the landing page', () => {
  it('shows the product: the widget answers for real, the scoreboard is live, the snippets and links are there', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => void (m.type() == 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(String(e)));
    const res = await page.goto(`${base()}/`);
    expect(res!.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Pandameter');
    await page.frameLocator('iframe').locator('#p').waitFor();
    // nothing moved while the widget and the scoreboard arrived
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).not.toBe(420);
    expect(await layoutShift(page)).toBe(0);
    // the widget's interaction is a new one of this visit: its answer is stored on the demo board
    const interaction = await page
      .locator('script[data-board="demo"][data-interaction]')
      .getAttribute('data-interaction');
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('You added a happy panda to').waitFor();
    await expect
      .poll(async () =>
        (await api('/v1/boards/demo/responses?channel=web')).body.responses.map((r: any) => r.interaction),
      )
      .toContain(interaction);
    const codes = await page.locator('pre code').allTextContents();
    expect(codes[0]).toContain(`<script src="${base()}/widget.js" async`);
    expect(codes[1]).toBe(`<script src="${base()}/scoreboard.js" async data-board="acme"></script>`);
    for (const [name, href] of [
      ['API (OpenAPI 3.1)', '/v1/openapi.json'],
      ['README', '/README.md'],
      ['Open the demo ticket', '/demo'],
    ]) {
      expect(await page.getByRole('link', { name, exact: true }).first().getAttribute('href')).toBe(href);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('serves the README it links to, as text', async () => {
    const res = await fetch(`${base()}/README.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await res.text()).toMatch(/^# Pandameter/);
  });
});
