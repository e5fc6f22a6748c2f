/**
 * The team page's weight, measured on the built files as the worker serves them. The budget was set
 * from measured sizes with a little headroom: app.js is 12,784 bytes gzip (33,077 raw) on the page
 * branch alone, and was 15,449 (41,525 raw) with the inbox and export merged in, which the budget
 * is for (Preact with its hooks is 5.6 KB of that). A chart library alone would weigh more than the
 * whole page: uPlot 1.6.32 is 22,009 + 772 bytes gzip (uPlot.iife.min.js + uPlot.min.css, gzip -9).
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base, chromiumPerFile, layoutShift } from './helpers';
import { settled, signedIn, teamBoard } from './team-helpers';

/** /team/app.js, gzip. */
const SCRIPT_BUDGET = 16 * 1024;
/** /team/app.css, gzip. */
const STYLE_BUDGET = 3 * 1024;

const chromium = chromiumPerFile();

const gz = async (path: string) => {
  const res = await fetch(base() + path);
  expect(res.status, path).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  return { raw: body.length, gzip: gzipSync(body).length, type: res.headers.get('content-type') };
};

describe('the team page’s weight', () => {
  it(`keeps /team/app.js within ${SCRIPT_BUDGET} bytes gzip and /team/app.css within ${STYLE_BUDGET}`, async () => {
    const script = await gz('/team/app.js');
    const style = await gz('/team/app.css');
    expect(script.type).toMatch(/javascript/);
    expect(style.type).toMatch(/css/);
    console.log(
      `team page bytes (gzip): app.js ${script.gzip} (raw ${script.raw}) of ${SCRIPT_BUDGET}, app.css ${style.gzip} (raw ${style.raw}) of ${STYLE_BUDGET}`,
    );
    expect(script.gzip).toBeLessThanOrEqual(SCRIPT_BUDGET);
    expect(style.gzip).toBeLessThanOrEqual(STYLE_BUDGET);
  });

  it('loads nothing else: the shell, its script and stylesheet, then the API', async () => {
    const board = await teamBoard();
    const page = await chromium.browser.newPage();
    const loaded: string[] = [];
    page.on('request', (r) => loaded.push(new URL(r.url()).pathname));
    await page.goto(`${base()}/team/${board}`, { waitUntil: 'load' });
    await page.getByLabel('Board key').waitFor();
    expect(loaded).toEqual([`/team/${board}`, '/team/app.css', '/team/app.js']);
    await page.close();
  });

  it('appears whole once its panels have their numbers: no layout shift while they load', async () => {
    const board = await teamBoard();
    for (const width of [1280, 390]) {
      const page = await signedIn(chromium.browser, board, { width });
      await settled(page);
      expect(await layoutShift(page), `${width} px`).toBe(0);
      await page.context().close();
    }
  });
});
