/**
 * The widget in real Chromium, on a host page of another origin (http://localhost:PORT) talking
 * to the running worker (http://127.0.0.1:PORT). What is asserted is what a customer or the site
 * owner would notice: what the widget shows, and what the API has stored.
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import {
  api,
  base,
  createBoard,
  hostSite,
  chromiumPerFile,
  mint,
  statusSays,
  storedAnswers,
  widgetHost,
  type WidgetHost,
} from './helpers';

const chromium = chromiumPerFile();

/** A board, a token and a host page with the widget (helpers.ts), closed after the file. */
async function setup(host: WidgetHost = {}, interaction = 'T-1') {
  const site = await widgetHost(host, interaction);
  chromium.closeLater(site.close);
  return site;
}

async function open(url: string, context?: BrowserContext): Promise<Page> {
  const page = await (context ?? (await chromium.browser.newContext())).newPage();
  await page.goto(url);
  return page;
}

const stored = storedAnswers;
const status = statusSays;

describe('the widget', () => {
  it('answer Yes → stored, and the customer sees it was saved', async () => {
    const { board, url } = await setup({ attrs: { agent: 'maya', channel: 'chat' } });
    const page = await open(url);
    await page.getByText('Are you satisfied with the response you got?').waitFor();
    await page.getByRole('button', { name: 'Yes' }).click();
    await status(page, 'Saved');
    await page.getByText('Thank you!').waitFor();
    const rows = await stored(board);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interaction: 'T-1', verdict: 'yes', agent: 'maya', channel: 'chat', locale: 'en' });
    expect(rows[0]!.comment).toBeUndefined();
    await page.context().close();
  });

  it('No plus a comment → stored with the comment; the answer is sent before the comment', async () => {
    const { board, url } = await setup();
    const page = await open(url);
    await page.getByRole('button', { name: 'No' }).click();
    await status(page, 'Saved');
    expect((await stored(board))[0]).toMatchObject({ verdict: 'no' });
    await page.getByRole('textbox', { name: 'Comment (optional)' }).fill('Took three days to get a reply.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('button', { name: 'Change answer' }).waitFor();
    await expect.poll(async () => (await stored(board))[0]?.comment).toBe('Took three days to get a reply.');
    expect(await stored(board)).toHaveLength(1);
    await page.context().close();
  });

  it('a changed answer → one answer, with the last verdict, and the comment kept', async () => {
    const { board, url } = await setup({ attrs: { comment: 'always' } });
    const page = await open(url);
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByRole('textbox').fill('Slow.');
    await page.getByRole('button', { name: 'Send' }).click();
    await status(page, 'Saved');
    await page.getByRole('button', { name: 'Change answer' }).click();
    // The earlier choice is shown as pressed.
    expect(await page.getByRole('button', { name: 'No' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Yes' }).click();
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await stored(board))[0]?.verdict).toBe('yes');
    const rows = await stored(board);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ interaction: 'T-1', verdict: 'yes', comment: 'Slow.' });
    const score = await api(`/v1/boards/${board}/score`, { auth: null });
    expect(score.body).toMatchObject({ responses: 1, satisfied: 1, unsatisfied: 0 });
    await page.context().close();
  });

  it('offline (requests aborted), then back → delivered exactly once', async () => {
    const { board, url } = await setup();
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    let delivered = 0;
    page.on('response', (r) => {
      if (r.url().endsWith(`/v1/boards/${board}/responses`) && r.status() < 300) delivered++;
    });
    const cut = `${base()}/v1/**`;
    await page.route(cut, (route) => route.abort('internetdisconnected'));
    await page.goto(url);
    await page.getByRole('button', { name: 'Yes' }).click();
    await status(page, "Will be sent when you're back online");
    expect(await stored(board)).toHaveLength(0);
    await page.unroute(cut);
    await status(page, 'Saved');
    expect(delivered).toBe(1);
    const rows = await stored(board);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ verdict: 'yes' });
    await context.close();
  });

  it('an answer that could not be sent before the page closed is sent on the next visit', async () => {
    const { board, url } = await setup();
    const context = await chromium.browser.newContext();
    const first = await context.newPage();
    await first.route(`${base()}/v1/**`, (route) => route.abort('internetdisconnected'));
    await first.goto(url);
    await first.getByRole('button', { name: 'No' }).click();
    await status(first, "Will be sent when you're back online");
    await first.close();
    expect(await stored(board)).toHaveLength(0);

    const again = await open(url, context);
    await status(again, 'Saved');
    // The returning customer sees their answer, with a way to change it.
    await again.getByText('Thank you!').waitFor();
    await again.getByRole('button', { name: 'Change answer' }).waitFor();
    expect(await stored(board)).toMatchObject([{ interaction: 'T-1', verdict: 'no' }]);
    await context.close();
  });

  it('a refused answer (a bad token the ask at load could not check) says so instead of claiming it is saved', async () => {
    const { url, board } = await setup({ attrs: { token: '1000000000.' + 'A'.repeat(43) } });
    const page = await (await chromium.browser.newContext()).newPage();
    // the ask at load lost to the network: the question shows, and the refusal comes at the click
    await page.route('**/asks', (route) => route.abort());
    await page.goto(url);
    await page.getByRole('button', { name: 'Yes' }).click();
    await status(page, 'Not saved');
    await page.getByText('Please reply to your support e-mail instead.', { exact: false }).waitFor();
    expect(await page.getByText('Thank you!').count()).toBe(0);
    expect(await stored(board)).toHaveLength(0);
    await page.context().close();
  });

  it('a strict CSP page (script-src and connect-src the widget origin, style-src self) → no violations', async () => {
    const csp = `default-src 'none'; script-src ${base()}; connect-src ${base()}; style-src 'self'; img-src 'self'`;
    const { board, url } = await setup({ headers: { 'content-security-policy': csp } });
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) problems.push(m.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        ((window as any).__violations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    await page.goto(url);
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByRole('textbox').fill('ok');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect.poll(async () => (await stored(board))[0]?.comment).toBe('ok');
    // The widget's own stylesheet applied (a blocked one would leave the browser's default button).
    const radius = await page
      .getByRole('button', { name: 'Change answer' })
      .evaluate((b) => getComputedStyle(b).borderTopLeftRadius);
    expect(radius).toBe('12px');
    expect(await page.evaluate(() => (window as any).__violations ?? [])).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('hostile host CSS does not hide or restyle it', async () => {
    const hostile =
      '<style>button{display:none!important} *{color:red!important;font-size:40px!important} ' +
      'p,div,label,textarea{display:none!important;visibility:hidden!important}</style>';
    const { board, url } = await setup({ head: hostile });
    const page = await open(url);
    const yes = page.getByRole('button', { name: 'Yes' });
    // shown once the ask at load has answered; the host's display:none never reaches it
    await yes.waitFor({ state: 'visible' });
    expect(await yes.isVisible()).toBe(true);
    expect(await yes.evaluate((b) => getComputedStyle(b).color)).not.toBe('rgb(255, 0, 0)');
    await yes.click();
    await status(page, 'Saved');
    expect(await stored(board)).toMatchObject([{ verdict: 'yes' }]);
    await page.context().close();
  });

  it('the whole flow works by keyboard only, with a visible focus', async () => {
    const { board, url } = await setup();
    const page = await open(url);
    const focused = () =>
      page.evaluate(() => {
        const el = document.querySelector('pandameter-widget')!.shadowRoot!.activeElement as HTMLElement | null;
        return el
          ? {
              text: el.tagName == 'TEXTAREA' ? 'textarea' : el.textContent,
              visible: el.matches(':focus-visible') && getComputedStyle(el).outlineStyle != 'none',
            }
          : null;
      });
    // The question shows once the widget knows this embed can save an answer.
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Yes', visible: true });
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'No', visible: true });
    await page.keyboard.press('Enter');
    // Focus follows into the comment box.
    expect((await focused())?.text).toBe('textarea');
    await page.keyboard.type('Typed without a mouse');
    await page.keyboard.press('Tab');
    expect(await focused()).toEqual({ text: 'Send', visible: true });
    await page.keyboard.press('Enter');
    expect(await focused()).toEqual({ text: 'Change answer', visible: true });
    await page.keyboard.press('Space');
    expect(await focused()).toEqual({ text: 'Yes', visible: true });
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await stored(board))[0]?.verdict).toBe('yes');
    expect((await stored(board))[0]).toMatchObject({ comment: 'Typed without a mouse' });
    await page.context().close();
  });

  it('Arabic: Arabic wording, laid out right to left', async () => {
    const { board, url } = await setup({ lang: 'ar' });
    const page = await open(url);
    const yes = page.getByRole('button', { name: 'نعم' });
    const no = page.getByRole('button', { name: 'لا' });
    await page.getByText('هل أنت راضٍ عن الرد الذي تلقيته؟').waitFor();
    // Right to left: the first choice stands to the right of the second.
    expect((await yes.boundingBox())!.x).toBeGreaterThan((await no.boundingBox())!.x);
    await yes.click();
    await status(page, 'تم الحفظ');
    expect(await stored(board)).toMatchObject([{ verdict: 'yes', locale: 'ar' }]);
    await page.context().close();
  });

  it('the language comes from data-lang, then the page, then the browser; data-question overrides the wording', async () => {
    const a = await setup({ lang: 'fr', attrs: { lang: 'de' } });
    const p1 = await open(a.url);
    await p1.getByRole('button', { name: 'Ja' }).waitFor();
    const b = await setup({ lang: 'ja' });
    const p2 = await open(b.url);
    await p2.getByRole('button', { name: 'はい' }).waitFor();
    const c = await setup({ lang: '', attrs: { question: 'Did we nail it?' } });
    const p3 = await (await chromium.browser.newContext({ locale: 'es-ES' })).newPage();
    await p3.goto(c.url);
    await p3.getByText('Did we nail it?').waitFor();
    await p3.getByRole('button', { name: 'Sí' }).waitFor();
    for (const p of [p1, p2, p3]) await p.context().close();
  });

  it('loaded twice → one widget, and no globals but window.Pandameter', async () => {
    const { url } = await setup({ copies: 2 });
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => ((window as any).__before = Object.keys(window)));
    await page.goto(url);
    await page.getByRole('button', { name: 'Yes' }).waitFor();
    expect(await page.locator('pandameter-widget').count()).toBe(1);
    const added = await page.evaluate(() =>
      Object.keys(window).filter((k) => !(window as any).__before.includes(k) && k != '__before'),
    );
    expect(added).toEqual(['Pandameter']);
    await context.close();
  });

  it('SPA API: Pandameter.ask renders into a target and the host page gets pandameter:answer events', async () => {
    const { id } = await createBoard();
    const token = await mint(id, 'chat-42');
    const html = `<!doctype html><html lang="en"><body><div id="slot">loading…</div>
<script src="${base()}/widget.js"></script></body></html>`;
    const site = await hostSite({ '/': { html } });
    chromium.closeLater(site.close);
    const page = await open(site.origin + '/');
    await page.evaluate(() => {
      document.addEventListener('pandameter:answer', (e) =>
        ((window as any).__events ??= []).push((e as CustomEvent).detail),
      );
    });
    await page.evaluate(
      ({ board, token }) =>
        (window as any).Pandameter.ask({ board, interaction: 'chat-42', token, target: '#slot', comment: 'never' }),
      { board: id, token },
    );
    expect(await page.locator('#slot').textContent()).not.toContain('loading');
    // A mistake in the host page's call is a console warning, never an exception in its code.
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    const thrown = await page.evaluate(() => {
      try {
        (window as any).Pandameter.ask({ board: 'x', interaction: 'y', target: '#missing' });
        (window as any).Pandameter.ask({ board: 'x' });
        return null;
      } catch (e) {
        return String(e);
      }
    });
    expect(thrown).toBeNull();
    await expect.poll(() => warnings.length).toBe(2);
    expect(warnings[0]).toContain('#missing');
    await page.locator('#slot').getByRole('button', { name: 'No' }).click();
    await status(page, 'Saved');
    // comment: 'never' → straight to thanks.
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.evaluate(() => (window as any).__events)).toEqual([
      expect.objectContaining({ board: id, interaction: 'chat-42', verdict: 'no' }),
    ]);
    expect(await stored(id)).toMatchObject([{ interaction: 'chat-42', verdict: 'no' }]);
    await page.context().close();
  });

  it('data-target renders into that element; data-theme="auto" follows the reader\'s dark preference', async () => {
    const { url } = await setup({
      attrs: { target: '#csat', theme: 'auto' },
      after: '<section id="csat">placeholder</section>',
    });
    const context = await chromium.browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('#csat').getByRole('button', { name: 'Yes' }).waitFor();
    expect(await page.locator('#csat').textContent()).not.toContain('placeholder');
    const bg = await page.evaluate(() => {
      const card = document.querySelector('pandameter-widget')!.shadowRoot!.querySelector('div')!;
      return getComputedStyle(card).backgroundColor;
    });
    expect(bg).toBe('rgb(30, 31, 36)');
    await context.close();
  });

  it('works without localStorage, and sets no cookies', async () => {
    const { board, url } = await setup();
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() =>
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      }),
    );
    await page.goto(url);
    await page.getByRole('button', { name: 'Yes' }).click();
    await status(page, 'Saved');
    expect(await stored(board)).toMatchObject([{ verdict: 'yes' }]);
    expect(await context.cookies()).toEqual([]);
    await context.close();
  });

  it('fits 320 px and 200% zoom without sideways scrolling, and respects reduced motion', async () => {
    const { url } = await setup({ attrs: { comment: 'always' } });
    // 200% zoom of a 640 px wide window is this same 320 CSS px layout (WCAG 1.4.10 Reflow).
    const context = await chromium.browser.newContext({
      viewport: { width: 320, height: 640 },
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'No' }).click();
    await page.getByRole('textbox').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    const box = (await page.locator('pandameter-widget').boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
    const duration = await page
      .getByRole('button', { name: 'Send' })
      .evaluate((b) => getComputedStyle(b).transitionDuration);
    expect(duration).toBe('0s');
    await context.close();
  });

  it('text has at least 4.5:1 contrast in the light and the dark theme, pressed or not', async () => {
    for (const theme of ['light', 'dark']) {
      const { url } = await setup({ attrs: { theme, comment: 'never' } });
      const page = await open(url);
      await page.getByRole('button', { name: 'Yes' }).click();
      await page.getByRole('button', { name: 'Change answer' }).click();
      const ratios = await page.evaluate(() => {
        const lum = (c: string) => {
          const [r, g, b] = c
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map((v) => {
              const s = Number(v) / 255;
              return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
            });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const ratio = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return (x! + 0.05) / (y! + 0.05);
        };
        const root = document.querySelector('pandameter-widget')!.shadowRoot!;
        const card = getComputedStyle(root.querySelector('div')!);
        const out: Record<string, number> = {};
        for (const el of root.querySelectorAll<HTMLElement>('p, button')) {
          const s = getComputedStyle(el);
          const bg = s.backgroundColor == 'rgba(0, 0, 0, 0)' ? card.backgroundColor : s.backgroundColor;
          out[el.textContent || el.tagName] = ratio(s.color, bg);
        }
        return out;
      });
      expect(Object.keys(ratios)).toEqual(expect.arrayContaining(['Yes', 'No']));
      for (const [what, r] of Object.entries(ratios)) expect(r, `${theme}: ${what}`).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    }
  });
});
