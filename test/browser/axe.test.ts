/**
 * axe-core (the engine behind Lighthouse's accessibility audit) finds no WCAG 2.x A/AA violation on
 * what customers and teams see: the landing page, the scoreboard in both themes and right to left,
 * its method page, the demo page with the widget in each state (the question; after "No" the
 * reasons and the comment; the thanks), and the e-mail rating page. The pages run under their own
 * strict CSP; the test's context lets axe's own script in (bypassCSP), nothing else changes.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { base, chromiumPerFile, ensureDemoBoard, mint, uniqueId } from './helpers';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const chromium = chromiumPerFile();
beforeAll(ensureDemoBoard);

/** axe's violations on the page as it is now: one line each, rule and the first element it names. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      iframes: false,
    });
    return r.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes[0]?.target?.join(' ') ?? ''}`);
  });
  return found as string[];
}

async function open(path: string, { width = 1280, scheme = 'light' as 'light' | 'dark' } = {}) {
  const context = await chromium.browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: scheme,
    bypassCSP: true,
  });
  const page = await context.newPage();
  await page.goto(`${base()}${path}`);
  return page;
}

describe('axe finds no WCAG A/AA violation', () => {
  it.each([
    ['the landing page', '/', 1280, 'light'],
    ['the scoreboard, light, wide', '/scoreboard/demo?theme=light', 1280, 'light'],
    ['the scoreboard, dark, narrow', '/scoreboard/demo?theme=dark', 390, 'dark'],
    ['the scoreboard in Arabic', '/scoreboard/demo?lang=ar', 390, 'light'],
    ['the method page', '/scoreboard/demo/method', 390, 'light'],
    ['the method page in Arabic, dark', '/scoreboard/demo/method?lang=ar&theme=dark', 1280, 'dark'],
  ] as const)('%s', async (_, path, width, scheme) => {
    const page = await open(path, { width, scheme });
    await page.waitForLoadState('load');
    expect(await violations(page)).toEqual([]);
  });

  it('the widget on /demo: the question, the reasons and comment after "No", the thanks', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/demo', { width: 390, scheme });
      const no = page.getByRole('button', { name: 'No', exact: true });
      await no.waitFor();
      expect(await violations(page), `question, ${scheme}`).toEqual([]);
      await no.click();
      await page.getByText('What could we have done better?').waitFor();
      expect(await violations(page), `after No, ${scheme}`).toEqual([]);
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Thank you!').waitFor();
      expect(await violations(page), `thanks, ${scheme}`).toEqual([]);
    }
  });

  it('the e-mail rating page after a "No" link, with the reasons', async () => {
    const interaction = uniqueId('axe');
    const token = await mint('demo', interaction);
    const page = await open(`/rate/demo/${interaction}?token=${encodeURIComponent(token)}&verdict=no`, { width: 390 });
    expect(await violations(page)).toEqual([]);
    await page.getByRole('button', { name: /send/i }).click();
    await page.waitForLoadState('load');
    expect(await violations(page)).toEqual([]);
  });
});
