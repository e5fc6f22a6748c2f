/**
 * The widget when things go wrong, in Chromium, told honestly: a wrong embed (board, origin, token)
 * is found at load, so no question that would fail is shown, only a way out, and the site owner
 * gets one console warning with the API's code and what to fix; a refusal found only at the click
 * is shown as "not saved" with the same way out, never beside a "Thank you!", and is not kept for
 * retrying; a passing trouble (a 503) is kept and sent once the worker is back; mistakes in the embed
 * itself (tag in <head>, no data-board, a data-target that matches nothing) are console warnings.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWER_WORDS } from '../../i18n';
import { mintToken } from '../../worker/lib/tokens';
import { api, base, chromiumPerFile, mint, statusSays, storedAnswers, widgetHost, type WidgetHost } from './helpers';

const chromium = chromiumPerFile();

interface Opened {
  page: Page;
  /** console.warn messages of the page, in order */
  warnings: string[];
  /** POSTs the page made to the answer endpoint */
  posts: () => number;
}

/** A host page with the widget, opened in a fresh context that records warnings and answer POSTs. */
async function openHost(host: WidgetHost, boardSettings: Record<string, unknown> = {}, pageOrigin?: string) {
  const site = await widgetHost(host, 'T-1', boardSettings);
  chromium.closeLater(site.close);
  const context = await chromium.browser.newContext();
  const page = await context.newPage();
  const warnings: string[] = [];
  let posts = 0;
  page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
  page.on('request', (r) => void (r.method() == 'POST' && r.url().endsWith('/responses') && posts++));
  await page.goto(pageOrigin ? site.url.replace(site.origin, pageOrigin) : site.url);
  return { ...site, page, warnings, posts: () => posts } satisfies Opened & object;
}

/** Refused for good: "Not saved" in the live region, no thanks, nothing kept, one warning. */
async function expectRefused(opened: Opened, board: string, warning: RegExp) {
  const { page, warnings } = opened;
  await statusSays(page, 'Not saved');
  expect(await page.getByText('Thank you!').count()).toBe(0);
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toMatch(warning);
  expect(await storedAnswers(board).catch(() => [])).toEqual([]);
  // Nothing kept for later: the outbox has no pending entry, and no retry goes out.
  const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('pandameter') || '{}'));
  expect(Object.values(kept)).toEqual([]);
  const sent = opened.posts();
  await page.waitForTimeout(2500); // longer than the first retry would wait (1 s)
  expect(opened.posts()).toBe(sent);
  expect(warnings).toHaveLength(1);
}

/**
 * Found at load (the widget's ask, POST …/asks, is refused for good): no question that would fail,
 * the sentence with a way out, one warning with the API's code and what to fix, no answer sent.
 */
async function expectUnavailable(opened: Opened, warning: RegExp) {
  const { page, warnings } = opened;
  await page.getByText(ANSWER_WORDS.en.unavailable).waitFor();
  expect(await page.locator('pandameter-widget').getByRole('button').count()).toBe(0);
  expect(await page.getByText(ANSWER_WORDS.en.question).count()).toBe(0);
  await expect.poll(() => warnings.length).toBe(1);
  expect(warnings[0]).toMatch(/^Pandameter: answers cannot be saved, so no question is shown: /);
  expect(warnings[0]).toMatch(warning);
  await page.waitForTimeout(1500);
  expect(warnings).toHaveLength(1);
  expect(opened.posts()).toBe(0);
}

describe('a wrong embed is found at load: no question, a way out, one warning', () => {
  it('a wrong board id', async () => {
    const opened = await openHost({ attrs: { board: 'no-such-board' } });
    await expectUnavailable(opened, /404 unknown_board: No board named "no-such-board" here: check the board id/);
  });

  it('a page whose origin is not in allowed_origins — 127.0.0.1 is not localhost', async () => {
    // The board allows the host site as http://localhost:PORT; the same page opened as 127.0.0.1 is refused.
    const site = await widgetHost({}, 'T-1');
    chromium.closeLater(site.close);
    await api(`/v1/boards/${site.board}`, { method: 'PATCH', body: { allowed_origins: [site.origin] } });
    const ipOrigin = site.origin.replace('localhost', '127.0.0.1');
    const opened = await openHost({ attrs: { board: site.board, token: site.token } }, {}, ipOrigin);
    await expectUnavailable(
      opened,
      new RegExp(
        `403 origin_not_allowed: This board does not take answers from ${ipOrigin.replace(/\./g, '\\.')}: add this exact origin`,
      ),
    );
    // The origin it does allow works.
    const allowed = await opened.page.context().newPage();
    await allowed.goto(site.url);
    await allowed.getByRole('button', { name: 'Yes' }).click();
    await statusSays(allowed, 'Saved');
    expect(await storedAnswers(site.board)).toMatchObject([{ interaction: 'T-1', verdict: 'yes' }]);
  });

  it('a missing token', async () => {
    const opened = await openHost({ attrs: { token: undefined } });
    await expectUnavailable(opened, /401 token_required: This board needs a token/);
  });

  it('the token of another interaction', async () => {
    const site = await widgetHost({}, 'T-other');
    chromium.closeLater(site.close);
    const opened = await openHost({ attrs: { board: site.board, token: site.token } });
    await expectUnavailable(opened, /401 token_invalid: The token is not valid for this interaction/);
  });

  it('an expired token', async () => {
    const site = await widgetHost({}, 'T-other');
    chromium.closeLater(site.close);
    // Signed with the board's secret, for this board and interaction, but an hour ago.
    const token = await mintToken(site.secret, site.board, 'T-1', Math.floor(Date.now() / 1000) - 3600);
    const opened = await openHost({ attrs: { board: site.board, token } });
    await expectUnavailable(opened, /401 token_expired: The token has expired: mint a new one/);
  });
});

describe('refused only at the click (the ask at load could not tell): shown, logged once, not retried', () => {
  it('a wrong board id, with the ask at load lost to the network: the question, then "Not saved" and a way out', async () => {
    const site = await widgetHost({ attrs: { board: 'no-such-board' } }, 'T-1');
    chromium.closeLater(site.close);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    let posts = 0;
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    page.on('request', (r) => void (r.method() == 'POST' && r.url().endsWith('/responses') && posts++));
    await page.route('**/asks', (route) => route.abort());
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Yes' }).click();
    const opened = { page, warnings, posts: () => posts };
    await expectRefused(
      opened,
      site.board,
      /^Pandameter: the answer for "T-1" was not saved: 404 unknown_board: No board named "no-such-board" here: check the board id/,
    );
    await page.getByText(ANSWER_WORDS.en.unavailable).waitFor();
    await context.close();
  });
});

describe('passing trouble: kept and sent once it is over', () => {
  it('a 503, then the worker is back: "will be sent", then saved, stored once', async () => {
    const site = await widgetHost({}, 'T-1');
    chromium.closeLater(site.close);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    let refusedOnce = false;
    let confirmed = 0;
    page.on('response', (r) => void (r.url().endsWith('/responses') && r.status() < 300 && confirmed++));
    await page.route(`${base()}/v1/**`, async (route) => {
      // the answer's POST (the ask at load goes through)
      if (route.request().method() == 'POST' && route.request().url().endsWith('/responses') && !refusedOnce) {
        refusedOnce = true;
        const error = { code: 'storage_unavailable', message: 'The database is unavailable; try again shortly.' };
        return route.fulfill({
          status: 503,
          headers: { 'access-control-allow-origin': '*', 'retry-after': '5', 'content-type': 'application/json' },
          body: JSON.stringify({ error }),
        });
      }
      return route.continue();
    });
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Yes' }).click();
    await statusSays(page, "Will be sent when you're back online");
    await page.getByText('Thank you!').waitFor();
    await statusSays(page, 'Saved');
    expect(confirmed).toBe(1);
    expect(await storedAnswers(site.board)).toMatchObject([{ interaction: 'T-1', verdict: 'yes' }]);
    expect(warnings).toEqual([]);
    await context.close();
  });
});

describe('mistakes in the embed', () => {
  it('a script tag in <head>: the widget still appears, at the end of <body>, with a hint', async () => {
    const opened = await openHost({ tagInHead: true, after: '<p id="last">End of the page</p>' });
    const { page, warnings } = opened;
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    expect(await page.evaluate(() => document.body.lastElementChild?.tagName)).toBe('PANDAMETER-WIDGET');
    expect(await page.evaluate(() => document.head.querySelector('pandameter-widget'))).toBeNull();
    expect(warnings).toEqual([
      'Pandameter: the script tag is in <head>, where nothing shows; the widget is at the end of <body>. ' +
        'Move the tag where the question belongs, or set data-target.',
    ]);
    await page.getByRole('button', { name: 'Yes' }).click();
    await statusSays(page, 'Saved');
  });

  it('no data-board: nothing shown, and a warning that says so', async () => {
    const opened = await openHost({ attrs: { board: undefined } });
    await expect.poll(() => opened.warnings.length).toBe(1);
    expect(opened.warnings[0]).toBe(
      'Pandameter: the script tag has no data-board, so nothing is shown. Add data-board="your-board-id".',
    );
    expect(await opened.page.locator('pandameter-widget').count()).toBe(0);
  });

  it('a data-target that matches nothing: a warning naming it', async () => {
    const opened = await openHost({ attrs: { target: '#csat' } });
    await expect.poll(() => opened.warnings.length).toBe(1);
    expect(opened.warnings[0]).toBe('Pandameter: data-target "#csat" matches no element; nothing shown.');
    expect(await opened.page.locator('pandameter-widget').count()).toBe(0);
  });

  it('Pandameter.ask() with nowhere to render: a warning, nothing thrown into the page', async () => {
    const site = await widgetHost({ attrs: { board: undefined, interaction: undefined, token: undefined } });
    chromium.closeLater(site.close);
    const token = await mint(site.board, 'chat-1');
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    await page.goto(site.url);
    await page.evaluate(({ board, token }) => (window as any).Pandameter.ask({ board, interaction: 'chat-2', token }), {
      board: site.board,
      token,
    });
    // No script tag to stand in for and no target.
    await expect.poll(() => warnings.length).toBe(1);
    expect(warnings[0]).toBe('Pandameter: ask() needs a target: a CSS selector or an element to render into.');
    await context.close();
  });
});
