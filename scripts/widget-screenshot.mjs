#!/usr/bin/env node
// Screenshots of the widget for the README, against a running worker (`npm start`) and its admin
// token, with the Chromium scripts/chromium.mjs finds:
//   BASE=http://localhost:8787 ADMIN_TOKEN=… node scripts/widget-screenshot.mjs
// docs/demo.png and docs/widget.png: the demo page (1200 and 1100 px wide). docs/widget-states.png: the widget's states side by side, each
// made for real on the demo page — answered, commenting, the API unreachable, and refused (an
// unknown board) — with the console warning the refusal logs.
import { launchChromium } from './chromium.mjs';
import { DEFAULT_PORT } from './local-demo.mjs';

const base = process.env.BASE ?? `http://localhost:${DEFAULT_PORT}`;
const adminToken = process.env.ADMIN_TOKEN;
if (!adminToken) throw new Error('Set ADMIN_TOKEN (see .dev.vars).');

async function mint(interaction) {
  const res = await fetch(`${base}/v1/boards/demo/tokens`, {
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
    { id: 'comment', caption: 'After “No”: the answer is saved, a comment may follow', interaction: `C-${run}` },
    { id: 'thanks', caption: 'Thanks, with the answer given (also on a return visit)', interaction: `T-${run}` },
    { id: 'offline', caption: 'Network down or server busy: kept, sent later', interaction: `O-${run}` },
    { id: 'refused', caption: 'Refused for good (here: unknown board): not saved', interaction: `R-${run}` },
  ];
  for (const s of states) s.token = await mint(s.interaction);
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
      gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))',
      gap: '20px 16px',
      padding: '16px',
      background: 'var(--bg)',
    });
    for (const s of states) {
      const cell = document.createElement('figure');
      Object.assign(cell.style, { margin: '0' });
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
        board: s.id === 'refused' ? 'no-such-board' : 'demo',
        interaction: s.interaction,
        token: s.token,
        comment: s.id === 'thanks' ? 'never' : 'no',
        target: `#slot-${s.id}`,
      });
    }
  }, states);
  const slot = (id) => page.locator(`#slot-${id}`);
  await slot('comment').getByRole('button', { name: 'No' }).click();
  await slot('comment').getByText('Saved.').waitFor();
  await slot('thanks').getByRole('button', { name: 'Yes' }).click();
  await slot('thanks').getByText('Saved.').waitFor();
  await slot('offline').getByRole('button', { name: 'Yes' }).click();
  await slot('offline').getByText("Will be sent when you're back online").waitFor();
  await slot('refused').getByRole('button', { name: 'No' }).click();
  await slot('refused').getByText('Not saved').waitFor();
  while (warnings.length === 0) await page.waitForTimeout(50);
  await page.evaluate((text) => (document.getElementById('console').textContent = `Console: ${text}`), warnings[0]);
  await page.locator('#states').screenshot({ path: 'docs/widget-states.png' });
  console.log('wrote docs/widget-states.png');
} finally {
  await browser.close();
}
