import { beforeAll, describe, expect, it } from 'vitest';
import { base, chromiumPerFile, ensureDemoBoard, statusSays } from './helpers';

const chromium = chromiumPerFile();
beforeAll(ensureDemoBoard);

describe('the demo page', () => {
  it('shows the live scoreboard beside the widget: answer, and the pandas change', async () => {
    const page = await chromium.browser.newPage({ viewport: { width: 1100, height: 900 } });
    // the page's clock, not the wall's: the scoreboard's 10 s to its next poll pass at once (runFor)
    // (and the clock still runs, so a late timer fires as it would have)
    await page.clock.install();
    await page.goto(`${base()}/demo`);
    const board = page.frameLocator('#scoreboard-slot iframe');
    const before = await board.locator('#alt').textContent();
    const sadBefore = await board.locator('.g i.s').count();

    await page.getByRole('button', { name: 'No', exact: true }).click();
    await statusSays(page, 'Saved');
    await page.clock.runFor(10_000);

    await expect.poll(() => board.locator('#alt').textContent(), { timeout: 20_000 }).not.toBe(before);
    expect(await board.locator('.g i.s').count()).toBeGreaterThan(sadBefore);
    // the frame is as tall as its content, inside the demo page's strict CSP
    const frame = page.locator('#scoreboard-slot iframe');
    const content = await board.locator('html').evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
    await expect.poll(() => frame.evaluate((f) => f.getBoundingClientRect().height)).toBe(content);
    await page.close();
  });
});
