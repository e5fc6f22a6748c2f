/**
 * GET /scoreboard.js — the embed loader. Where its <script> tag stands it inserts the scoreboard
 * iframe and keeps the frame as tall as its content, from `pandameter:resize` messages sent by the
 * frame itself. It never throws into the host page.
 *
 *   <script src="https://csat.example.com/scoreboard.js" async data-board="acme"></script>
 *
 * Attributes: data-board (required), data-theme (light|dark|auto), data-lang, data-height (pixels
 * until the frame reports its height, and for good if it cannot), data-title.
 */
import { isResizeMessage } from './messages';

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  // Guard against one tag running twice (copied embed code, a tag manager re-injecting it).
  if (!script || script.dataset.pandameterLoaded) return;
  script.dataset.pandameterLoaded = '1';
  const { board, theme, lang, height, title } = script.dataset;
  if (!board) {
    console.warn('Pandameter: the scoreboard script needs data-board="your-board-id".');
    return;
  }
  const origin = new URL(script.src).origin;
  const src = new URL(`/scoreboard/${encodeURIComponent(board)}`, origin);
  if (theme) src.searchParams.set('theme', theme);
  src.searchParams.set('lang', lang || document.documentElement.lang || navigator.language || 'en');

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

  window.addEventListener('message', (e) => {
    if (e.origin !== origin || e.source !== frame.contentWindow || !isResizeMessage(e.data)) return;
    frame.style.height = `${e.data.height}px`;
  });
})();
