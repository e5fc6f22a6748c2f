/**
 * A sign-in link that has expired is refused in words on the page. Links live at least 60 seconds,
 * so this file waits that long (it runs beside the other files, not before them).
 */
import { describe, expect, it } from 'vitest';
import { chromiumPerFile, createBoard } from './helpers';
import { signInLink } from './team-helpers';

const chromium = chromiumPerFile();

describe('an expired sign-in link', () => {
  it('is refused with words on the page, and the sign-in form is there', { timeout: 120_000 }, async () => {
    const { id } = await createBoard();
    const { url, expires_at } = await signInLink(id, 60);
    await new Promise((r) => setTimeout(r, Date.parse(expires_at) - Date.now() + 1500));
    const page = await chromium.browser.newPage();
    await page.goto(url);
    await page
      .getByRole('alert')
      .filter({ hasText: 'This sign-in link does not work any more: it was used already or it expired.' })
      .waitFor();
    expect(new URL(page.url()).hash).toBe('');
    expect(await page.getByLabel('Board key').isVisible()).toBe(true);
    await page.close();
  });
});
