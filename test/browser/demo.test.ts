/**
 * The demo page (/demo) in Chromium, as a visitor sees it on a phone and on a desktop, in light and
 * dark mode: one look for the page, its widget and its scoreboard; nothing cut off at 390 px; the
 * widget as wide as the cards above it; nothing moving while the page and its embeds load.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { base, chromiumPerFile, ensureDemoBoard, layoutShift } from './helpers';

const chromium = chromiumPerFile();
beforeAll(ensureDemoBoard);

async function openDemo(viewport: { width: number; height: number }, colorScheme: 'light' | 'dark') {
  const context = await chromium.browser.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => void (m.type() == 'error' && errors.push(m.text())));
  page.on('pageerror', (e) => void errors.push(String(e)));
  await page.goto(`${base()}/demo`);
  await page.getByRole('button', { name: 'Yes' }).waitFor();
  await page.frameLocator('#scoreboard-slot iframe').locator('#p').waitFor();
  return { page, errors, close: () => context.close() };
}

const backgrounds = (page: Page) =>
  page.evaluate(() => ({
    page: getComputedStyle(document.body).backgroundColor,
    widget: getComputedStyle(document.querySelector('pandameter-widget')!.shadowRoot!.querySelector('.card')!)
      .backgroundColor,
  }));

/** Relative luminance of an `rgb(…)` colour, 0 (black) to 1 (white). */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map(Number);
  return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
};

describe('the demo page', () => {
  it('follows the system’s dark mode: the page, the widget and the scoreboard all turn dark', async () => {
    const light = await openDemo({ width: 1100, height: 900 }, 'light');
    const dark = await openDemo({ width: 1100, height: 900 }, 'dark');
    const l = await backgrounds(light.page);
    const d = await backgrounds(dark.page);
    expect(luminance(l.page)).toBeGreaterThan(0.8);
    expect(luminance(l.widget)).toBeGreaterThan(0.8);
    expect(luminance(d.page)).toBeLessThan(0.2);
    expect(luminance(d.widget)).toBeLessThan(0.2);
    const frameBg = (p: Page) =>
      p
        .frameLocator('#scoreboard-slot iframe')
        .locator('html')
        .evaluate((h) => getComputedStyle(h).backgroundColor);
    expect(luminance(await frameBg(light.page))).toBeGreaterThan(0.8);
    expect(luminance(await frameBg(dark.page))).toBeLessThan(0.2);
    expect([...light.errors, ...dark.errors]).toEqual([]);
    await light.close();
    await dark.close();
  });

  it('at 390 px nothing is cut off or scrolls sideways, and the widget is as wide as the cards above it, up to its 480 px', async () => {
    for (const width of [390, 1100]) {
      const { page, close } = await openDemo({ width, height: 844 }, 'light');
      const sizes = await page.evaluate(() => {
        const pre = document.querySelector('pre')!;
        const widget = document.querySelector('pandameter-widget')!.shadowRoot!.querySelector('.card')!;
        return {
          pageScroll: document.documentElement.scrollWidth,
          pre: { scroll: pre.scrollWidth, client: pre.clientWidth },
          widget: widget.getBoundingClientRect().width,
          cards: [...document.querySelectorAll('.card')].map((c) => c.getBoundingClientRect().width),
        };
      });
      expect(sizes.pageScroll, `${width} px`).toBeLessThanOrEqual(width);
      expect(sizes.pre.scroll, `${width} px: the code is cut off`).toBeLessThanOrEqual(sizes.pre.client);
      // the card keeps its shape in a wide column (issue 18): never wider than 480 px
      for (const card of sizes.cards) expect(sizes.widget, `${width} px`).toBe(Math.min(card, 480));
      await close();
    }
  });

  it('nothing moves while the page, the widget and the scoreboard load (no layout shift), on a phone and a desktop', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 1100, height: 900 },
    ]) {
      const { page, close } = await openDemo(viewport, 'light');
      // Until the frame has reported its height and the widget has drawn its question.
      const frame = page.locator('#scoreboard-slot iframe');
      const content = await page
        .frameLocator('#scoreboard-slot iframe')
        .locator('html')
        .evaluate((h) => Math.ceil(h.getBoundingClientRect().height));
      await expect.poll(() => frame.evaluate((f) => f.getBoundingClientRect().height)).toBe(content);
      expect(await layoutShift(page), `${viewport.width} px`).toBe(0);
      await close();
    }
  });
});
