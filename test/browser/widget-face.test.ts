/**
 * The widget's face, in Chromium (issue 18): the brand colour on the chosen answer and the Send
 * button, with a contrast check; after "No" the board's reasons as toggles, sent with the answer;
 * the thanks that names the panda added and links to the board; the board's look from the ask at
 * load; another language's words fetched once per page; and a passing failure of that ask, which
 * shows the question as before.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWER_WORDS } from '../../i18n';
import { api, base, chromiumPerFile, statusSays, storedAnswers, widgetHost, type WidgetHost } from './helpers';

const chromium = chromiumPerFile();

async function open(host: WidgetHost = {}, boardSettings: Record<string, unknown> = {}) {
  const site = await widgetHost(host, 'T-1', boardSettings);
  chromium.closeLater(site.close);
  const page = await chromium.browser.newPage({ viewport: { width: 390, height: 800 } });
  const warnings: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
  page.on('request', (r) => void requests.push(`${r.method()} ${r.url()}`));
  await page.goto(site.url);
  return { ...site, page, warnings, requests };
}

const background = (page: Page, name: string) =>
  page.getByRole('button', { name, exact: true }).evaluate((b) => getComputedStyle(b).backgroundColor);

describe('the brand colour', () => {
  it('data-accent colours the chosen answer and the Send button, white on it', async () => {
    const { page, warnings } = await open({ attrs: { accent: '#0b7a3e' } });
    await page.getByRole('button', { name: 'No' }).click();
    expect(await background(page, 'Send')).toBe('rgb(11, 122, 62)');
    await page.getByRole('button', { name: 'Change answer' }).click();
    const no = page.getByRole('button', { name: 'No' });
    expect(await no.getAttribute('aria-pressed')).toBe('true');
    expect(await background(page, 'No')).toBe('rgb(11, 122, 62)');
    expect(await no.evaluate((b) => getComputedStyle(b).color)).toBe('rgb(255, 255, 255)');
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('a colour white text cannot be read on gets the default colour and one console hint', async () => {
    const { page, warnings } = await open({ attrs: { accent: '#ffd700' } });
    await page.getByRole('button', { name: 'No' }).click();
    expect(await background(page, 'Send')).toBe('rgb(11, 87, 208)');
    await page.getByRole('button', { name: 'Change answer' }).click();
    expect(await background(page, 'No')).toBe('rgb(11, 87, 208)');
    expect(warnings).toEqual([
      'Pandameter: the accent "#ffd700" is 1.4:1 with white text (AA: 4.5:1); using the default.',
    ]);
    await page.close();
  });

  it("the board's accent applies when the tag has none", async () => {
    const { page } = await open({}, { accent: '#8a2be2' });
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('button', { name: 'Change answer' }).click();
    expect(await background(page, 'Yes')).toBe('rgb(138, 43, 226)');
    await page.close();
  });
});

describe('after "No", and the thanks', () => {
  const reasons = [
    { id: 'slow', label: { en: 'Too slow', de: 'Zu langsam' } },
    { id: 'unclear', label: 'Unclear answer' },
    { id: 'rude', label: 'Unfriendly' },
  ];

  it("asks what could have been better, offers the board's reasons as toggles, and sends the chosen ones", async () => {
    const { page, board } = await open({}, { reasons, name: 'Acme Support' });
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByText('What could we have done better?').waitFor();
    const group = page.getByRole('group', { name: 'What could we have done better?' });
    const slow = group.getByRole('button', { name: 'Too slow' });
    expect(await slow.getAttribute('aria-pressed')).toBe('false');
    await slow.click();
    await group.getByRole('button', { name: 'Unclear answer' }).click();
    await group.getByRole('button', { name: 'Unclear answer' }).click();
    expect(await slow.getAttribute('aria-pressed')).toBe('true');
    expect(await group.getByRole('button', { name: 'Unclear answer' }).getAttribute('aria-pressed')).toBe('false');
    await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Three days.');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect
      .poll(async () => (await storedAnswers(board))[0])
      .toMatchObject({
        verdict: 'no',
        comment: 'Three days.',
        reasons: ['slow'],
      });
    // Thanks: the panda this answer added, the board a link to its scoreboard, "Saved." in the same message.
    const added = page.locator('pandameter-widget .added');
    await statusSays(page, 'Saved.');
    expect(await added.innerText()).toBe('You added a sad panda to Acme Support’s board.');
    expect(await page.getByRole('link', { name: 'Acme Support' }).getAttribute('href')).toBe(
      `${base()}/scoreboard/${board}`,
    );
    const [sentence, status] = await Promise.all(
      ['.added', '[role=status]'].map((s) => page.locator(`pandameter-widget ${s}`).boundingBox()),
    );
    expect(Math.abs(status!.y + status!.height - (sentence!.y + sentence!.height))).toBeLessThan(4);
    // changing to "Yes" drops the reasons (they go with a "No" only) and is saved
    await page.getByRole('button', { name: 'Change answer' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('You added a happy panda to').waitFor();
    await statusSays(page, 'Saved.');
    await expect
      .poll(async () => (await storedAnswers(board))[0])
      .toMatchObject({ verdict: 'yes', comment: 'Three days.' });
    expect((await storedAnswers(board))[0]).not.toHaveProperty('reasons');
    await page.close();
  });

  it('a board without reasons goes straight to the comment; a Yes adds a happy panda', async () => {
    const { page } = await open({}, { name: 'Acme Support' });
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByText('What could we have done better?').waitFor();
    expect(await page.locator('pandameter-widget .reason').count()).toBe(0);
    await page.getByRole('button', { name: 'Change answer' }).click();
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByText('You added a happy panda to').waitFor();
    await statusSays(page, 'Saved.');
    await page.close();
  });

  it('German: the words come once from the API origin for every widget on the page, the reasons in German', async () => {
    const { page, requests } = await open({ lang: 'de', copies: 1 }, { reasons });
    await page.getByRole('button', { name: ANSWER_WORDS.de.no }).click();
    await page.getByText(ANSWER_WORDS.de.better).waitFor();
    await page.getByRole('button', { name: 'Zu langsam' }).waitFor();
    expect(requests.filter((r) => r.includes('/widget/words/'))).toEqual([`GET ${base()}/widget/words/de.json`]);
    await page.close();
  });
});

describe('the ask at load', () => {
  it('records the ask once; a passing failure of it (503) still shows the question, and the answer is saved', async () => {
    const site = await widgetHost({}, 'T-1');
    chromium.closeLater(site.close);
    const page = await chromium.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    await page.route('**/asks', (route) =>
      route.fulfill({
        status: 503,
        headers: { 'access-control-allow-origin': '*', 'content-type': 'application/json' },
        body: JSON.stringify({ error: { code: 'storage_unavailable', message: 'Try again shortly.' } }),
      }),
    );
    await page.goto(site.url);
    await page.getByRole('button', { name: 'Yes' }).click();
    await statusSays(page, 'Saved');
    expect(await storedAnswers(site.board)).toMatchObject([{ verdict: 'yes' }]);
    expect(warnings).toEqual([]);
    await page.close();
  });

  it('records the ask as the question shows', async () => {
    const { page, board } = await open();
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    const stats = await api(`/v1/boards/${board}/stats`);
    expect(stats.status).toBe(200);
    expect(stats.body.totals.asked ?? stats.body.series.at(-1)?.asked).toBe(1);
    await page.close();
  });
});
