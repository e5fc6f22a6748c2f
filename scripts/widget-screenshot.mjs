#!/usr/bin/env node
// Screenshots of the widget for the README, against a running worker (`npm start`) and its admin
// token, with the Chromium scripts/chromium.mjs finds:
//   BASE=http://localhost:8787 ADMIN_TOKEN=… node scripts/widget-screenshot.mjs
// docs/demo.png and docs/widget.png: the demo page (1200 and 1100 px wide). docs/widget-states.png: the widget's states side by side, each
// made for real on the demo page — the question, a brand colour with the board's reasons after
// "No", the thanks, dark mode, the API unreachable, and a wrong embed found at load (an unknown
// board) — with the console warning it logs. A board "widget-shots-<time>" (Acme Support, with
// reasons) is created for them.
import { launchChromium } from './chromium.mjs';
import { DEFAULT_PORT } from './local-demo.mjs';

const base = process.env.BASE ?? `http://localhost:${DEFAULT_PORT}`;
const adminToken = process.env.ADMIN_TOKEN;
if (!adminToken) throw new Error('Set ADMIN_TOKEN (see .dev.vars).');

async function admin(path, body) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const shots = `widget-shots-${Date.now().toString(36)}`;
await admin('/v1/boards', {
  id: shots,
  name: 'Acme Support',
  reasons: [
    { id: 'slow', label: 'Too slow' },
    { id: 'unclear', label: 'Unclear answer' },
    { id: 'unsolved', label: 'Problem not solved' },
    { id: 'tone', label: 'Unfriendly' },
  ],
});

async function mint(interaction, board = 'demo') {
  const res = await fetch(`${base}/v1/boards/${board}/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ interaction }),
  });
  if (!res.ok) throw new Error(`tokens: ${res.status} ${await res.text()}`);
  return (await res.json()).token;
}

const browser = await launchChromium();
try {
  const page = await browser.newPage();
  for (const [file, width, height] of [
    ['docs/demo.png', 1200, 900],
    ['docs/widget.png', 1100, 760],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto(`${base}/demo`);
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    await page.frameLocator('#scoreboard-slot iframe').locator('#p').waitFor();
    await page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  }

  // The states, each in a slot of its own on the demo page (same origin, same CSP as a real embed).
  const run = Date.now().toString(36);
  const states = [
    { id: 'question', caption: 'The question', interaction: `Q-${run}` },
    {
      id: 'reasons',
      caption: 'A brand colour (data-accent); after “No”, the board’s reasons',
      interaction: `C-${run}`,
      accent: '#0b7a3e',
    },
    { id: 'thanks', caption: 'Thanks: the panda this answer added, saved', interaction: `T-${run}` },
    { id: 'dark', caption: 'Dark mode (data-theme="dark")', interaction: `D-${run}`, theme: 'dark' },
    { id: 'offline', caption: 'Network down or server busy: kept, sent later', interaction: `O-${run}`, board: 'demo' },
    {
      id: 'unavailable',
      caption: 'A wrong embed, found at load (here: unknown board)',
      interaction: `R-${run}`,
      board: 'no-such-board',
    },
  ];
  for (const s of states) {
    s.board ??= shots;
    s.token = await mint(s.interaction, s.board === 'no-such-board' ? 'demo' : s.board);
  }
  const warnings = [];
  page.on('console', (m) => void (m.type() === 'warning' && warnings.push(m.text())));
  await page.route(`${base}/v1/boards/demo/responses`, (route) =>
    route.request().postData()?.includes(`O-${run}`) ? route.abort('internetdisconnected') : route.continue(),
  );
  await page.setViewportSize({ width: 1300, height: 800 });
  await page.evaluate((states) => {
    const grid = document.createElement('div');
    grid.id = 'states';
    Object.assign(grid.style, {
      display: 'grid',
      gridTemplateColumns: 'repeat(auto-fill, minmax(400px, 1fr))',
      gap: '20px 16px',
      padding: '16px',
      background: 'var(--bg)',
    });
    for (const s of states) {
      const cell = document.createElement('figure');
      Object.assign(cell.style, { margin: '0', padding: '8px', borderRadius: '12px' });
      if (s.theme === 'dark') Object.assign(cell.style, { background: '#111316', color: '#e8eaed' });
      const caption = document.createElement('figcaption');
      caption.textContent = s.caption;
      Object.assign(caption.style, { font: '600 14px system-ui', margin: '0 0 6px' });
      const slot = document.createElement('div');
      slot.id = `slot-${s.id}`;
      cell.append(caption, slot);
      grid.append(cell);
    }
    const warning = document.createElement('pre');
    warning.id = 'console';
    Object.assign(warning.style, { gridColumn: '1 / -1', margin: '0', whiteSpace: 'pre-wrap' });
    grid.append(warning);
    document.body.replaceChildren(grid);
    for (const s of states) {
      window.Pandameter.ask({
        board: s.board,
        interaction: s.interaction,
        token: s.token,
        accent: s.accent,
        theme: s.theme,
        comment: s.id === 'thanks' ? 'never' : 'no',
        target: `#slot-${s.id}`,
      });
    }
  }, states);
  const slot = (id) => page.locator(`#slot-${id}`);
  await slot('reasons').getByRole('button', { name: 'No' }).click();
  await slot('reasons').getByRole('button', { name: 'Too slow' }).click();
  await slot('reasons').getByText('Saved.').waitFor();
  await slot('thanks').getByRole('button', { name: 'Yes' }).click();
  await slot('thanks').getByText('Saved.').waitFor();
  await slot('dark').getByRole('button', { name: 'Yes' }).waitFor();
  await slot('offline').getByRole('button', { name: 'Yes' }).click();
  await slot('offline').getByText("Will be sent when you're back online").waitFor();
  await slot('unavailable').getByText('reply to your support e-mail').waitFor();
  while (warnings.length === 0) await page.waitForTimeout(50);
  await page.evaluate((text) => (document.getElementById('console').textContent = `Console: ${text}`), warnings[0]);
  await page.mouse.move(0, 0);
  await page.locator('#states').screenshot({ path: 'docs/widget-states.png' });
  console.log('wrote docs/widget-states.png');
} finally {
  await browser.close();
}
