/**
 * The scoreboard's layouts in Chromium (issue 18.4): compact when narrow (a sidebar of ~285 px: the
 * number beside its words, pandas of at least 24 px), balanced when wide (the words on one side,
 * vertically centred on the grid, no empty gutters), the brand colour on the number, and the
 * method page a reader reaches from it.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { api, base, chromiumPerFile, createBoard } from './helpers';

const chromium = chromiumPerFile();

async function boardWith(yes: number, no: number, extra: Record<string, unknown> = {}) {
  const { id } = await createBoard({ require_token: false, ...extra });
  for (let i = 0; i < yes + no; i++) {
    const res = await fetch(`${base()}/v1/boards/${id}/responses`, {
      method: 'POST',
      body: JSON.stringify({ interaction: `T-${i}`, verdict: i < yes ? 'yes' : 'no' }),
      headers: { 'content-type': 'text/plain', 'cf-connecting-ip': `10.0.${i >> 8}.${i & 255}` },
    });
    if (res.status >= 300) throw new Error(`answer ${res.status}`);
  }
  return id;
}

const box = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .boundingBox()
    .then((b) => b!);

describe('the scoreboard uses the width it gets', () => {
  it('narrow (285 px, a sidebar): the number beside its words, every panda at least 24 px, no sideways scroll', async () => {
    const id = await boardWith(17, 3);
    const page = await chromium.browser.newPage({ viewport: { width: 285, height: 700 } });
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    const number = await box(page, '#p');
    const words = await box(page, '#w');
    const panda = await box(page, '.g i');
    const grid = await box(page, '.g');
    expect(panda.width).toBeGreaterThanOrEqual(24);
    expect(words.x).toBeGreaterThan(number.x + number.width - 1); // beside it…
    expect(words.y).toBeLessThan(number.y + number.height); // …on the same row
    expect(grid.y).toBeGreaterThan(number.y + number.height - 1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(285);
    await page.close();
  });

  it('wide (1280 px): words and grid side by side, the words centred on the grid, no empty gutters', async () => {
    const id = await boardWith(17, 3);
    const page = await chromium.browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    const number = await box(page, '#p');
    const grid = await box(page, '.g');
    const name = await box(page, 'h1');
    const updated = await box(page, '#up');
    const main = await box(page, 'main');
    expect(grid.x).toBeGreaterThan(number.x + number.width);
    expect(grid.width).toBeGreaterThanOrEqual(500);
    const textMiddle = (name.y + updated.y + updated.height) / 2;
    expect(Math.abs(textMiddle - (grid.y + grid.height / 2))).toBeLessThan(40);
    // the composition spans the frame: at most 40 px of margin on either side
    expect(main.x).toBeLessThanOrEqual(40);
    expect(1280 - (main.x + main.width)).toBeLessThanOrEqual(40);
    expect(number.height).toBeGreaterThan(100);
    await page.close();
  });

  it('a young board draws its one panda the size of every other place', async () => {
    const id = await boardWith(1, 0);
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    const sizes = await page
      .locator('.g i')
      .evaluateAll((places) =>
        places.map((i) => `${i.className} ${i.getBoundingClientRect().width} ${getComputedStyle(i).backgroundSize}`),
      );
    expect(new Set(sizes.map((s) => s.split(' ').slice(1).join(' '))).size).toBe(1);
    expect(sizes.filter((s) => s.startsWith('h '))).toHaveLength(1);
    await page.close();
  });
});

describe('the brand colour and the method page', () => {
  it("colours the number with the board's accent, and with ?accent= (the loader's data-accent) over it", async () => {
    const id = await boardWith(3, 0, { accent: '#8a2be2' });
    const page = await chromium.browser.newPage({ colorScheme: 'light' });
    await page.goto(`${base()}/scoreboard/${id}?theme=light`);
    expect(await page.locator('#p').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(138, 43, 226)');
    await page.goto(`${base()}/scoreboard/${id}?theme=light&accent=%230b7a3e`);
    expect(await page.locator('#p').evaluate((p) => getComputedStyle(p).color)).toBe('rgb(11, 122, 62)');
    await page.close();
  });

  it('"How this is measured" opens the method page: no script, no console errors, the way back', async () => {
    const id = await boardWith(8, 2);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${base()}/scoreboard/${id}?lang=de`);
    const [method] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Wie das gemessen wird' }).click(),
    ]);
    const errors: string[] = [];
    method.on('console', (m) => void (m.type() == 'error' && errors.push(m.text())));
    await method.waitForLoadState();
    expect(await method.getByRole('heading', { level: 1 }).textContent()).toBe('Wie dieser Wert gemessen wird');
    expect(await method.locator('script').count()).toBe(0);
    await method.getByRole('link', { name: 'Zurück zur Anzeigetafel' }).click();
    await method.locator('#p').waitFor();
    expect(errors, errors.join('\n')).toEqual([]);
    await context.close();
    expect((await api(`/v1/boards/${id}`)).status).toBe(200);
  });
});
