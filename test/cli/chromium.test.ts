/**
 * Where the browser tests get Chromium (scripts/chromium.mjs): the one inside the devDependency
 * @sparticuz/chromium runs here as Playwright drives it (a machine without a system Chromium gets
 * that one), and without any Chromium the browser stage stops at once with one line saying what to
 * install — before it starts wrangler.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/chromium.mjs';
import { npm } from './sandbox';

const { dir } = inject('clone');

describe('Chromium for the browser tests', () => {
  it('the bundled one (CHROMIUM_PATH=bundled) unpacks and renders a page', async () => {
    const before = process.env.CHROMIUM_PATH;
    process.env.CHROMIUM_PATH = 'bundled';
    try {
      const found = await findChromium();
      expect(found.source).toBe('bundled');
      const browser = await chromium.launch({
        executablePath: found.path,
        args: CHROMIUM_ARGS,
        env: { ...process.env, ...found.env },
      });
      try {
        const page = await browser.newPage();
        await page.setContent('<p style="font: 16px sans-serif">Are you satisfied?</p>');
        expect(await page.locator('p').evaluate((p) => p.getBoundingClientRect().height)).toBeGreaterThan(0);
      } finally {
        await browser.close();
      }
    } finally {
      if (before === undefined) delete process.env.CHROMIUM_PATH;
      else process.env.CHROMIUM_PATH = before;
    }
  });

  it('none at all: the browser stage says in one line what to install, and starts nothing', () => {
    const r = npm(dir, ['run', '--silent', 'test:browser'], { CHROMIUM_PATH: '/nonexistent/chromium' });
    expect(r.status).toBe(1);
    const said = `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => /chromium/i.test(l));
    expect(said).toEqual([
      'CHROMIUM_PATH is /nonexistent/chromium, which is not an executable file: install Chromium or Google ' +
        'Chrome (Debian/Ubuntu: apt install chromium; macOS: Google Chrome), or set CHROMIUM_PATH to one.',
    ]);
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at |wrangler|✓|×/m);
  });
});
