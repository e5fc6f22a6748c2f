#!/usr/bin/env node
// Screenshots of the scoreboard for the README: docs/scoreboard-{light,dark,320,rtl,method}.png
// (1280 px light; 1280 px dark with a brand colour; 320 px; Arabic at 390 px; the method page at 390 px).
// Needs a running worker and its admin token, and a Chromium (scripts/chromium.mjs finds it):
//   BASE=http://localhost:8787 ADMIN_TOKEN=… node scripts/scoreboard-screenshots.mjs
// It creates a board "screenshots-<time>" with 97 yes and 3 no answers and photographs its page.
import { launchChromium } from './chromium.mjs';
import { DEFAULT_PORT } from './local-demo.mjs';

const base = process.env.BASE ?? `http://localhost:${DEFAULT_PORT}`;
const token = process.env.ADMIN_TOKEN;
if (!token) throw new Error('Set ADMIN_TOKEN (see .dev.vars).');

async function api(path, body) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const id = `screenshots-${Date.now().toString(36)}`;
await api('/v1/boards', { id, name: 'Acme Support' });
for (let i = 0; i < 100; i++) {
  const interaction = `T-${1000 + i}`;
  const { token: t } = await api(`/v1/boards/${id}/tokens`, { interaction });
  await api(`/v1/boards/${id}/responses`, { interaction, verdict: i % 33 === 32 ? 'no' : 'yes', token: t });
}

const browser = await launchChromium();
const shots = [
  { file: 'docs/scoreboard-light.png', width: 1280, theme: 'light' },
  { file: 'docs/scoreboard-dark.png', width: 1280, theme: 'dark', query: '&accent=%230b7a3e' },
  { file: 'docs/scoreboard-320.png', width: 320, theme: 'light' },
  { file: 'docs/scoreboard-rtl.png', width: 390, theme: 'dark', lang: 'ar' },
  { file: 'docs/scoreboard-method.png', width: 390, theme: 'light', path: '/method' },
];
for (const s of shots) {
  const page = await browser.newPage({ viewport: { width: s.width, height: 400 }, deviceScaleFactor: 2 });
  await page.emulateMedia({ colorScheme: s.theme });
  await page.goto(`${base}/scoreboard/${id}${s.path ?? ''}?theme=${s.theme}&lang=${s.lang ?? 'en'}${s.query ?? ''}`);
  await page.screenshot({ path: s.file, fullPage: true });
  await page.close();
  console.log(`wrote ${s.file}`);
}
await browser.close();
