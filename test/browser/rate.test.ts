import { describe, expect, it } from 'vitest';
import { api, base, chromiumPerFile, createBoard } from './helpers';

/** The link a support e-mail carries, as the tokens endpoint makes it. */
async function rateUrl(board: string, interaction: string): Promise<string> {
  const res = await api(`/v1/boards/${board}/tokens`, { method: 'POST', body: { interaction } });
  if (res.status !== 201) throw new Error(`tokens ${res.status}: ${JSON.stringify(res.body)}`);
  return res.body.rate_url as string;
}

const answers = async (board: string) => (await api(`/v1/boards/${board}/responses`)).body.responses as any[];

describe('rating link in an e-mail, in Chromium with JavaScript off', () => {
  const chromium = chromiumPerFile();

  it('opening the link records nothing; the click on confirm records the answer once', async () => {
    const { id } = await createBoard();
    const url = await rateUrl(id, 'T-1234');
    expect(url.startsWith(`${base()}/rate/${id}/T-1234?token=`)).toBe(true);

    const context = await chromium.browser.newContext({ javaScriptEnabled: false, locale: 'en-US' });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    const opened = await page.goto(`${url}&verdict=no`);
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      'Are you satisfied with the response you got?',
    );
    expect(await page.getByRole('radio', { name: 'No' }).isChecked()).toBe(true);
    expect(await page.getByRole('radio', { name: 'Yes' }).isChecked()).toBe(false);
    // A scanner (or the customer) opening the link again stores nothing.
    await page.reload();
    expect(await answers(id)).toEqual([]);

    await page.getByLabel('Comment (optional)').fill('The second reply <b>fixed</b> it.');
    await Promise.all([page.waitForURL(`${base()}/rate/${id}/T-1234`), page.getByRole('button').click()]);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Thank you!');
    expect(await page.locator('.verdict').textContent()).toBe('No');
    expect(await page.getByLabel('Comment (optional)').inputValue()).toBe('The second reply <b>fixed</b> it.');

    const stored = await answers(id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      interaction: 'T-1234',
      verdict: 'no',
      comment: 'The second reply <b>fixed</b> it.',
    });
    const score = await api(`/v1/boards/${id}/score`, { auth: null });
    expect(score.body).toMatchObject({ responses: 1, satisfied: 0, unsatisfied: 1 });

    // The comment can still be changed on the thank-you page; the answer stays one answer.
    await page.getByLabel('Comment (optional)').fill('Changed my comment.');
    await page.getByRole('button', { name: 'Save comment' }).click();
    await page.getByText('Comment saved.').waitFor();
    const after = await answers(id);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ verdict: 'no', comment: 'Changed my comment.' });
    expect(violations).toEqual([]);
    await context.close();
  });

  it('a link with a wrong token shows a friendly page in the browser’s language', async () => {
    const { id } = await createBoard();
    const url = await rateUrl(id, 'T-9');
    const context = await chromium.browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    const res = await page.goto(url.replace(/token=[^&]+/, 'token=1.abc'));
    expect(res?.status()).toBe(401);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Ce lien d’évaluation ne fonctionne pas');
    expect(await page.locator('form').count()).toBe(0);
    expect(await answers(id)).toEqual([]);
    await context.close();
  });

  it('shows an interaction id and a board name full of markup as the text they are', async () => {
    const { id } = await createBoard();
    const markup = `<b>T</b>&amp;"'<img src=x onerror=alert(1)>`;
    await api(`/v1/boards/${id}`, { method: 'PATCH', body: { name: '<i>Acme</i> & "Co"' } });
    const url = await rateUrl(id, markup);
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    expect(await page.locator('.interaction').textContent()).toBe(markup);
    expect(await page.locator('.meta bdi').first().textContent()).toBe('<i>Acme</i> & "Co"');
    expect(await page.locator('main b, main i, main img').count()).toBe(0);
    await context.close();
  });
});
