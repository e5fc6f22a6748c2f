/**
 * GET /scoreboard.js — the embed loader. Where its <script> tag stands it inserts the scoreboard
 * iframe and keeps the frame as tall as its content, from `pandameter:resize` messages sent by the
 * frame itself. It never throws into the host page.
 *
 *   <script src="https://csat.example.com/scoreboard.js" async data-board="acme"></script>
 *
 * Attributes: data-board (required), data-theme (light|dark|auto), data-lang, data-accent (the
 * number's brand colour, #rrggbb), data-height (pixels until the frame reports its height), data-title.
 *
 * A frame that has loaded but says nothing within SILENT_MS was refused (the page's origin is not
 * in the board's allowed_origins, so frame-ancestors blocks it) or could not reach the worker:
 * rather than the browser's grey "refused to connect" box, the page gets one line linking to the
 * board, and the site owner one console warning naming the likely cause.
 */
import { isResizeMessage } from './messages';

/** How long a loaded frame may stay silent; the scoreboard speaks as soon as it has laid out. */
const SILENT_MS = 4000;

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // Guard against one tag running twice (copied embed code, a tag manager re-injecting it).
  if (!script || script.dataset.pandameterLoaded) return;
  script.dataset.pandameterLoaded = '1';
  const { board, theme, lang, height, title, accent } = script.dataset;
  if (!board) {
    console.warn('Pandameter: the scoreboard script needs data-board="your-board-id".');
    return;
  }
  const origin = new URL(script.src).origin;
  const src = new URL(`/scoreboard/${encodeURIComponent(board)}`, origin);
  if (theme) src.searchParams.set('theme', theme);
  if (accent) src.searchParams.set('accent', accent);
  // A language tag, and only the tag: some systems report their locale as "en-US@posix" or "C".
  const tag = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*/.exec(lang || document.documentElement.lang || navigator.language);
  src.searchParams.set('lang', tag?.[0] ?? 'en');

  const frame = document.createElement('iframe');
  frame.src = src.href;
  frame.title = title || 'Customer satisfaction scoreboard';
  frame.loading = 'lazy';
  // The frame learns who embeds it from the referrer: send the origin, never the path.
  frame.referrerPolicy = 'strict-origin';
  frame.style.cssText = `display:block;width:100%;border:0;height:${Math.max(1, Number(height) || 480)}px`;
  // Where the tag stands; a tag put in <head> cannot show anything there, so its frame ends the body.
  if (!script.closest('head')) script.after(frame);
  else if (document.body) document.body.append(frame);
  else document.addEventListener('DOMContentLoaded', () => document.body.append(frame));

  let heard = false;
  window.addEventListener('message', (e) => {
    if (e.origin !== origin || e.source !== frame.contentWindow || !isResizeMessage(e.data)) return;
    heard = true;
    frame.style.height = `${e.data.height}px`;
  });
  // `load` fires for a refused or unreachable frame too (with the browser's error page); a lazy
  // frame loads only near the viewport, so the wait starts there, not at page load.
  frame.addEventListener('load', () =>
    setTimeout(() => {
      if (heard || !frame.isConnected) return;
      const link = document.createElement('a');
      link.href = src.href;
      link.target = '_blank';
      link.textContent = frame.title;
      const line = document.createElement('p');
      line.append(link);
      frame.replaceWith(line);
      console.warn(
        `Pandameter: the scoreboard frame for "${board}" showed nothing within ${SILENT_MS / 1000} s, so it is ` +
          `replaced by a link. Most likely this page's origin (${location.origin}) is not in the board's ` +
          `allowed_origins (the frame is refused by frame-ancestors); or the network is down.`,
      );
    }, SILENT_MS),
  );
})();
