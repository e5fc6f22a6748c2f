/**
 * Entry of widget.js. The only global is `window.Pandameter`; a second copy of the script finds it
 * and hands its own tag to the first, which renders each interaction once. Nothing here ever throws
 * into the host page: mistakes in the embed become console warnings for the site owner.
 */
import { warn } from './diagnostics';
import { flush } from './outbox';
import { ask, type Options } from './widget';

interface Api {
  /** `scriptTag`: the tag a widget stands in for (a second copy of this script passes its own). */
  ask(options: Options, scriptTag?: Element | null): void;
}

const page = window as unknown as { Pandameter?: Api };
const script = document.currentScript as HTMLScriptElement | null;

try {
  const origin = script ? new URL(script.src).origin : '';
  if (!page.Pandameter) {
    page.Pandameter = {
      ask(options, scriptTag) {
        try {
          ask({ ...options, api: options.api || origin }, scriptTag);
        } catch (error) {
          warn((error as Error).message);
        }
      },
    };
    // Answers a previous visit could not deliver go now, and again whenever the browser is back online.
    void flush();
    addEventListener('online', () => void flush());
  }
  const data = script?.dataset || {};
  if (data.board) {
    const options = { ...data, api: data.api || origin } as unknown as Options;
    const show = () => page.Pandameter!.ask(options, script);
    // A data-target further down the page may not be parsed yet.
    if (options.target && document.readyState == 'loading') addEventListener('DOMContentLoaded', show);
    else show();
  } else if (Object.keys(data).length) {
    // Attributes but no board: an embed that meant to show something. (A bare tag is the API-only way.)
    warn('the script tag has no data-board, so nothing is shown. Add data-board="your-board-id".');
  }
} catch (error) {
  warn(String(error));
}
