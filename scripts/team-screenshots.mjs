#!/usr/bin/env node
// Screenshots of the demo board's team page for the README: docs/team.png (1280 px, light), and for a
// look (not committed unless named): docs/team-390-dark.png (390 px, dark) and docs/team-rtl.png (Arabic, 1280 px).
// Needs the running demo (`npm start`) and a Chromium (scripts/chromium.mjs finds it); each shot signs in
// with its own one-time link from the admin CLI, as a person would:
//   node scripts/team-screenshots.mjs [board=demo]
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';

const board = process.argv[2] ?? 'demo';
const root = path.resolve(import.meta.dirname, '..');
const signInUrl = () =>
  JSON.parse(execFileSync('node', ['scripts/admin.mjs', 'dashboard', board, '--json'], { cwd: root, encoding: 'utf8' }))
    .url;

const shots = [
  { file: 'docs/team.png', width: 1280, theme: 'light', lang: 'en' },
  { file: 'docs/team-390-dark.png', width: 390, theme: 'dark', lang: 'en' },
  { file: 'docs/team-rtl.png', width: 1280, theme: 'light', lang: 'ar' },
];
const browser = await launchChromium();
for (const s of shots) {
  const context = await browser.newContext({
    viewport: { width: s.width, height: 900 },
    deviceScaleFactor: s.width < 600 ? 2 : 1,
    colorScheme: s.theme,
    locale: s.lang,
  });
  const page = await context.newPage();
  const url = new URL(signInUrl());
  url.searchParams.set('lang', s.lang);
  await page.goto(url.href);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.join(root, s.file), fullPage: true });
  await context.close();
  console.log(`wrote ${s.file}`);
}
await browser.close();
