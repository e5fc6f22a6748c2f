#!/usr/bin/env node
// Screenshot of the demo page with the widget, for the README: `node scripts/widget-screenshot.mjs
// [BASE_URL] [OUT]` against a running worker (`npm start`), with Debian's Chromium (CHROMIUM_PATH).
import { chromium } from 'playwright-core';

const base = process.argv[2] ?? 'http://localhost:8787';
const out = process.argv[3] ?? 'docs/widget.png';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 760 } });
  await page.goto(`${base}/demo`);
  await page.getByRole('button', { name: 'Yes' }).waitFor();
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
