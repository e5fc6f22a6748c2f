/**
 * The widget itself: one question, Yes / No, an optional comment, thanks with a way to change.
 *
 * Plain DOM, no framework: Preact alone (h + render, 10.29: 4,382 bytes gzip; 11.2: 4,564) plus the
 * ten languages (~1.4 KB) already exceed the 6,144-byte budget before any widget code. The view is
 * two regions, so nothing needs diffing: the step (re-built when the step changes) and the live
 * status line (only its text changes, so a screen reader announces it and focus never jumps).
 */
import css from './style.css?raw';
import { pickLang, text } from './i18n';
import { put, read, watch, type Body } from './outbox';

/** Options of `Pandameter.ask` — the same names as the script tag's data attributes. */
export interface Options {
  board: string;
  interaction: string;
  token?: string;
  agent?: string;
  channel?: string;
  lang?: string;
  question?: string;
  /** When to offer the comment box: after "No" (default), always, never. */
  comment?: 'no' | 'always' | 'never';
  theme?: 'light' | 'dark' | 'auto';
  /** Element or CSS selector to render into (its content is replaced). */
  target?: string | Element;
  /** API origin; default: the origin the script was loaded from. */
  api?: string;
}

type Props = Record<string, unknown> | null;

/** One element: known properties (onclick, value, id…) are set as such, the rest as attributes. */
function h(tag: string, props: Props, ...kids: (Node | string)[]): HTMLElement {
  const el = document.createElement(tag);
  for (const k in props) {
    if (k in el) (el as unknown as Record<string, unknown>)[k] = props[k];
    else el.setAttribute(k, props[k] + '');
  }
  el.append(...kids);
  return el;
}

let sheet: CSSStyleSheet | undefined;
const shown: Record<string, Element> = {};

/** Shows the widget for one interaction; `anchor` is the script tag it stands in for. */
export function ask(o: Options, anchor?: Element | null) {
  const url = `${o.api}/v1/boards/${encodeURIComponent(o.board)}/responses`;
  const key = url + '\n' + o.interaction;
  if (!o.board || !o.interaction) throw new Error('board and interaction are required');
  // Loaded twice, or asked twice for the same interaction: one widget.
  if (shown[key]?.isConnected) return;
  const t = typeof o.target == 'string' ? document.querySelector(o.target) : o.target;
  if (!t && !anchor) throw new Error(`nowhere to render: no element matches ${o.target}`);
  const host = (shown[key] = document.createElement('pandameter-widget'));
  const lang = pickLang(o.lang, document.documentElement.lang, navigator.language);
  const T = text(lang);
  const main = h('div', null);
  const status = h('p', { role: 'status' });
  const known = read()[key];
  let b = known?.b;
  let draft = b?.comment || '';

  const send = (next: Body) => {
    put(key, url, (b = next));
    host.dispatchEvent(
      new CustomEvent('pandameter:answer', { bubbles: true, composed: true, detail: { board: o.board, ...b } }),
    );
  };
  /** Shows a step (0 question, 1 comment, 2 thanks); `focus` after a click moves focus into it. */
  const show = (step: number, focus?: number) => {
    main.replaceChildren(
      ...(step
        ? [
            h('p', null, T[5]),
            ...(step == 1
              ? [
                  h(
                    'label',
                    null,
                    T[3],
                    h('textarea', {
                      maxLength: 1000,
                      value: draft,
                      oninput: (e: Event) => (draft = (e.target as HTMLTextAreaElement).value),
                    }),
                  ),
                  h(
                    'button',
                    {
                      onclick() {
                        // An untouched empty box sends nothing; clearing an earlier comment removes it.
                        if (draft.trim() || b!.comment) send({ ...b!, comment: draft.trim() });
                        show(2, 1);
                      },
                    },
                    T[4],
                  ),
                ]
              : []),
            h('button', { className: 'c', onclick: () => show(0, 1) }, T[6]),
          ]
        : [
            h('p', { id: 'q' }, o.question || T[0]),
            h(
              'div',
              { role: 'group', 'aria-labelledby': 'q' },
              ...(['yes', 'no'] as const).map((verdict, i) =>
                h(
                  'button',
                  {
                    'aria-pressed': b?.verdict == verdict,
                    onclick() {
                      const { token, agent, channel } = o;
                      send({ ...b, interaction: o.interaction, verdict, locale: lang, token, agent, channel });
                      show(o.comment != 'never' && (o.comment == 'always' || verdict == 'no') ? 1 : 2, 1);
                    },
                  },
                  T[i + 1]!,
                ),
              ),
            ),
          ]),
    );
    if (focus) main.querySelector<HTMLElement>('textarea,button')!.focus();
  };

  const root = host.attachShadow({ mode: 'open' });
  try {
    // A constructed stylesheet is not subject to the host page's style-src, so a strict CSP is fine.
    root.adoptedStyleSheets = [(sheet ||= new CSSStyleSheet())];
    sheet.replaceSync(css);
  } catch {
    // Browsers before constructable stylesheets (Safari < 16.4): a <style>, fine without a strict CSP.
    root.append(h('style', null, css));
  }
  root.append(h('div', { className: o.theme || 'light', lang, dir: lang == 'ar' ? 'rtl' : 'ltr' }, main, status));
  watch(key, (s) => (status.textContent = T[s + 7]!));
  if (known && !known.p) status.textContent = T[8];
  show(known ? 2 : 0);
  if (t) t.replaceChildren(host);
  else anchor!.after(host);
}
