/**
 * axe-core finds no WCAG 2.x A/AA violation on the team page: signed in (light and dark, wide and
 * narrow, in Arabic), with the chart's table view and a filter on, and on the sign-in form after a
 * refused link. The page runs under its own strict CSP; the context lets axe's script in (bypassCSP).
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, chromiumPerFile } from './helpers';
import { signedIn, signInLink, teamBoard, settled } from './team-helpers';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const chromium = chromiumPerFile();
let board: string;
beforeAll(async () => {
  board = await teamBoard();
});

async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
    const r = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return r.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes[0]?.target?.join(' ') ?? ''}`);
  });
}

describe('axe finds no WCAG A/AA violation on the team page', () => {
  it.each([
    ['light, wide', 1280, 'light', 'en'],
    ['dark, narrow', 390, 'dark', 'en'],
    ['in Arabic, light, narrow', 390, 'light', 'ar'],
    ['in Arabic, dark, wide', 1280, 'dark', 'ar'],
  ] as const)('signed in, %s', async (_, width, scheme, lang) => {
    const page = await signedIn(chromium.browser, board, { width, scheme, lang, bypassCSP: true });
    await settled(page);
    expect(await violations(page), 'the page').toEqual([]);
    // the chart read out at a point, the trend as a table, and the page filtered to an agent
    await page.locator('.chart').focus();
    await page.locator('#trend .panel-head button').click();
    await page.locator('#trend table').waitFor();
    await page.locator('table[data-groups="agent"] button.link').first().click();
    await page.locator('.chip').waitFor();
    await settled(page);
    expect(await violations(page), 'table view, filtered').toEqual([]);
    await page.context().close();
  });

  it('the sign-in form after a refused link, light and dark', async () => {
    const { url } = await signInLink(board);
    // spent once, so the page is refused
    const spent = await api(`/v1/boards/${board}/sessions`, {
      method: 'POST',
      auth: null,
      body: { link: new URL(url).hash.slice('#link='.length) },
    });
    expect(spent.status).toBe(201);
    for (const scheme of ['light', 'dark'] as const) {
      const page = await (await chromium.browser.newContext({ colorScheme: scheme, bypassCSP: true })).newPage();
      await page.goto(url);
      await page.getByRole('alert').filter({ hasText: 'does not work any more' }).waitFor();
      expect(await violations(page), scheme).toEqual([]);
      await page.context().close();
    }
  });
});
