#!/usr/bin/env node
// Screenshots of the demo board's team page: docs/team.png for the README (1280 px, light, the first
// screen), and for a look before a change lands, the whole page at 390 px dark and in Arabic (in the
// system's temporary folder: a whole page with its inbox is megabytes, not for the repository).
// Needs the running demo (`npm start`) and a Chromium (scripts/chromium.mjs finds it); each shot signs in
// with its own one-time link from the admin CLI, as a person would:
//   node scripts/team-screenshots.mjs [board=demo]
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './chromium.mjs';

const board = process.argv[2] ?? 'demo';
const root = path.resolve(import.meta.dirname, '..');
const signInUrl = () =>
  JSON.parse(execFileSync('node', ['scripts/admin.mjs', 'dashboard', board, '--json'], { cwd: root, encoding: 'utf8' }))
    .url;

// The README's picture is what a 1280 × 1000 window shows first; the others are the whole page.
const shots = [
  { file: 'docs/team.png', width: 1280, height: 1000, theme: 'light', lang: 'en' },
  { file: path.join(tmpdir(), 'team-390-dark.png'), width: 390, theme: 'dark', lang: 'en', fullPage: true },
  { file: path.join(tmpdir(), 'team-rtl.png'), width: 1280, theme: 'light', lang: 'ar', fullPage: true },
];
const browser = await launchChromium();
for (const s of shots) {
  const context = await browser.newContext({
    viewport: { width: s.width, height: s.height ?? 900 },
    deviceScaleFactor: s.width < 600 ? 2 : 1,
    colorScheme: s.theme,
    locale: s.lang,
  });
  const page = await context.newPage();
  const url = new URL(signInUrl());
  url.searchParams.set('lang', s.lang);
  await page.goto(url.href);
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: path.resolve(root, s.file), fullPage: s.fullPage ?? false });
  await context.close();
  console.log(`wrote ${s.file}`);
}
await browser.close();
