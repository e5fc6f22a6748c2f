/**
 * What the inbox and export tests share: answers recorded the way a team's server records them
 * (POST …/responses with the admin token, no widget), and the team's page opened the way a person
 * opens it — by a sign-in link, or with a session already in the tab (a read-only key's).
 */
import type { Browser, Page } from 'playwright-core';
import { api, base } from './helpers';
import { signInLink } from './team-helpers';

export interface AnswerBody {
  interaction: string;
  verdict: 'yes' | 'no';
  comment?: string;
  agent?: string;
  channel?: string;
  reasons?: string[];
}

/** Records answers server to server, `at once` of them in flight together. */
export async function answer(board: string, bodies: AnswerBody[], atOnce = 12) {
  for (let i = 0; i < bodies.length; i += atOnce) {
    await Promise.all(
      bodies.slice(i, i + atOnce).map(async (body) => {
        const res = await api(`/v1/boards/${board}/responses`, { method: 'POST', body });
        if (res.status !== 201 && res.status !== 200)
          throw new Error(`answer ${res.status}: ${JSON.stringify(res.body)}`);
      }),
    );
  }
}

/** A read-only session of `board`: what a key with only "read" signs in to. */
export async function readOnlySession(board: string): Promise<string> {
  const key = await api(`/v1/boards/${board}/keys`, { method: 'POST', body: { scopes: ['read'] } });
  if (key.status !== 201) throw new Error(`key ${key.status}`);
  const res = await api(`/v1/boards/${board}/sessions`, { method: 'POST', auth: key.body.key as string, body: {} });
  if (res.status !== 201) throw new Error(`session ${res.status}`);
  return res.body.session as string;
}

export interface Open {
  width?: number;
  scheme?: 'light' | 'dark';
  lang?: string;
  /** a session to find in the tab instead of signing in by a link */
  session?: string;
  /** lets axe's script in (the page's CSP would refuse it) */
  bypassCSP?: boolean;
}

/** The team's page of `board`, signed in, once its inbox has loaded. */
export async function openTeamPage(browser: Browser, board: string, o: Open = {}): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: o.width ?? 1280, height: 900 },
    colorScheme: o.scheme ?? 'light',
    bypassCSP: o.bypassCSP ?? false,
  });
  const page = await context.newPage();
  const query = o.lang ? `?lang=${o.lang}` : '';
  if (o.session) {
    await context.addInitScript(([k, v]) => sessionStorage.setItem(k!, v!), [`pandameter:team:${board}`, o.session]);
    await page.goto(`${base()}/team/${board}${query}`);
  } else {
    const url = new URL((await signInLink(board)).url);
    await page.goto(`${url.origin}${url.pathname}${query}${url.hash}`);
  }
  await page.locator('#inbox[aria-busy="false"]').waitFor();
  return page;
}

/** The follow-up of one answer as the API has it. */
export async function followUpOf(board: string, interaction: string, status: string) {
  const res = await api(`/v1/boards/${board}/responses?verdict=no&follow_up=${status}&limit=500`);
  if (res.status !== 200) throw new Error(`responses ${res.status}`);
  const found = (res.body.responses as { interaction: string; follow_up?: unknown }[]).find(
    (r) => r.interaction === interaction,
  );
  return found?.follow_up;
}
