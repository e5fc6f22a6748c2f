/** Shared pieces of the team page's browser tests: a board with answers, sign-in links, the page's numbers. */
import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { api, base, createBoard } from './helpers';

export interface Answer {
  verdict: 'yes' | 'no';
  agent?: string;
  channel?: string;
  reasons?: string[];
}

/** Who answered what on the team board: two agents, three channels, reasons after "No", one answer with no agent. */
export const ANSWERS: Answer[] = [
  { verdict: 'yes', agent: 'ana', channel: 'email' },
  { verdict: 'yes', agent: 'ana', channel: 'email' },
  { verdict: 'no', agent: 'ana', channel: 'email', reasons: ['slow'] },
  { verdict: 'yes', agent: 'ana', channel: 'chat' },
  { verdict: 'no', agent: 'bo', channel: 'chat', reasons: ['slow', 'rude'] },
  { verdict: 'no', agent: 'bo', channel: 'chat', reasons: ['rude'] },
  { verdict: 'yes', agent: 'bo', channel: 'chat' },
  { verdict: 'yes', channel: 'phone' },
];

/**
 * A board with a target and two reasons (one labelled per language), asks for every answer plus two
 * unanswered ones (so the response rate is not 100 %), the answers, and one "No" marked contacted.
 */
export async function teamBoard() {
  const { id } = await createBoard({
    name: 'Acme Support',
    require_token: false,
    target: 80,
    reasons: [
      { id: 'slow', label: 'Too slow' },
      { id: 'rude', label: { en: 'Unfriendly', ar: 'غير ودود' } },
    ],
  });
  const asks = ANSWERS.map((a, i) => ({ interaction: `T-${i}`, agent: a.agent, channel: a.channel }));
  asks.push(
    { interaction: 'T-silent-1', agent: 'ana', channel: 'email' },
    { interaction: 'T-silent-2', agent: 'bo', channel: 'chat' },
  );
  const asked = await api(`/v1/boards/${id}/asks`, { method: 'POST', body: { asks } });
  if (asked.status >= 300) throw new Error(`asks ${asked.status}: ${JSON.stringify(asked.body)}`);
  for (const [i, a] of ANSWERS.entries()) {
    const res = await api(`/v1/boards/${id}/responses`, {
      method: 'POST',
      auth: null,
      body: { interaction: `T-${i}`, ...a },
    });
    if (res.status !== 201) throw new Error(`answer ${res.status}: ${JSON.stringify(res.body)}`);
  }
  const contacted = await api(`/v1/boards/${id}/responses/T-2/follow-up`, {
    method: 'PUT',
    body: { status: 'contacted' },
  });
  if (contacted.status !== 200) throw new Error(`follow-up ${contacted.status}: ${JSON.stringify(contacted.body)}`);
  return id;
}

/** A one-time sign-in link (the CLI's `dashboard` makes the same). */
export async function signInLink(board: string, ttl_seconds?: number) {
  const res = await api(`/v1/boards/${board}/sign-in-links`, {
    method: 'POST',
    body: ttl_seconds ? { ttl_seconds } : {},
  });
  expect(res.status).toBe(201);
  return res.body as { url: string; expires_at: string };
}

/** A new context (its own sessionStorage) on the page, signed in by a fresh link; waits for the board's name. */
export async function signedIn(
  browser: Browser,
  board: string,
  { width = 1280, scheme = 'light' as 'light' | 'dark', lang = 'en', bypassCSP = false } = {},
) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, bypassCSP });
  const page = await context.newPage();
  const { url } = await signInLink(board);
  const link = new URL(url);
  link.searchParams.set('lang', lang);
  await page.goto(link.toString());
  await page.getByRole('heading', { level: 1, name: 'Acme Support' }).waitFor();
  return page;
}

/** Waits until the panels are shown and none of them has a request running. */
export const settled = (page: Page) =>
  page.waitForFunction(() => document.querySelector('.panels') && !document.querySelector('[aria-busy="true"]'));

/** The page's stats request of one panel (`group_by`, or none for Now and the trend): its query, as the page sent it. */
export const statsQueryOf = (page: Page, groupBy: string | null) =>
  page
    .waitForRequest((r) => {
      const u = new URL(r.url());
      return u.pathname.endsWith('/stats') && u.searchParams.get('group_by') === groupBy;
    })
    .then((r) => new URL(r.url()).search);

/** GET …/stats as the admin, with the page's own query. */
export async function statsAsAdmin(board: string, search: string) {
  const res = await api(`/v1/boards/${board}/stats${search}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** Numbers as the page writes them in English (Intl, like the page). */
export const pct = (p: number) =>
  new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 }).format(p / 100);

/** The text of every cell of a table, row by row (headers of rows included). */
export const tableRows = (page: Page, selector: string) =>
  page.$$eval(`${selector} tbody tr`, (rows) =>
    rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => (c.textContent ?? '').trim())),
  );

export const basePage = (board: string) => `${base()}/team/${board}`;
