/**
 * Entry of widget.js. The only global is `window.Pandameter`; a second copy of the script finds it
 * and hands its own tag to the first, which renders each interaction once.
 */
import { flush } from './outbox';
import { ask, type Options } from './widget';

interface Api {
  ask(o: Options): void;
  /** For a second copy of this script: render for its own tag. */
  _(o: Options, anchor?: Element | null): void;
}

const w = window as unknown as { Pandameter?: Api };
const s = document.currentScript as HTMLScriptElement | null;

try {
  if (!w.Pandameter) {
    const origin = s ? new URL(s.src).origin : '';
    const safe = (o: Options, anchor?: Element | null) => {
      try {
        ask({ ...o, api: o.api || origin }, anchor);
      } catch (e) {
        // Never throw into the host page.
        console.warn('Pandameter:', e);
      }
    };
    w.Pandameter = { ask: (o) => safe(o), _: safe };
    // Answers a previous visit could not deliver go now, and again whenever the browser is back online.
    void flush();
    addEventListener('online', () => void flush());
  }
  if (s?.dataset.board) {
    const o = { ...s.dataset, api: s.dataset.api || new URL(s.src).origin } as unknown as Options;
    const go = () => (w.Pandameter!._ || w.Pandameter!.ask)(o, s);
    // A data-target further down the page may not be parsed yet.
    if (o.target && document.readyState == 'loading') addEventListener('DOMContentLoaded', go);
    else go();
  }
} catch (e) {
  console.warn('Pandameter:', e);
}
