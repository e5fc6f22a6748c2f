/**
 * The widget: one question, Yes / No, an optional comment, thanks with the answer and a way to
 * change it. The steps are the answer form's Preact components (answer-form/steps.tsx), the same
 * ones the e-mail rating page renders on the server. This module holds what only a browser does:
 * the state of one widget, the outbox, moving focus, the shadow root, and its place on the page.
 */
import { render } from 'preact';
import {
  Added,
  Better,
  ChoiceButtons,
  CommentField,
  Question,
  ReasonToggles,
  Status,
  Thanks,
  YourAnswer,
} from '../../answer-form/steps';
import type { Verdict } from '../../answer-form/rules';
import { ANSWER_WORDS, type AnswerWords } from '../../i18n/answer';
import { dirOf, firstSpoken } from '../../i18n/languages';
import { askAtLoad, labelOf, readableAccent, wordsOf, type BoardLook } from './board';
import { warn } from './diagnostics';
import { put, read, REFUSED, SAVED, watch, type Body, type SendStatus } from './outbox';
import css from './style.css?raw';

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
  /** Brand colour `#rrggbb` for the selected answer and the Send button; default: the board's `accent`. */
  accent?: string;
  /** Element or CSS selector to render into (its content is replaced). */
  target?: string | Element;
  /** API origin; default: the origin the script was loaded from. */
  api?: string;
}

/** `wait`: the card holds its place until the board's look (and a language's words) arrive. */
type Step = 'wait' | 'question' | 'comment' | 'thanks' | 'refused' | 'unavailable';

/** What the status line says, by the outbox's status of the latest send (SENDING, SAVED, OFFLINE, REFUSED). */
const STATUS_WORDS: (keyof AnswerWords)[] = ['sending', 'saved', 'offline', 'notSaved'];

let sheet: CSSStyleSheet | undefined;
const shown: Record<string, Element> = {};

/** Shows the widget for one interaction; `anchor` is the script tag it stands in for. */
export function ask(options: Options, anchor?: Element | null) {
  const { board, interaction } = options;
  if (!board || !interaction) throw new Error('ask() needs a board and an interaction.');
  const url = `${options.api}/v1/boards/${encodeURIComponent(board)}/responses`;
  const key = url + '\n' + interaction;
  // Loaded twice, or asked twice for the same interaction: one widget.
  if (shown[key]?.isConnected) return;
  const target = typeof options.target == 'string' ? document.querySelector(options.target) : options.target;
  if (options.target && !target) throw new Error(`data-target "${options.target}" matches no element; nothing shown.`);
  if (!target && !anchor) throw new Error('ask() needs a target: a CSS selector or an element to render into.');
  const host = (shown[key] = document.createElement('pandameter-widget'));
  mount(host, options, url.replace(/responses$/, ''), key);
  place(host, target, anchor);
}

/** The widget's state and what a click does to it, rendered into the host's shadow root. */
function mount(host: Element, options: Options, boardUrl: string, key: string) {
  const language = firstSpoken([options.lang, document.documentElement.lang, ...navigator.languages]) || 'en';
  const { interaction, token, agent, channel } = options;
  const url = boardUrl + 'responses';
  let words: AnswerWords | undefined = ANSWER_WORDS[language];
  const stored = read()[key];
  let answer = stored?.body;
  let step: Step = answer ? 'thanks' : 'wait';
  let draft = answer?.comment || '';
  let picked = answer?.reasons || [];
  let status: SendStatus | undefined = stored && !stored.pending ? SAVED : undefined;
  let look: BoardLook | undefined;
  /** answered in this visit: the thanks tells which panda it added (a returning customer's is shorter) */
  let fresh = false;

  const root = host.attachShadow({ mode: 'open' });
  let fallbackCss: string | undefined;
  try {
    // A constructed stylesheet is not subject to the host page's style-src, so a strict CSP is fine.
    root.adoptedStyleSheets = [(sheet ||= new CSSStyleSheet())];
    sheet.replaceSync(css);
  } catch {
    // Browsers before constructable stylesheets (Safari < 16.4): a <style>, fine without a strict CSP.
    fallbackCss = css;
  }

  const send = (body: Body) => {
    put(key, url, (answer = body));
    host.dispatchEvent(
      new CustomEvent('pandameter:answer', {
        bubbles: true,
        composed: true,
        detail: { board: options.board, ...body },
      }),
    );
  };
  const choose = (verdict: Verdict) => {
    // Reasons go with a "No" only (the API refuses them beside a "Yes").
    const reasons = verdict == 'no' ? answer?.reasons : undefined;
    send({ ...answer, interaction, verdict, locale: language, token, agent, channel, reasons });
    fresh = true;
    show(options.comment != 'never' && (options.comment == 'always' || verdict == 'no') ? 'comment' : 'thanks');
  };
  const sendComment = () => {
    // An untouched empty box sends nothing; clearing an earlier comment removes it. Reasons go
    // only when some were ever picked (the API refuses fields a board without reasons never sees).
    const reasons = picked.length || answer!.reasons ? { reasons: picked } : {};
    if (draft.trim() || answer!.comment || reasons.reasons) send({ ...answer!, comment: draft.trim(), ...reasons });
    show('thanks');
  };
  const toggle = (id: string) => {
    picked = picked.includes(id) ? picked.filter((other) => other != id) : [...picked, id];
    paint();
  };
  const change = () => {
    // The status line told what happened to the old answer; the re-opened question has none yet.
    status = undefined;
    show('question');
  };

  /**
   * One flat list of parts, so that the status line (keyed) stays the same element, and so the same
   * live region, when a step moves it: under the answer while the comment box is open (below the
   * box, "Saved." would read as "comment saved"), inside the thanks sentence otherwise.
   */
  const view = (words: AnswerWords) => {
    const verdict = answer?.verdict as Verdict;
    const question = options.question || words.question;
    const line = (
      <Status key="status" text={status == undefined ? '' : words[STATUS_WORDS[status]!]} refused={status == REFUSED} />
    );
    const changeButton = (
      <button type="button" class="change" onClick={change}>
        {words.change}
      </button>
    );
    const reasons = verdict == 'no' && look?.reasons?.length ? look.reasons : undefined;
    const parts =
      step == 'question'
        ? [
            <Question words={words} question={question}>
              <ChoiceButtons words={words} verdict={verdict} onChoose={choose} />
            </Question>,
            line,
          ]
        : step == 'comment'
          ? [
              <YourAnswer words={words} verdict={verdict} />,
              line,
              verdict == 'no' && <Better words={words} />,
              reasons && (
                <ReasonToggles
                  words={words}
                  reasons={reasons.map(({ id, label }) => ({ id, label: labelOf(label, language) }))}
                  picked={picked}
                  onToggle={toggle}
                />
              ),
              <form
                onSubmit={(event) => {
                  event.preventDefault();
                  sendComment();
                }}
              >
                <CommentField words={words} comment={draft} onInput={(text) => (draft = text)} />
                <button type="submit" class="primary">
                  {words.send}
                </button>
              </form>,
              changeButton,
            ]
          : step == 'thanks'
            ? [
                <Thanks words={words} verdict={verdict} />,
                fresh && look && <Added words={words} verdict={verdict} name={look.name} href={look.scoreboard_url} />,
                line,
                changeButton,
              ]
            : step == 'refused'
              ? // Refused for good: no thanks, no buttons that cannot help; a way out instead.
                [line, <p>{words.unavailable}</p>]
              : // A wrong embed found at load: no question that would fail, a way out instead.
                [<p class="note">{words.unavailable}</p>];
    return [fallbackCss && <style>{fallbackCss}</style>, ...parts];
  };
  const paint = () => {
    const accent = readableAccent(options.accent || look?.accent);
    render(
      <div
        class={`card ${options.theme || 'light'}${step == 'thanks' ? ' done' : ''}`}
        lang={language}
        dir={dirOf(language)}
        style={accent ? { '--accent': accent } : undefined}
      >
        {words && step != 'wait' && view(words)}
      </div>,
      root,
    );
  };
  /** Goes to a step after a click; focus follows into it (its first field or button). */
  const show = (next: Step) => {
    step = next;
    paint();
    root.querySelector<HTMLElement>('textarea,button')?.focus();
  };

  watch(key, (next) => {
    status = next;
    if (next == REFUSED) step = 'refused';
    paint();
  });
  paint();
  // The ask is recorded as the question shows (SPEC § Concepts); its reply is the board's look, or
  // the news that this embed cannot save anything. With another language, its words come alongside.
  void Promise.all([
    askAtLoad(boardUrl + 'asks', { interaction, token, agent, channel, locale: language }),
    words || wordsOf(options.api!, language),
  ]).then(([reply, fetched]) => {
    words ||= fetched || ANSWER_WORDS.en;
    if (typeof reply == 'object') look = reply;
    if (step == 'wait') step = typeof reply == 'string' ? 'unavailable' : 'question';
    paint();
  });
}

/** Into the target, else right after the script tag; a tag in <head> gets the end of <body>. */
function place(host: Element, target: Element | null | undefined, anchor: Element | null | undefined) {
  if (target) target.replaceChildren(host);
  else if (anchor?.closest('head')) {
    warn(
      'the script tag is in <head>, where nothing shows; the widget is at the end of <body>. ' +
        'Move the tag where the question belongs, or set data-target.',
    );
    const atEnd = () => document.body.append(host);
    if (document.readyState == 'loading') addEventListener('DOMContentLoaded', atEnd);
    else atEnd();
  } else anchor!.after(host);
}
