/**
 * The export of the team's page (issue 19 § 2), in Chromium against the real worker, on a board of
 * 2,000 answers: the file it saves is byte for byte the API's CSV for the same dates and filters,
 * a real <progress> counts the records as they arrive (the network slowed so it can be seen), a
 * cancel saves nothing, and a server out of reach is said in words.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminToken, base, chromiumPerFile, createBoard } from './helpers';
import { answer, openTeamPage } from './inbox-fixtures';

const chromium = chromiumPerFile();
const ANSWERS = 2000;
let board: string;

// About a minute: ~30 ms an answer on one `wrangler dev`, which the other test files share, so only
// four at a time (sixteen were barely faster and made their timings suffer).
beforeAll(async () => {
  board = (await createBoard()).id;
  await answer(
    board,
    Array.from({ length: ANSWERS }, (_, i) => ({
      interaction: `C-${i}`,
      verdict: i % 3 ? ('yes' as const) : ('no' as const),
      agent: i % 2 ? 'ana' : 'ben',
      channel: 'chat',
      // a comment with a line break and quotes inside its CSV field: still one record
      ...(i % 3 === 0 && i % 50 === 0 ? { comment: `line one\nline "two", ${i}` } : {}),
    })),
    4,
  );
}, 300_000);

/** The page's CSV request, and the API's CSV for exactly that URL (the same dates and filters). */
async function apiCsvFor(url: string): Promise<Buffer> {
  const res = await fetch(url.replace(/^https?:\/\/[^/]+/, base()), {
    headers: { authorization: `Bearer ${adminToken()}`, accept: 'text/csv' },
  });
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

/** Slows the page's network to `kbps` KiB/s, so a few hundred KiB take seconds. */
async function throttle(page: Page, kbps: number) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 0,
    downloadThroughput: kbps * 1024,
    uploadThroughput: -1,
  });
}

const csvRequest = (page: Page) =>
  page.waitForRequest((r) => r.url().includes('/responses?') && r.headers()['accept'] === 'text/csv');

/** Downloads with the page's button; the saved file, its name and the URL the page fetched. */
async function download(page: Page) {
  const [dl, req] = await Promise.all([
    page.waitForEvent('download'),
    csvRequest(page),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  return { file: await readFile((await dl.path())!), name: dl.suggestedFilename(), url: req.url() };
}

describe('the CSV export', () => {
  it('shows its progress on 2,000 answers, and saves exactly the API CSV of the range', async () => {
    const page = await openTeamPage(chromium.browser, board);
    await page.locator('#now [data-figure="answers"]').filter({ hasText: '2,000 answers' }).waitFor();
    await throttle(page, 64);
    const done = download(page);
    // a determinate bar part way, with its words
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>('#export progress');
      return bar !== null && bar.max === 2000 && bar.value > 0 && bar.value < bar.max;
    });
    expect(await page.locator('#export-count').textContent()).toMatch(/^[\d,]+ of 2,000 answers$/);
    expect(await page.getByRole('progressbar', { name: 'Download progress' }).count()).toBe(1);
    const { file, name, url } = await done;
    expect(name).toBe(`${board}-responses.csv`);
    expect(file.equals(await apiCsvFor(url))).toBe(true);
    expect(file.toString('utf8').split('\r\n').length).toBeGreaterThan(ANSWERS);
    await page
      .getByRole('status')
      .filter({ hasText: `Downloaded 2,000 answers as ${board}-responses.csv.` })
      .waitFor();
    expect(await page.locator('#export progress').count()).toBe(0);
  });

  it('exports the filtered answers when the page is filtered to an agent', async () => {
    const page = await openTeamPage(chromium.browser, board);
    const ana = page.locator('#agents').getByRole('button', { name: 'ana', exact: true });
    await ana.click();
    await page.locator('#agents button[aria-pressed="true"]').filter({ hasText: 'ana' }).waitFor();
    const { file, url } = await download(page);
    expect(new URL(url).searchParams.get('agent')).toBe('ana');
    expect(file.equals(await apiCsvFor(url))).toBe(true);
    const lines = file.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe('interaction,verdict,comment,agent,channel,locale,created_at,updated_at,reasons');
    expect(lines).toHaveLength(1 + 1000);
    expect(lines.slice(1).every((l) => l.split(',')[3] === 'ana')).toBe(true);
    await page.getByRole('status').filter({ hasText: 'Downloaded 1,000 answers' }).waitFor();
  });

  it('a cancelled download saves nothing and says so', async () => {
    const page = await openTeamPage(chromium.browser, board);
    let saved = 0;
    page.on('download', () => saved++);
    await throttle(page, 16);
    await page.getByRole('button', { name: 'Download CSV' }).click();
    await page.waitForFunction(() => (document.querySelector<HTMLProgressElement>('#export progress')?.value ?? 0) > 0);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('status').filter({ hasText: 'Download cancelled; nothing was saved.' }).waitFor();
    expect(await page.locator('#export progress').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Download CSV');
    expect(saved).toBe(0);
  });

  it('a server out of reach is said in words', async () => {
    const page = await openTeamPage(chromium.browser, board);
    await page.context().setOffline(true);
    await page.getByRole('button', { name: 'Download CSV' }).click();
    await page.locator('#export').getByRole('alert').filter({ hasText: 'The server could not be reached.' }).waitFor();
  });
});
