/**
 * The team's page in Chromium against the real worker: signing in by the CLI's one-time link (and
 * its second use refused in words), the page's numbers against GET …/stats and …/score, a click on
 * an agent filtering every panel, the chart read out by keyboard and pointer, the table view,
 * sorting, a session that ends under the page, and signing out.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, base, chromiumPerFile } from './helpers';
import { pct, signedIn, signInLink, statsAsAdmin, statsQueryOf, tableRows, teamBoard, settled } from './team-helpers';

const chromium = chromiumPerFile();
let board: string;
beforeAll(async () => {
  board = await teamBoard();
});

interface Stats {
  interval: string;
  totals: {
    responses: number;
    percent: number | null;
    interval95: [number, number] | null;
    asked: number;
    answered: number;
    response_rate: number | null;
    follow_up: Record<'open' | 'contacted' | 'resolved', number>;
  };
  series: {
    period: string;
    satisfied: number;
    unsatisfied: number;
    percent: number | null;
    interval95?: [number, number] | null;
  }[];
  groups?: {
    key: string | null;
    satisfied: number;
    unsatisfied: number;
    percent: number | null;
    interval95?: [number, number] | null;
    response_rate?: number | null;
    follow_up?: { open: number } | null;
  }[];
}

/** The API's stats for the page's four requests (Now and trend, agents, channels, reasons), by their queries. */
const panelStats = async (queries: string[]) =>
  (await Promise.all(queries.map((q) => statsAsAdmin(board, q)))) as [Stats, Stats, Stats, Stats];

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();
/** Now, as the page shows it, against the stats totals. */
async function expectNow(page: Page, s: Stats) {
  const t = s.totals;
  expect(await text(page, '[data-figure="percent"] .value')).toBe(pct(t.percent!));
  expect(await text(page, '[data-figure="percent"]')).toContain(
    `Very likely between ${pct(t.interval95![0])} and ${pct(t.interval95![1])}`,
  );
  expect(await text(page, '[data-figure="answers"]')).toBe(`${t.responses} answer${t.responses === 1 ? '' : 's'}`);
  expect(await text(page, '[data-figure="rate"] .value')).toBe(pct(t.response_rate!));
  expect(await text(page, '[data-figure="rate"]')).toContain(`${t.answered} of ${t.asked} customers asked answered`);
  for (const k of ['open', 'contacted', 'resolved'] as const)
    expect(await text(page, `[data-count="${k}"] dd`), k).toBe(String(t.follow_up[k]));
}

/** A groups table, row by row: name, answers, percent (with its interval), response rate, open follow-ups. */
const groupRows = (s: Stats) =>
  [...s.groups!]
    .sort((a, b) => b.satisfied + b.unsatisfied - (a.satisfied + a.unsatisfied))
    .map((g) => [
      g.key ?? 'None named',
      String(g.satisfied + g.unsatisfied),
      (g.percent === null ? '–' : pct(g.percent)) +
        (g.interval95 ? `${pct(g.interval95[0])}–${pct(g.interval95[1])}` : ''),
      g.response_rate == null ? '–' : pct(g.response_rate),
      g.follow_up ? String(g.follow_up.open) : '–',
      '',
    ]);

async function expectGroups(page: Page, by: 'agent' | 'channel', s: Stats) {
  const rows = await tableRows(page, `table[data-groups="${by}"]`);
  // rows with the same number of answers may come in either order
  expect(rows.sort()).toEqual(groupRows(s).sort());
}

async function expectReasons(page: Page, s: Stats) {
  const labels: Record<string, string> = { slow: 'Too slow', rude: 'Unfriendly' };
  const shown = await page.$$eval('.reasons li', (lis) =>
    lis.map((li) => [li.querySelector('.name')!.textContent, li.querySelector('.count')!.textContent]),
  );
  expect(shown).toEqual(
    s.groups!.map((g) => [labels[g.key!], `${g.unsatisfied} time${g.unsatisfied === 1 ? '' : 's'}`]),
  );
}

/** The trend's table view: one row per period, the same numbers as the series. */
async function expectTrendTable(page: Page, s: Stats) {
  await page.getByRole('button', { name: 'Show as table' }).click();
  const rows = await tableRows(page, '#trend table');
  expect(rows).toHaveLength(s.series.length);
  const withAnswers = s.series.map((p, i) => [p, rows[i]!] as const).filter(([p]) => p.percent !== null);
  expect(withAnswers.length).toBeGreaterThan(0);
  for (const [p, row] of withAnswers) {
    expect(row.slice(1)).toEqual([
      pct(p.percent!),
      p.interval95 ? `${pct(p.interval95[0])} – ${pct(p.interval95[1])}` : '–',
      String(p.satisfied + p.unsatisfied),
    ]);
  }
  await page.getByRole('button', { name: 'Show as chart' }).click();
}

describe('the team page', () => {
  it('signs in by a one-time link, taking the secret out of the address; its second use is refused in words', async () => {
    const { url } = await signInLink(board);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('heading', { level: 1, name: 'Acme Support' }).waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual([`pandameter:team:${board}`]);
    // a reload keeps the session of this tab
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Acme Support' }).waitFor();

    const again = await (await chromium.browser.newContext()).newPage();
    await again.goto(url);
    await again.getByRole('alert').filter({ hasText: 'This sign-in link does not work any more' }).waitFor();
    expect(await again.getByLabel('Board key').isVisible()).toBe(true);
    expect(new URL(again.url()).hash).toBe('');
    // a link cut short or made up reads the same to the person holding it
    await again.goto(`${base()}/team/${board}#link=not-a-link`);
    await again.getByRole('alert').filter({ hasText: 'This sign-in link does not work any more' }).waitFor();
    await again.context().close();
    await context.close();
  });

  it('signs in with a board key that can read, as read only; a wrong key is refused in words', async () => {
    const made = await api(`/v1/boards/${board}/keys`, { method: 'POST', body: { scopes: ['read'] } });
    const page = await (await chromium.browser.newContext()).newPage();
    await page.goto(`${base()}/team/${board}`);
    await page.getByLabel('Board key').fill('pmk_not_a_key');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'This key was not accepted for this board.' }).waitFor();
    await page.getByLabel('Board key').fill(made.body.key);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acme Support' }).waitFor();
    expect(await page.getByText('Read only').count()).toBe(1);
    await page.context().close();
  });

  it('shows the numbers of GET …/stats and …/score in every panel', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const queries = ([null, 'agent', 'channel', 'reason'] as const).map((g) => statsQueryOf(page, g));
    const { url } = await signInLink(board);
    await page.goto(url);
    const [overview, agents, channels, reasons] = await panelStats(await Promise.all(queries));
    await settled(page);
    expect(overview.totals.responses).toBe(8);
    await expectNow(page, overview);
    const score = (await api(`/v1/boards/${board}/score`, { auth: null })).body;
    expect(await text(page, '[data-figure="public"]')).toBe(
      `Public score now: ${pct(score.percent)} (last 100 answers)`,
    );
    await expectGroups(page, 'agent', agents);
    expect((await tableRows(page, 'table[data-groups="agent"]')).map((r) => r[0])).toContain('None named');
    await expectGroups(page, 'channel', channels);
    await expectReasons(page, reasons);
    await expectTrendTable(page, overview);
    await context.close();
  });

  it('filters every panel to an agent by a click on its name, and shows all again from the chip', async () => {
    const page = await signedIn(chromium.browser, board);
    await settled(page);
    const queries = ([null, 'agent', 'channel', 'reason'] as const).map((g) => statsQueryOf(page, g));
    await page.locator('table[data-groups="agent"]').getByRole('button', { name: 'bo', exact: true }).click();
    const search = await Promise.all(queries);
    for (const q of search) expect(new URLSearchParams(q).get('agent'), q).toBe('bo');
    const [overview, agents, channels, reasons] = (await Promise.all(
      search.map((q) => statsAsAdmin(board, q)),
    )) as Stats[];
    await settled(page);
    expect(await page.locator('.chip').innerText()).toContain('Agent: bo');
    // bo: 1 yes and 2 no, all on chat, three reasons chosen (slow once, rude twice)
    expect(overview!.totals.responses).toBe(3);
    await expectNow(page, overview!);
    await expectGroups(page, 'agent', agents!);
    expect((await tableRows(page, 'table[data-groups="agent"]')).map((r) => r[0])).toEqual(['bo']);
    // the channels' panel: bo's channels (all chat), without open follow-ups (not kept per agent and channel)
    expect(await text(page, '#channels')).toContain('The channels this agent answered in.');
    expect(channels!.groups!.map((g) => [g.key, g.satisfied, g.unsatisfied])).toEqual([['chat', 1, 2]]);
    await expectGroups(page, 'channel', channels!);
    await expectReasons(page, reasons!);
    expect(reasons!.groups!.map((g) => [g.key, g.unsatisfied])).toEqual([
      ['rude', 2],
      ['slow', 1],
    ]);
    await expectTrendTable(page, overview!);

    const back = statsQueryOf(page, null);
    await page.getByRole('button', { name: 'Show all again (remove the filter bo)' }).click();
    expect(new URLSearchParams(await back).get('agent')).toBeNull();
    await settled(page);
    expect(await page.locator('.chip').count()).toBe(0);
    expect(await text(page, '[data-figure="answers"]')).toBe('8 answers');
    await page.context().close();
  });

  it('filters every panel to a channel by a click on its name', async () => {
    const page = await signedIn(chromium.browser, board);
    await settled(page);
    const queries = ([null, 'agent', 'channel', 'reason'] as const).map((g) => statsQueryOf(page, g));
    await page.locator('table[data-groups="channel"]').getByRole('button', { name: 'email', exact: true }).click();
    const search = await Promise.all(queries);
    for (const q of search) expect(new URLSearchParams(q).get('channel'), q).toBe('email');
    const [overview, agents, channels, reasons] = (await Promise.all(
      search.map((q) => statsAsAdmin(board, q)),
    )) as Stats[];
    await settled(page);
    expect(await page.locator('.chip').innerText()).toContain('Channel: email');
    // email: ana's 2 yes and 1 no (slow)
    expect(overview!.totals.responses).toBe(3);
    await expectNow(page, overview!);
    await expectGroups(page, 'channel', channels!);
    expect((await tableRows(page, 'table[data-groups="channel"]')).map((r) => r[0])).toEqual(['email']);
    // the agents' panel: email's agents (ana: 2 yes, 1 no)
    expect(await text(page, '#agents')).toContain('The agents who answered in this channel.');
    expect(agents!.groups!.map((g) => [g.key, g.satisfied, g.unsatisfied])).toEqual([['ana', 2, 1]]);
    await expectGroups(page, 'agent', agents!);
    await expectReasons(page, reasons!);
    expect(reasons!.groups!.map((g) => [g.key, g.unsatisfied])).toEqual([['slow', 1]]);
    await expectTrendTable(page, overview!);
    await page.context().close();
  });

  it('reads each period of the chart out by keyboard and by pointer', async () => {
    const page = await signedIn(chromium.browser, board);
    const daily = statsQueryOf(page, null);
    await page.getByLabel('Per', { exact: true }).selectOption('day');
    const s = (await statsAsAdmin(board, await daily)) as Stats;
    await settled(page);
    const readout = page.locator('.readout');
    const last = s.series.length - 1;
    const today = s.series[last]!;
    const dayName = (p: string) =>
      new Intl.DateTimeFormat('en', { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(new Date(p));
    const saysToday = `${dayName(today.period)}: ${pct(today.percent!)} satisfied (very likely ${pct(today.interval95![0])} to ${pct(today.interval95![1])}), 8 answers`;

    expect(await readout.getAttribute('aria-live')).toBe('polite');
    await page.getByRole('group', { name: 'Percent satisfied and answers per period' }).focus();
    await expect.poll(() => readout.innerText()).toBe(saysToday);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => readout.innerText()).toBe(`${dayName(s.series[last - 1]!.period)}: no answers`);
    await page.keyboard.press('Home');
    await expect.poll(() => readout.innerText()).toBe(`${dayName(s.series[0]!.period)}: no answers`);
    await page.keyboard.press('End');
    await expect.poll(() => readout.innerText()).toBe(saysToday);

    // the pointer over the first period's column
    const box = (await page.locator('.chart svg').boundingBox())!;
    await page.mouse.move(box.x + 50, box.y + box.height / 2);
    await expect.poll(() => readout.innerText()).toBe(`${dayName(s.series[0]!.period)}: no answers`);
    await page.context().close();
  });

  it('asks every panel for the dates and interval chosen in the header: a preset, or custom dates', async () => {
    const page = await signedIn(chromium.browser, board);
    await settled(page);
    const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString().slice(0, 10);
    const panels = () => ([null, 'agent', 'channel', 'reason'] as const).map((g) => statsQueryOf(page, g));

    let asked = panels();
    await page.getByLabel('Dates').selectOption({ label: 'Last 12 months' });
    let queries = await Promise.all(asked);
    for (const q of queries) {
      const p = new URLSearchParams(q);
      expect([p.get('to'), p.get('from')!.slice(8)], q).toEqual([day(0), '01']);
    }
    expect(new URLSearchParams(queries[0]).get('interval')).toBe('month');
    await settled(page);
    await expectTrendTable(page, (await statsAsAdmin(board, queries[0]!)) as Stats);

    await page.getByLabel('Per', { exact: true }).selectOption('day');
    await settled(page);
    await page.getByLabel('Dates').selectOption({ label: 'Custom' });
    await page.getByLabel('From').fill(day(6));
    await page.getByLabel('To').fill(day(0));
    asked = panels();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    queries = await Promise.all(asked);
    for (const q of queries)
      expect([...new URLSearchParams(q)].slice(0, 2), q).toEqual([
        ['from', day(6)],
        ['to', day(0)],
      ]);
    await settled(page);
    const s = (await statsAsAdmin(board, queries[0]!)) as Stats;
    expect(s.series).toHaveLength(7);
    await expectNow(page, s);
    await expectTrendTable(page, s);

    // the address keeps the view: a reload (the session kept in the tab) asks for the same again
    expect(new URL(page.url()).searchParams.get('from')).toBe(day(6));
    asked = panels();
    await page.reload();
    expect(await Promise.all(asked)).toEqual(queries);
    expect(await page.getByLabel('Dates').inputValue()).toBe('custom');
    expect(await page.getByLabel('From').inputValue()).toBe(day(6));
    await page.context().close();
  });

  it('sorts the agents by the header buttons, saying so with aria-sort', async () => {
    const page = await signedIn(chromium.browser, board);
    await settled(page);
    const table = page.locator('table[data-groups="agent"]');
    const names = async () => (await tableRows(page, 'table[data-groups="agent"]')).map((r) => r[0]);
    const header = (name: string) => table.getByRole('columnheader', { name });
    expect(await header('Answers').getAttribute('aria-sort')).toBe('descending');
    expect(await names()).toEqual(['ana', 'bo', 'None named']);
    // a number column sorts highest first, then the other way
    await table.getByRole('button', { name: 'Satisfied' }).click();
    expect(await header('Satisfied').getAttribute('aria-sort')).toBe('descending');
    expect(await header('Answers').getAttribute('aria-sort')).toBeNull();
    expect(await names()).toEqual(['None named', 'ana', 'bo']);
    await table.getByRole('button', { name: 'Satisfied' }).click();
    expect(await header('Satisfied').getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual(['bo', 'ana', 'None named']);
    // names sort A to Z first; the unnamed group stays last
    await table.getByRole('button', { name: 'Agent' }).click();
    expect(await header('Agent').getAttribute('aria-sort')).toBe('ascending');
    expect(await names()).toEqual(['ana', 'bo', 'None named']);
    await page.context().close();
  });

  it('says "Your session ended" when a request comes back 401, and signs out for good', async () => {
    const page = await signedIn(chromium.browser, board);
    await settled(page);
    // the session ends under the page (as on expiry or a revoked key): the next request gets a 401
    const token = await page.evaluate((b) => sessionStorage.getItem(`pandameter:team:${b}`)!, board);
    const ended = await api(`/v1/boards/${board}/session`, { method: 'DELETE', auth: token });
    expect(ended.status).toBe(204);
    await page.getByLabel('Per', { exact: true }).selectOption('month');
    await page.getByRole('alert').filter({ hasText: 'Your session ended.' }).waitFor();
    expect(await page.getByLabel('Board key').isVisible()).toBe(true);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    await page.context().close();

    const other = await signedIn(chromium.browser, board);
    const otherToken = await other.evaluate((b) => sessionStorage.getItem(`pandameter:team:${b}`)!, board);
    await other.getByRole('button', { name: 'Sign out' }).click();
    await other.getByLabel('Board key').waitFor();
    expect(await other.evaluate(() => sessionStorage.length)).toBe(0);
    expect((await api(`/v1/boards/${board}/session`, { auth: otherToken })).status).toBe(401);
    await other.reload();
    await other.getByLabel('Board key').waitFor();
    await other.context().close();
  });
});
