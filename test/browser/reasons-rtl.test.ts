/**
 * The reasons after "No" in a right-to-left language (issue 17): the widget shows the board's
 * Arabic labels as toggle buttons in an RTL card and sends the chosen ids; the e-mail rating page,
 * with JavaScript off, shows them as checkboxes of its plain form and stores the ticked ones.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_WORDS } from '../../i18n/answer';
import { RATE_PAGE_WORDS } from '../../i18n/rate-page';
import { base, chromiumPerFile, createBoard, mint, statusSays, storedAnswers, widgetHost } from './helpers';

const chromium = chromiumPerFile();
const AR = ANSWER_WORDS.ar;
const REASONS = [
  { id: 'slow', label: { en: 'Too slow', ar: 'بطيء جدًا' } },
  { id: 'wrong', label: { en: 'Wrong answer', ar: 'إجابة خاطئة' } },
  { id: 'rude', label: 'Unfriendly' },
];

describe('reasons after "No", right to left', () => {
  it('the widget in Arabic: the reasons as toggles in an RTL card, the chosen ids stored', async () => {
    const site = await widgetHost({ attrs: { lang: 'ar' }, lang: 'ar' }, 'T-ar-1', { reasons: REASONS });
    chromium.closeLater(site.close);
    const page = await chromium.browser.newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(site.url);
    await page.getByRole('button', { name: AR.no, exact: true }).click();
    const group = page.getByRole('group', { name: AR.better });
    await group.waitFor();
    // the card reads right to left, and each reason has its Arabic label (a label without one shows its only one)
    expect(
      await page
        .locator('pandameter-widget')
        .evaluate((w) => w.shadowRoot!.querySelector('[dir]')!.getAttribute('dir')),
    ).toBe('rtl');
    const slow = group.getByRole('button', { name: 'بطيء جدًا' });
    expect(await group.getByRole('button').allInnerTexts()).toEqual(['بطيء جدًا', 'إجابة خاطئة', 'Unfriendly']);
    await slow.click();
    await group.getByRole('button', { name: 'Unfriendly' }).click();
    expect(await slow.getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: AR.send }).click();
    await statusSays(page, AR.saved);
    await expect
      .poll(async () => (await storedAnswers(site.board))[0])
      .toMatchObject({ interaction: 'T-ar-1', verdict: 'no', reasons: ['slow', 'rude'] });
    await page.close();
  });

  it('the rating page without JavaScript, in Arabic: the reasons as checkboxes, the ticked one stored', async () => {
    const { id } = await createBoard({ reasons: REASONS });
    const token = await mint(id, 'T-ar-2');
    const context = await chromium.browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 800 },
    });
    const page = await context.newPage();
    await page.goto(`${base()}/rate/${id}/T-ar-2?token=${encodeURIComponent(token)}&verdict=no&lang=ar`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    const wrong = page.getByRole('checkbox', { name: 'إجابة خاطئة' });
    expect(await wrong.isChecked()).toBe(false);
    await wrong.check();
    await page.getByRole('button', { name: RATE_PAGE_WORDS.ar.confirm }).click();
    await page.waitForLoadState('load');
    await expect
      .poll(async () => (await storedAnswers(id))[0])
      .toMatchObject({ interaction: 'T-ar-2', verdict: 'no', reasons: ['wrong'] });
    await context.close();
  });
});
