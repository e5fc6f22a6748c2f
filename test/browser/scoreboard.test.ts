import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LANGUAGES } from '../../i18n';
import { base, chromiumPerFile, createBoard, hostSite, mint } from './helpers';

const chromium = chromiumPerFile();

async function rate(board: string, interaction: string, verdict: 'yes' | 'no') {
  const token = await mint(board, interaction);
  const res = await fetch(`${base()}/v1/boards/${board}/responses`, {
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ interaction, verdict, token }),
  });
  if (res.status !== 201 && res.status !== 200) throw new Error(`answer ${res.status}: ${await res.text()}`);
}

/** A board with `yes` satisfied and `no` unsatisfied answers. */
async function boardWith(yes: number, no: number, extra: Record<string, unknown> = {}) {
  const { id } = await createBoard(extra);
  for (let i = 0; i < yes + no; i++) await rate(id, `T-${i}`, i < yes ? 'yes' : 'no');
  return id;
}

/**
 * What the page shows: the big number, the line under it, the sentence, and how many places of the
 * grid show each drawing (a place counts when it is on screen and its drawing is there to see).
 */
const shown = (page: Page) =>
  page.evaluate(() => {
    const places = [...document.querySelectorAll('.g i')].filter(
      (i) =>
        i.getBoundingClientRect().width > 0 && getComputedStyle(i).backgroundImage.startsWith('url("data:image/svg'),
    );
    const count = (kind: string) => places.filter((i) => i.className === kind).length;
    return {
      percent: document.getElementById('p')!.textContent,
      label: document.getElementById('w')!.textContent,
      alt: document.getElementById('alt')!.textContent,
      happy: count('h'),
      sad: count('s'),
      empty: count('e'),
    };
  });

/**
 * The empty place's drawing as the page shows it, drawn on a canvas: the contrast of its outline
 * (its most opaque pixels) against the page's background, and whether all of it is one grey.
 */
const emptyPlaceInk = (page: Page) =>
  page.evaluate(async () => {
    const place = document.querySelector('.g i.e')!;
    const url = /^url\("(.*)"\)$/.exec(getComputedStyle(place).backgroundImage)![1]!;
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 96;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0, 96, 96);
    const px = ctx.getImageData(0, 0, 96, 96).data;
    let ink = [0, 0, 0, 0];
    let grey = true;
    for (let i = 0; i < px.length; i += 4) {
      if (px[i + 3]! > ink[3]!) ink = [px[i]!, px[i + 1]!, px[i + 2]!, px[i + 3]!];
      if (px[i + 3]! > 64 && Math.max(px[i]!, px[i + 1]!, px[i + 2]!) - Math.min(px[i]!, px[i + 1]!, px[i + 2]!) > 24)
        grey = false;
    }
    const bg = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
    };
    const [hi, lo] = [luminance(ink), luminance(bg)].sort((a, b) => b - a) as [number, number];
    return { opaque: ink[3], contrast: (hi + 0.05) / (lo + 0.05), grey };
  });

describe('the scoreboard in Chromium', () => {
  it('shows the numbers and the pandas with JavaScript off', async () => {
    const id = await boardWith(2, 1);
    const context = await chromium.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    expect(await shown(page)).toEqual({
      percent: '66.7%',
      label: 'satisfied customers · 3 ratings so far',
      alt: '2 of 3 customers so far were satisfied.',
      happy: 2,
      sad: 1,
      empty: 97,
    });
    expect(await page.locator('#p').isVisible()).toBe(true);
    await context.close();
  });

  it('shows a new board’s one "No" as one crossed-out panda and 99 empty outlines, in both themes', async () => {
    const id = await boardWith(0, 1);
    for (const theme of ['light', 'dark']) {
      const page = await chromium.browser.newPage();
      await page.goto(`${base()}/scoreboard/${id}?lang=en&theme=${theme}`);
      expect(await shown(page), theme).toEqual({
        percent: '0%',
        label: 'satisfied customers · 1 rating so far',
        alt: '0 of 1 customer so far was satisfied.',
        happy: 0,
        sad: 1,
        empty: 99,
      });
      expect(await page.locator('body').textContent()).not.toContain('last 100 ratings');
      // an empty place reads as a place (a grey outline at 3:1 or more on this theme's background),
      // never as an answer: no black and white panda, no red cross
      const ink = await emptyPlaceInk(page);
      expect(ink.opaque, theme).toBe(255);
      expect(ink.contrast, theme).toBeGreaterThanOrEqual(3);
      expect(ink.grey, theme).toBe(true);
      await page.close();
    }
  });

  it('updates itself after a new answer, animating the pandas that changed', async () => {
    const id = await boardWith(1, 0);
    const context = await chromium.browser.newContext();
    const page = await context.newPage();
    const polls: number[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith(`/v1/boards/${id}/score`)) polls.push(r.status());
    });
    // the page's clock, not the wall's: its 10 s between polls pass at once (runFor); the requests are real
    await page.clock.install();
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    await page.evaluate(() => {
      const w = window as unknown as { animated: number };
      w.animated = 0;
      const original = Element.prototype.animate;
      Element.prototype.animate = function (...args) {
        w.animated++;
        return original.apply(this, args);
      };
    });
    expect(await shown(page)).toMatchObject({ percent: '100%', happy: 1, sad: 0, empty: 99 });
    // The first poll finds nothing new: the page was rendered with the score's ETag.
    await page.clock.runFor(10_000);
    await expect.poll(() => polls.length, { timeout: 20_000 }).toBeGreaterThan(0);
    expect(polls[0]).toBe(304);

    await rate(id, 'T-new', 'no');
    await page.clock.runFor(10_000);
    await expect.poll(() => page.locator('#p').textContent(), { timeout: 20_000 }).toBe('50%');
    // the grid grows by one panda: the new answer takes the first empty place
    expect(await shown(page)).toEqual({
      percent: '50%',
      label: 'satisfied customers · 2 ratings so far',
      alt: '1 of 2 customers so far were satisfied.',
      happy: 1,
      sad: 1,
      empty: 98,
    });
    expect(await page.evaluate(() => (window as unknown as { animated: number }).animated)).toBe(1);
    await context.close();
  });

  it('does not animate under prefers-reduced-motion', async () => {
    const id = await boardWith(1, 0);
    const context = await chromium.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.clock.install();
    await page.goto(`${base()}/scoreboard/${id}?lang=en`);
    await page.evaluate(() => {
      const w = window as unknown as { animated: number };
      w.animated = 0;
      Element.prototype.animate = function () {
        w.animated++;
        return null as unknown as Animation;
      };
    });
    await rate(id, 'T-new', 'no');
    await page.clock.runFor(10_000);
    await expect.poll(() => page.locator('#p').textContent(), { timeout: 20_000 }).toBe('50%');
    expect((await shown(page)).sad).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { animated: number }).animated)).toBe(0);
    await context.close();
  });

  it('fits 320 px without horizontal scrolling, in every language', async () => {
    const id = await boardWith(97, 3, {
      name: 'Supercalifragilisticexpialidocious-Customer-Support-Team-International-Division',
    });
    const context = await chromium.browser.newContext({ viewport: { width: 320, height: 600 } });
    const page = await context.newPage();
    for (const lang of LANGUAGES) {
      await page.goto(`${base()}/scoreboard/${id}?lang=${lang}`);
      const { scroll, client, grid } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        grid: document.querySelector('.g')!.getBoundingClientRect(),
      }));
      expect(scroll, lang).toBe(client);
      // Inside the page on both sides, right to left (Arabic) too.
      expect(grid.left, lang).toBeGreaterThanOrEqual(0);
      expect(grid.right, lang).toBeLessThanOrEqual(320);
      // 10 pandas across at 24 px and more: recognisable
      expect(grid.width / 10).toBeGreaterThanOrEqual(24);
    }
    await context.close();
  });

  it('has a dark theme, chosen by theme=dark or by the reader’s preference with theme=auto', async () => {
    const id = await boardWith(1, 0);
    const colours = async (query: string, colorScheme: 'light' | 'dark') => {
      const context = await chromium.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${base()}/scoreboard/${id}${query}`);
      const c = await page.evaluate(() => ({
        bg: getComputedStyle(document.documentElement).backgroundColor,
        fg: getComputedStyle(document.getElementById('p')!).color,
      }));
      await context.close();
      return c;
    };
    const dark = { bg: 'rgb(23, 25, 30)', fg: 'rgb(238, 240, 243)' };
    const light = { bg: 'rgb(255, 255, 255)', fg: 'rgb(28, 31, 36)' };
    expect(await colours('?theme=dark', 'light')).toEqual(dark);
    expect(await colours('?theme=light', 'dark')).toEqual(light);
    expect(await colours('?theme=auto', 'dark')).toEqual(dark);
    expect(await colours('', 'light')).toEqual(light);
  });
});

describe('the embed loader on another site', () => {
  it('inserts one titled, lazy iframe where its tag stands, as tall as its content', async () => {
    const id = await boardWith(9, 1);
    const origin = base();
    const site = await hostSite({
      '/': {
        html: `<!doctype html><html lang="de"><body><p id="before">Support</p>
<script src="${origin}/scoreboard.js" async data-board="${id}" data-theme="dark" data-height="123"></script>
<p id="after">Footer</p></body></html>`,
        // a strict host policy: only the worker's script and frame
        headers: { 'content-security-policy': `default-src 'none'; script-src ${origin}; frame-src ${origin}` },
      },
    });
    const page = await chromium.browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.origin}/`);
    const frames = page.locator('iframe');
    await expect.poll(() => frames.count()).toBe(1);
    const attrs = await frames.evaluate((f: HTMLIFrameElement) => ({
      title: f.title,
      loading: f.loading,
      src: f.src,
      prev: f.previousElementSibling?.tagName,
      next: f.nextElementSibling?.id,
    }));
    expect(attrs).toEqual({
      title: 'Customer satisfaction scoreboard',
      loading: 'lazy',
      src: `${origin}/scoreboard/${id}?theme=dark&lang=de`,
      prev: 'SCRIPT',
      next: 'after',
    });
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('#p').textContent()).toBe('90\u00a0%');
    const contentHeight = await frame
      .locator('html')
      .evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(contentHeight).not.toBe(123);
    await expect.poll(() => frames.evaluate((f) => f.getBoundingClientRect().height)).toBe(contentHeight);
    // no scrollbar inside: the frame shows all of its content
    expect(await frame.locator('html').evaluate((h) => h.scrollHeight <= window.innerHeight)).toBe(true);
    await page.close();
    await site.close();
  });

  it("fits an unknown board's page too: the frame takes that page's height, not its 480 px default", async () => {
    const origin = base();
    const site = await hostSite({
      '/': {
        html: `<!doctype html><body><script src="${origin}/scoreboard.js" data-board="no-such-${Date.now().toString(36)}"></script></body>`,
      },
    });
    const page = await chromium.browser.newPage({ viewport: { width: 400, height: 900 } });
    await page.goto(`${site.origin}/`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('No such scoreboard');
    const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
    expect(content).toBeLessThan(480);
    await expect.poll(() => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height)).toBe(content);
    await page.close();
    await site.close();
  });

  it('a frame refused by frame-ancestors becomes one line linking to the board, with one warning', async () => {
    const { id } = await createBoard({ allowed_origins: ['https://help.acme.test'] });
    const origin = base();
    const site = await hostSite({
      '/': { html: `<!doctype html><body><script src="${origin}/scoreboard.js" data-board="${id}"></script></body>` },
    });
    const page = await chromium.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    await page.goto(`${site.origin}/`);
    const link = page.getByRole('link', { name: 'Customer satisfaction scoreboard' });
    await link.waitFor({ timeout: 10_000 });
    expect(await page.locator('iframe').count()).toBe(0);
    expect(await link.getAttribute('href')).toBe(`${origin}/scoreboard/${id}?lang=en-US`);
    expect((await link.boundingBox())!.height).toBeLessThan(40);
    expect(warnings).toEqual([
      `Pandameter: the scoreboard frame for "${id}" showed nothing within 4 s, so it is replaced by a link. ` +
        `Most likely this page's origin (${site.origin}) is not in the board's allowed_origins (the frame is ` +
        'refused by frame-ancestors); or the network is down.',
    ]);
    await page.close();
    await site.close();
  });

  it('a frame that speaks stays, however long the page is open', async () => {
    const id = await boardWith(3, 1);
    const site = await hostSite({
      '/': { html: `<!doctype html><body><script src="${base()}/scoreboard.js" data-board="${id}"></script></body>` },
    });
    const page = await chromium.browser.newPage();
    const warnings: string[] = [];
    page.on('console', (m) => void (m.type() == 'warning' && warnings.push(m.text())));
    await page.goto(`${site.origin}/`);
    await page.frameLocator('iframe').locator('#p').waitFor();
    await page.waitForTimeout(5000);
    expect(await page.locator('iframe').count()).toBe(1);
    expect(warnings).toEqual([]);
    await page.close();
    await site.close();
  });

  it('ignores resize messages from anyone but its frame, and any other shape', async () => {
    const id = await boardWith(1, 0);
    const origin = base();
    const other = await hostSite({
      '/forge': {
        html: `<!doctype html><p>evil</p>`,
      },
    });
    const site = await hostSite({
      '/': {
        html: `<!doctype html><body><script src="${origin}/scoreboard.js" data-board="${id}"></script>
<iframe id="evil" src="${other.origin}/forge"></iframe></body>`,
      },
    });
    const page = await chromium.browser.newPage();
    await page.goto(`${site.origin}/`);
    const board = page.locator(`iframe[src^="${origin}"]`);
    const height = () => board.evaluate((f) => Math.round(f.getBoundingClientRect().height));
    // wait until the real frame has reported its height
    await expect.poll(async () => (await height()) !== 480).toBe(true);
    const real = await height();

    /** Posts `msg` from `from` and waits until the host page has handled it (loader's listener runs first). */
    const forge = async (from: 'host' | 'evil' | 'board', msg: unknown) => {
      const received = page.evaluate(
        (m) =>
          new Promise<void>((resolve) => {
            addEventListener('message', function once(e) {
              if (JSON.stringify(e.data) === JSON.stringify(m)) {
                removeEventListener('message', once);
                resolve();
              }
            });
          }),
        msg,
      );
      const target =
        from === 'host'
          ? page.mainFrame()
          : page.frames().find((f) => f.url().startsWith(from === 'board' ? origin : other.origin))!;
      await target.evaluate(([m, up]) => (up ? window.parent : window).postMessage(m, '*'), [
        msg,
        from !== 'host',
      ] as const);
      await received;
    };
    await forge('host', { type: 'pandameter:resize', height: 55 });
    await forge('evil', { type: 'pandameter:resize', height: 66 });
    await forge('board', { type: 'pandameter:resize', height: 77, extra: true });
    await forge('board', { type: 'pandameter:resize', height: '88' });
    await forge('board', { type: 'other', height: 99 });
    expect(await height()).toBe(real);
    // the real frame, with the real shape, is listened to
    await forge('board', { type: 'pandameter:resize', height: 321 });
    expect(await height()).toBe(321);
    await page.close();
    await site.close();
    await other.close();
  });

  it("shows only on the board's allowed origins when it has some", async () => {
    const pages: Parameters<typeof hostSite>[0] = {};
    const site = await hostSite(pages); // pages are looked up per request: filled in below
    const embed = (board: string) =>
      `<!doctype html><body><script src="${base()}/scoreboard.js" data-board="${board}"></script></body>`;
    const { id: allowed } = await createBoard({ allowed_origins: [site.origin] });
    const { id: elsewhere } = await createBoard({ allowed_origins: ['https://help.acme.com'] });
    pages['/allowed'] = { html: embed(allowed) };
    pages['/elsewhere'] = { html: embed(elsewhere) };
    const page = await chromium.browser.newPage();
    await page.goto(`${site.origin}/allowed`);
    await expect.poll(() => page.frameLocator('iframe').locator('#p').textContent()).toBe('No ratings yet');
    await page.goto(`${site.origin}/elsewhere`);
    // Chromium replaces a frame its CSP refuses with an error page
    await expect.poll(() => page.frames().some((f) => f.url().startsWith('chrome-error://'))).toBe(true);
    expect(await page.frameLocator('iframe').locator('#p').count()).toBe(0);
    await page.close();
    await site.close();
  });
});
