/**
 * Alerts end to end: the real worker under `wrangler dev` (its local queues and consumer), a webhook
 * receiver on 127.0.0.1, and a customer clicking "No" in the widget in Chromium on a host page of
 * another origin. The second test follows README § Alerts: the admin CLI makes the webhook, the
 * repository's receiver script checks the signature and prints the event.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/local-worker.mjs';
import { startReceiver, type ReceivedEvent } from '../../scripts/webhook-receiver.mjs';
import { adminToken, api, base, chromiumPerFile, createBoard, hostSite, mint } from './helpers';

// The reference implementation of Standard Webhooks, loaded by Node itself rather than through
// Vite (which would warn about the package's source maps).
const { Webhook } = createRequire(import.meta.url)('standardwebhooks') as typeof import('standardwebhooks');

const ROOT = path.resolve(import.meta.dirname, '../..');
const chromium = chromiumPerFile();

/** A host page of another origin with the widget for one interaction of `board`; returns it opened. */
async function widgetPage(board: string, interaction: string): Promise<Page> {
  const token = await mint(board, interaction);
  const html = `<!doctype html><html lang="en"><head><title>Ticket solved</title></head><body>
<h1>Your ticket was solved</h1>
<script src="${base()}/widget.js" async data-board="${board}" data-interaction="${interaction}" data-token="${token}" data-agent="maya"></script>
</body></html>`;
  const site = await hostSite({ '/': { html } });
  chromium.closeLater(site.close);
  const page = await (await chromium.browser.newContext()).newPage();
  chromium.closeLater(() => page.context().close());
  await page.goto(site.origin + '/');
  return page;
}

async function until<T>(what: string, probe: () => T | undefined, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('alerts', () => {
  it('a "No" clicked in the widget reaches a receiver on 127.0.0.1, signed, within seconds', async () => {
    const { id: board } = await createBoard();
    const got: ReceivedEvent[] = [];
    const receiver = await startReceiver({ port: 0, onEvent: (e) => got.push(e) });
    chromium.closeLater(receiver.close);
    const hook = await api(`/v1/boards/${board}/webhooks`, {
      method: 'POST',
      body: { url: receiver.url, events: ['answer.unsatisfied', 'comment.added'] },
    });
    expect(hook.status).toBe(201);

    const page = await widgetPage(board, 'T-900');
    await page.getByRole('button', { name: 'No' }).click();
    // waits at most 15 s; how long it takes is measured by bench/webhook-latency.mjs
    const first = await until('the unsatisfied event', () => got[0]);
    // verified as any receiver would, with the reference implementation of the scheme
    const payload = new Webhook(hook.body.secret).verify(first.body, first.headers as Record<string, string>) as any;
    expect(payload).toMatchObject({
      type: 'answer.unsatisfied',
      data: { board, interaction: 'T-900', verdict: 'no', agent: 'maya', locale: 'en' },
    });
    expect(payload.data.comment).toBeUndefined();

    // the comment the customer adds next arrives as its own event
    await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('The fix did not work.');
    await page.getByRole('button', { name: 'Send' }).click();
    const second = await until('the comment event', () => got[1]);
    expect(new Webhook(hook.body.secret).verify(second.body, second.headers as Record<string, string>)).toMatchObject({
      type: 'comment.added',
      data: { interaction: 'T-900', verdict: 'no', comment: 'The fix did not work.' },
    });
    expect(second.headers['webhook-id']).not.toBe(first.headers['webhook-id']);
  });

  it('README § Alerts: the admin CLI makes the webhook, the receiver script shows the signed "No"', async () => {
    const { id: board } = await createBoard();
    const port = await freePort();
    const env = { ...process.env, PANDAMETER_ADMIN_TOKEN: adminToken(), NO_COLOR: '1' };
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['scripts/admin.mjs', '--url', base(), ...args], {
        cwd: ROOT,
        env,
        encoding: 'utf8',
      });

    const created = cli(
      'webhooks',
      'create',
      board,
      `http://127.0.0.1:${port}/`,
      '--events',
      'answer.unsatisfied,comment.added',
    );
    expect(created.status, created.stderr).toBe(0);
    const secret = /whsec_[A-Za-z0-9+/]+=*/.exec(created.stdout)?.[0];
    expect(secret).toBeDefined();
    const webhookId = /Webhook (wh_[a-z0-9]+)/.exec(created.stdout)?.[1];

    const receiver = spawn(
      process.execPath,
      ['scripts/webhook-receiver.mjs', '--port', String(port), '--secret', secret!],
      {
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    chromium.closeLater(() => void receiver.kill());
    let out = '';
    receiver.stdout.on('data', (d) => (out += d));
    receiver.stderr.on('data', (d) => (out += d));
    await until('the receiver to listen', () => (out.includes('Listening on') ? true : undefined));

    const page = await widgetPage(board, 'T-901');
    await page.getByRole('button', { name: 'No' }).click();
    await until('the receiver to print the event', () => (out.includes('answer.unsatisfied') ? true : undefined));
    expect(out).toContain(`✓ signed answer.unsatisfied — ${board} / T-901: no (agent maya)`);
    expect(out).not.toContain('✗');

    const log = cli('webhooks', 'deliveries', board, webhookId!);
    expect(log.status, log.stderr).toBe(0);
    expect(log.stdout).toMatch(/answer\.unsatisfied\s+T-901\s+delivered\s+1\s+204/);
    expect(cli('webhooks', 'list', board).stdout).toContain(`http://127.0.0.1:${port}/`);
  });
});
