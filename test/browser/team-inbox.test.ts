/**
 * The "No" inbox of the team's page (issue 19 § 2), in Chromium against the real worker: each "No"
 * with its comment, reasons, agent, channel and age; marking one contacted moves it at once, the
 * Now panel's counts follow and the API has it; a refused change says why and changes nothing; a
 * read-only session sees no triage controls; it follows the page's agent filter; the whole thing
 * works from the keyboard; keyset pages behind "Show more"; axe finds no violation with items in
 * light, dark and Arabic.
 */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { age } from '../../team/src/inbox/age';
import { api, chromiumPerFile, createBoard } from './helpers';
import { answer, followUpOf, openTeamPage, readOnlySession } from './inbox-fixtures';

const chromium = chromiumPerFile();
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const REASONS = [
  { id: 'slow', label: 'Too slow' },
  { id: 'rude', label: { en: 'Rude', ar: 'غير مهذب' } },
];

/** A board with three "No"s (T-3 newest) and a "Yes", recorded one after the other. */
async function boardWithNos() {
  const { id } = await createBoard({ reasons: REASONS });
  await answer(
    id,
    [
      {
        interaction: 'T-1',
        verdict: 'no',
        comment: 'Waited two days',
        agent: 'ana',
        channel: 'email',
        reasons: ['slow'],
      },
      {
        interaction: 'T-2',
        verdict: 'no',
        comment: 'Nobody read my message',
        agent: 'ben',
        channel: 'chat',
        reasons: ['slow', 'rude'],
      },
      { interaction: 'T-3', verdict: 'no', agent: 'ana', channel: 'chat' },
      { interaction: 'T-4', verdict: 'yes', agent: 'ben' },
    ],
    1,
  );
  return id;
}

const item = (page: Page, interaction: string) => page.locator(`#inbox li[data-interaction="${interaction}"]`);
/** The interactions in the open list (first) or the handled one (second), in order. */
const listed = (page: Page, which: 0 | 1) =>
  page
    .locator('#inbox ul.inbox-list')
    .nth(which)
    .locator(':scope > li')
    .evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.interaction));
const count = (page: Page, status: string) => page.locator(`#now [data-count="${status}"] dd`).textContent();
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    return {
      tag: el.tagName,
      text: el.textContent,
      item: el.closest('li[data-interaction]')?.getAttribute('data-interaction'),
    };
  });

describe('the "No" inbox', () => {
  it('shows each "No" and marks one contacted without a reload: the item moves, the counts and the API follow', async () => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board);
    expect(await listed(page, 0)).toEqual(['T-3', 'T-2', 'T-1']);
    const t2 = item(page, 'T-2');
    expect(await t2.locator('.inbox-comment').textContent()).toBe('Nobody read my message');
    expect(await t2.getByRole('list', { name: 'Reasons' }).locator('li').allTextContents()).toEqual([
      'Too slow',
      'Rude',
    ]);
    const meta = await t2.locator('.inbox-meta').textContent();
    expect(meta).toContain('Open');
    expect(meta).toContain('Agent: ben');
    expect(meta).toContain('Channel: chat');
    expect(await t2.locator('time').textContent()).toMatch(/^(now|\d+ seconds? ago|1 minute ago)$/);
    expect(await item(page, 'T-3').locator('.inbox-comment').textContent()).toBe('No comment');
    await expect.poll(() => count(page, 'open')).toBe('3');
    expect(await count(page, 'contacted')).toBe('0');

    await page.evaluate(() => ((window as unknown as { kept: number }).kept = 1));
    await t2.getByRole('button', { name: 'Mark contacted' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved: Contacted.' }).waitFor();
    expect(await listed(page, 0)).toEqual(['T-3', 'T-1']);
    expect(await listed(page, 1)).toEqual(['T-2']);
    expect(await t2.locator('.inbox-status').textContent()).toBe('Contacted');
    // focus goes on down the list: the item that took T-2's place
    expect((await focused(page)).item).toBe('T-1');
    await expect.poll(() => count(page, 'open')).toBe('2');
    expect(await count(page, 'contacted')).toBe('1');
    expect(await page.evaluate(() => (window as unknown as { kept?: number }).kept)).toBe(1);

    expect(await followUpOf(board, 'T-2', 'contacted')).toMatchObject({ status: 'contacted' });
    expect(await followUpOf(board, 'T-2', 'open')).toBeUndefined();
  });

  it('a change the server refuses is said in words on the item, and nothing moves', async () => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board);
    // the customer changes their mind after the page loaded
    await answer(board, [{ interaction: 'T-1', verdict: 'yes' }]);
    await item(page, 'T-1').getByRole('button', { name: 'Mark resolved' }).click();
    await item(page, 'T-1')
      .getByRole('alert')
      .filter({ hasText: 'The customer has changed this answer to “Yes”: there is nothing to follow up.' })
      .waitFor();
    expect(await listed(page, 0)).toEqual(['T-3', 'T-2', 'T-1']);
    expect(await item(page, 'T-1').locator('.inbox-status').textContent()).toBe('Open');
    expect(await page.getByRole('status').filter({ hasText: 'Saved' }).count()).toBe(0);
  });

  it('follows the page\'s filter: a click on an agent leaves only that agent\'s "No"s', async () => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board);
    const request = page.waitForRequest((r) => r.url().includes('/responses?') && r.url().includes('agent=ben'));
    await page.locator('#agents').getByRole('button', { name: 'ben', exact: true }).click();
    await request;
    await page.locator('#inbox[aria-busy="false"]').waitFor();
    expect(await listed(page, 0)).toEqual(['T-2']);
  });

  it('a read-only session sees the answers but no triage controls', async () => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board, { session: await readOnlySession(board) });
    expect(await listed(page, 0)).toEqual(['T-3', 'T-2', 'T-1']);
    expect(await page.locator('#inbox').getByText('This session can only read them.').count()).toBe(1);
    expect(await page.locator('#inbox form, #inbox textarea, #inbox li button').count()).toBe(0);
  });

  it('works from the keyboard: Tab to an item, Enter, type a note, Enter on "Mark contacted"', async () => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board);
    for (let i = 0; i < 100 && (await focused(page)).text !== 'Add a note'; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Add a note', item: 'T-3' });
    await page.keyboard.press('Enter');
    const note = page.getByLabel('Note (optional, seen only by your team)');
    expect(await note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Called back; refund on its way');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Mark contacted', item: 'T-3' });
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Saved: Contacted.' }).waitFor();
    expect(await followUpOf(board, 'T-3', 'contacted')).toMatchObject({
      status: 'contacted',
      note: 'Called back; refund on its way',
    });
    expect(await item(page, 'T-3').locator('.inbox-note').textContent()).toBe('Note: Called back; refund on its way');
    // focus is on the next "No", visibly, and the next Tab reaches its first control
    expect(await focused(page)).toMatchObject({ tag: 'LI', item: 'T-2' });
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).toBe('solid');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'BUTTON', text: 'Add a note', item: 'T-2' });
  });

  it('reads keyset pages: open ones first, "Show more" goes on to the handled ones', async () => {
    const { id: board } = await createBoard();
    await answer(
      board,
      Array.from({ length: 30 }, (_, i) => ({ interaction: `N-${i}`, verdict: 'no' as const, comment: `no ${i}` })),
      1,
    );
    for (const i of [3, 10, 20]) {
      const res = await api(`/v1/boards/${board}/responses/N-${i}/follow-up`, {
        method: 'PUT',
        body: { status: 'contacted' },
      });
      expect(res.status).toBe(200);
    }
    const page = await openTeamPage(chromium.browser, board);
    const openNewestFirst = Array.from({ length: 30 }, (_, i) => `N-${29 - i}`).filter((x) => !/^N-(3|10|20)$/.test(x));
    expect(await listed(page, 0)).toEqual(openNewestFirst.slice(0, 25));
    expect(await page.locator('#inbox ul.inbox-list').count()).toBe(1);
    await page.getByRole('button', { name: 'Show more' }).click();
    await page.locator('#inbox ul.inbox-list').nth(1).waitFor();
    expect(await listed(page, 0)).toEqual(openNewestFirst);
    expect(await listed(page, 1)).toEqual(['N-20', 'N-10', 'N-3']);
    expect(await page.getByRole('button', { name: 'Show more' }).count()).toBe(0);
    // reading goes on from the first item "Show more" brought
    expect((await focused(page)).item).toBe(openNewestFirst[25]);
  });
});

describe('the age of a "No"', () => {
  const now = Date.parse('2026-12-06T12:00:00Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();
  it("is said in the largest whole unit, in words people use, in the page's language", () => {
    expect(age('en', ago(0), now)).toBe('now');
    expect(age('en', ago(-5_000), now)).toBe('now'); // a server clock a little ahead
    expect(age('en', ago(42_000), now)).toBe('42 seconds ago');
    expect(age('en', ago(3 * 3_600_000 + 59 * 60_000), now)).toBe('3 hours ago');
    expect(age('en', ago(26 * 3_600_000), now)).toBe('yesterday');
    expect(age('en', ago(9 * 86_400_000), now)).toBe('last week');
    expect(age('en', ago(40 * 86_400_000), now)).toBe('last month');
    expect(age('en', ago(400 * 86_400_000), now)).toBe('last year');
    expect(age('ar', ago(3 * 3_600_000), now)).toBe('قبل 3 ساعات');
  });
});

describe('axe finds no WCAG A/AA violation in the inbox with items, and the export', () => {
  it.each([
    ['light, wide', { scheme: 'light', width: 1280 }],
    ['dark, narrow', { scheme: 'dark', width: 390 }],
    ['Arabic, right to left', { scheme: 'light', width: 390, lang: 'ar' }],
  ] as const)('%s', async (_, o) => {
    const board = await boardWithNos();
    const page = await openTeamPage(chromium.browser, board, { ...o, bypassCSP: true });
    // an item with its note field open and one already handled, so every kind of control is there
    await item(page, 'T-2').getByRole('button').last().click();
    await page.locator('#inbox ul.inbox-list').nth(1).waitFor();
    await item(page, 'T-1').getByRole('button').first().click();
    await item(page, 'T-1').locator('textarea').waitFor();
    await page.addScriptTag({ path: AXE });
    const found = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<any> } }).axe;
      const r = await axe.run(
        { include: [['#inbox'], ['#export']] },
        { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
      );
      return r.violations.map((v: any) => `${v.id}: ${v.help} — ${v.nodes[0]?.target?.join(' ') ?? ''}`);
    });
    expect(found).toEqual([]);
  });
});
