/**
 * The widget as a guest on someone's page, in Chromium: the page cannot restyle it, it fits the
 * height a page reserves for it (so it never pushes the page down: no layout shift), and the small
 * things a customer sees on screen.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ANSWER_WORDS, LANGUAGES } from '../../i18n';
import {
  base,
  createBoard,
  hostSite,
  chromiumPerFile,
  layoutShift,
  mint,
  statusSays,
  widgetHost,
  type WidgetHost,
} from './helpers';
import { WIDGET_HEIGHT } from '../../worker/pages/demo';

/** The height a page reserves for the widget (README § No layout shift; the card's min-height in widget/src/style.css). */
const RESERVED = WIDGET_HEIGHT;

const chromium = chromiumPerFile();

async function openHost(host: WidgetHost = {}, viewport = { width: 800, height: 700 }) {
  const site = await widgetHost(host);
  chromium.closeLater(site.close);
  const page = await chromium.browser.newPage({ viewport });
  await page.goto(site.url);
  await page.locator('pandameter-widget').getByRole('button').first().waitFor();
  return { ...site, page };
}

/** Computed styles and boxes of what is inside the widget, to compare two pages. */
const inside = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('pandameter-widget')!;
    const root = host.shadowRoot!;
    const question = root.querySelector('p')!;
    const s = getComputedStyle(question);
    return {
      height: host.getBoundingClientRect().height,
      questionWidth: Math.round(question.getBoundingClientRect().width),
      questionText: question.innerText,
      letterSpacing: s.letterSpacing,
      wordSpacing: s.wordSpacing,
      lineHeight: s.lineHeight,
      textTransform: s.textTransform,
      textAlign: s.textAlign,
      visibility: s.visibility,
      fontSize: s.fontSize,
    };
  });

describe('the host page cannot restyle it', () => {
  it('inherited properties set with !important on every element and :root stop at the card', async () => {
    const hostile =
      '<style>*{letter-spacing:4px!important;word-spacing:8px!important;line-height:3!important;' +
      'text-transform:uppercase!important;text-align:right!important;visibility:hidden!important}' +
      ':root{font-size:30px!important}</style>';
    const plain = await openHost();
    const attacked = await openHost({ head: hostile });
    const expected = await inside(plain.page);
    expect(expected).toMatchObject({
      height: RESERVED,
      letterSpacing: 'normal',
      wordSpacing: '0px',
      lineHeight: '24px',
      textTransform: 'none',
      textAlign: 'start',
      visibility: 'visible',
      fontSize: '17px',
    });
    expect(await inside(attacked.page)).toEqual(expected);
    // Still usable, and its words read as written: not "T H A N K  Y O U!", not "THANK YOU!".
    await attacked.page.getByRole('button', { name: 'Yes' }).click();
    const thanks = attacked.page.locator('pandameter-widget').getByText('Thank you!');
    expect(await thanks.evaluate((p) => (p as HTMLElement).innerText)).toBe('Thank you!');
    await plain.page.getByRole('button', { name: 'Yes' }).click();
    const plainThanks = plain.page.locator('pandameter-widget').getByText('Thank you!');
    expect((await thanks.boundingBox())!.width).toBe((await plainThanks.boundingBox())!.width);
    await statusSays(attacked.page, 'Saved');
    await plain.page.close();
    await attacked.page.close();
  });
});

describe('no layout shift on the host page', () => {
  it(`the question, and a returning customer's thanks, are exactly ${RESERVED} px tall in every language, 320 px to 1280 px`, async () => {
    const { id } = await createBoard();
    const tokens = Object.fromEntries(await Promise.all(LANGUAGES.map(async (l) => [l, await mint(id, `T-${l}`)])));
    const slots = LANGUAGES.map((l) => `<div id="q-${l}"></div><div id="t-${l}"></div>`).join('');
    const site = await hostSite({
      '/': {
        html: `<!doctype html><html lang="en"><body>${slots}<script src="${base()}/widget.js"></script></body></html>`,
      },
    });
    chromium.closeLater(site.close);
    const answerUrl = `${base()}/v1/boards/${id}/responses`;
    for (const width of [320, 390, 768, 1280]) {
      const page = await chromium.browser.newPage({ viewport: { width, height: 900 } });
      // A returning customer: each language's "thanks" interaction was answered (confirmed) before.
      await page.addInitScript(
        ({ answerUrl, languages }) => {
          const store: Record<string, unknown> = {};
          for (const l of languages) {
            const body = { interaction: `R-${l}`, verdict: 'no', comment: '' };
            store[`${answerUrl}\n${body.interaction}`] = { url: answerUrl, body, changed: Date.now(), pending: false };
          }
          localStorage.setItem('pandameter', JSON.stringify(store));
        },
        { answerUrl, languages: [...LANGUAGES] },
      );
      await page.goto(site.origin + '/');
      const heights = await page.evaluate(
        ({ board, tokens, languages }) => {
          const ask = (window as any).Pandameter.ask;
          for (const lang of languages) {
            ask({ board, interaction: `T-${lang}`, token: tokens[lang], lang, target: `#q-${lang}` });
            ask({ board, interaction: `R-${lang}`, token: tokens[lang], lang, target: `#t-${lang}` });
          }
          return Object.fromEntries(
            [...document.querySelectorAll('pandameter-widget')].map((w) => [
              w.parentElement!.id,
              w.getBoundingClientRect().height,
            ]),
          );
        },
        { board: id, tokens, languages: [...LANGUAGES] },
      );
      expect(Object.keys(heights)).toHaveLength(LANGUAGES.length * 2);
      // While the board's look and the language's words load, the card holds its place…
      for (const [slot, height] of Object.entries(heights)) expect(height, `${slot} at ${width} px`).toBe(RESERVED);
      // …and the question and the thanks, once shown, fit it exactly.
      await page.waitForFunction(() =>
        [...document.querySelectorAll('pandameter-widget')].every((w) =>
          w.shadowRoot!.querySelector(w.parentElement!.id.startsWith('q') ? '.choice' : '.change'),
        ),
      );
      const shown = await page.evaluate(() =>
        [...document.querySelectorAll('pandameter-widget')].map((w) => {
          const card = w.shadowRoot!.querySelector('.card')!;
          const box = card.getBoundingClientRect();
          // what the content itself needs: its last part's bottom, then the card's padding and border
          const content = card.lastElementChild!.getBoundingClientRect().bottom - box.top + 16 + 1;
          return { slot: w.parentElement!.id, height: box.height, content };
        }),
      );
      for (const { slot, height } of shown) expect(height, `${slot} at ${width} px, shown`).toBe(RESERVED);
      // No blank band: at 320 px the tallest question needs all of the reserved height.
      if (width == 320) {
        const tallest = Math.max(...shown.filter((s) => s.slot.startsWith('q')).map((s) => s.content));
        expect(tallest).toBeCloseTo(RESERVED, 0);
      }
      // The returning customer's card is the thanks, with the answer given.
      const thanks = page.locator('#t-ja');
      await thanks.getByText(ANSWER_WORDS.ja.thanks).waitFor();
      await thanks.getByText(ANSWER_WORDS.ja.no, { exact: true }).waitFor();
      await page.close();
    }
  });

  /**
   * A page whose widget arrives after the page has been painted, as on a slow network: widget.js is
   * held back until two frames after the heading shows. (Arriving before the first paint, as it
   * may from a warm cache, it would shift nothing either way.)
   */
  async function openHostLate(host: WidgetHost) {
    const site = await widgetHost(host);
    chromium.closeLater(site.close);
    const page = await chromium.browser.newPage({ viewport: { width: 800, height: 700 } });
    let release!: () => void;
    const painted = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/widget.js', async (route) => {
      await painted;
      await route.continue();
    });
    await page.goto(site.url, { waitUntil: 'commit' });
    await page.getByRole('heading', { name: 'Ticket solved' }).waitFor();
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    release();
    await page.locator('pandameter-widget').getByRole('button').first().waitFor();
    return { ...site, page };
  }

  it('a page that reserves the height sees no layout shift when the widget arrives; one that does not, does', async () => {
    const after = '<p style="height:600px">The rest of the page.</p>';
    const reserved = await openHostLate({ body: `<div style="min-height:${RESERVED}px">`, after: '</div>' + after });
    expect(await layoutShift(reserved.page)).toBe(0);
    const unreserved = await openHostLate({ after });
    expect(await layoutShift(unreserved.page)).toBeGreaterThan(0);
    await reserved.page.close();
    await unreserved.page.close();
  });
});

describe('the small things on screen', () => {
  it('"Change answer" lines up with the text above it', async () => {
    const { page } = await openHost({ attrs: { comment: 'never' } });
    await page.getByRole('button', { name: 'Yes' }).click();
    const left = (text: string) =>
      page
        .locator('pandameter-widget')
        .getByText(text, { exact: true })
        .evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return Math.round(range.getBoundingClientRect().left);
        });
    expect(await left('Change answer')).toBe(await left('Thank you!'));
    await page.close();
  });

  it('after "Change answer" the re-opened question no longer says "Saved."', async () => {
    const { page } = await openHost({ attrs: { comment: 'never' } });
    await page.getByRole('button', { name: 'No' }).click();
    await statusSays(page, 'Saved.');
    await page.getByRole('button', { name: 'Change answer' }).click();
    expect(await page.getByRole('status').textContent()).toBe('');
    await page.close();
  });

  it('a returning customer sees which answer they gave', async () => {
    const site = await widgetHost({ attrs: { comment: 'never' } });
    chromium.closeLater(site.close);
    const context = await chromium.browser.newContext();
    const first = await context.newPage();
    await first.goto(site.url);
    await first.getByRole('button', { name: 'No' }).click();
    await statusSays(first, 'Saved.');
    await first.close();
    const again = await context.newPage();
    await again.goto(site.url);
    await again.getByText('Thank you!').waitFor();
    expect(await again.locator('pandameter-widget .answer').innerText()).toBe('Your answer: No');
    await context.close();
  });

  it('with the comment box open, "Saved." stands under the answer, not under the Send button; then it ends the thanks', async () => {
    const { page } = await openHost();
    await page.getByRole('button', { name: 'No' }).click();
    await statusSays(page, 'Saved.');
    const widget = page.locator('pandameter-widget');
    const top = async (selector: string) => (await widget.locator(selector).boundingBox())!.y;
    expect(await top('.answer')).toBeLessThan(await top('[role=status]'));
    expect(await top('[role=status]')).toBeLessThan(await top('textarea'));
    // The live region is one element all along, so a screen reader hears each change of it.
    await widget.locator('[role=status]').evaluate((el) => ((el as any).__marked = true));
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Thank you!').waitFor();
    expect(await widget.locator('[role=status]').evaluate((el) => (el as any).__marked)).toBe(true);
    // In the thanks, "Saved." ends the thanks sentence, above "Change answer".
    expect(await top('[role=status]')).toBeLessThan(await top('.change'));
    await page.close();
  });
});
