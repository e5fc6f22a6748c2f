import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, chromiumPerFile, createBoard, hostSite, mint } from './helpers';

/** Everything a first view of the scoreboard loads, taken together, gzip (SPEC/issue: ≤ 8,192 bytes). */
const BUDGET = 8192;

const chromium = chromiumPerFile();
let id: string;
beforeAll(async () => {
  // A realistic worst case: the longest name allowed, the wordiest language, sad and happy pandas.
  ({ id } = await createBoard({ name: 'Ü'.repeat(40) + ' Support Team '.repeat(3).slice(0, 40) }));
  for (let i = 0; i < 4; i++) {
    const interaction = `T-${i}`;
    const token = await mint(id, interaction);
    await fetch(`${base()}/v1/boards/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ interaction, verdict: i < 3 ? 'yes' : 'no', token }),
    });
  }
});

const gz = async (path: string) => {
  const res = await fetch(base() + path);
  expect(res.status, path).toBe(200);
  const body = Buffer.from(await res.arrayBuffer());
  return { path, raw: body.length, gzip: gzipSync(body).length };
};

describe('the scoreboard’s page weight, on the real responses', () => {
  it('stays within 8,192 bytes gzip for the page and the loader together', async () => {
    const page = await gz(`/scoreboard/${id}?lang=fr&theme=auto`);
    const loader = await gz('/scoreboard.js');
    const headers = (await fetch(`${base()}/scoreboard.js`)).headers;
    expect(headers.get('content-type')).toMatch(/javascript/);
    expect(headers.get('cache-control')).toBe('public, max-age=3600');
    expect(headers.get('x-content-type-options')).toBe('nosniff');
    const total = page.gzip + loader.gzip;
    console.log(
      `scoreboard bytes (gzip -6): page ${page.gzip} (raw ${page.raw}) + loader ${loader.gzip} (raw ${loader.raw}) = ${total} of ${BUDGET}`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('loads in one request as an iframe and two with the loader, without layout shift', async () => {
    const direct = await chromium.browser.newPage();
    const requests: string[] = [];
    direct.on('request', (r) => requests.push(r.url()));
    await direct.goto(`${base()}/scoreboard/${id}`, { waitUntil: 'load' });
    const shift = await direct.evaluate(
      () =>
        new Promise<number>((resolve) => {
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const entries = performance.getEntriesByType('layout-shift') as (PerformanceEntry & { value: number })[];
              resolve(entries.reduce((sum, e) => sum + e.value, 0));
            }),
          );
        }),
    );
    expect(requests).toEqual([`${base()}/scoreboard/${id}`]);
    expect(shift).toBe(0);
    await direct.close();

    const site = await hostSite({
      '/': { html: `<!doctype html><script src="${base()}/scoreboard.js" data-board="${id}"></script>` },
    });
    const host = await chromium.browser.newPage();
    const fromWorker: string[] = [];
    host.on('request', (r) => {
      if (r.url().startsWith(base())) fromWorker.push(new URL(r.url()).pathname);
    });
    await host.goto(`${site.origin}/`, { waitUntil: 'load' });
    await host.frameLocator('iframe').locator('#p').waitFor();
    expect(fromWorker).toEqual(['/scoreboard.js', `/scoreboard/${id}`]);
    await host.close();
    await site.close();
  });
});
