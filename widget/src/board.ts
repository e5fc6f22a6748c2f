/**
 * What the widget learns at load, before it asks anything: the board's own words and look, from
 * the ask it records (POST /v1/boards/{board}/asks, the answer endpoint's rules: CORS, origin,
 * token), and the wording of a language other than English (GET /widget/words/<lang>.json, once
 * per page). A wrong embed is found here, not at the customer's click.
 */
import type { AnswerWords } from '../../i18n/answer';
import { warn } from './diagnostics';

/** The board as the widget shows it: its name and link for the thanks, its accent and its reasons. */
export interface BoardLook {
  board: string;
  name: string;
  accent?: string | null;
  reasons?: { id: string; label: string | Record<string, string> }[];
  scoreboard_url?: string;
}

/**
 * The refusals that no retry can fix, the embed itself being wrong: unknown_board,
 * origin_not_allowed, token_required / token_invalid / token_expired. Anything else shows the question.
 */
const WRONG_EMBED = /^(unknown_board|origin_|token_)/;

/**
 * Records the ask and reads the board's look. Resolves to the look (2xx), to the error code of a
 * wrong embed (logged once, with the API's words on what to fix), or to nothing when it could not
 * tell (offline, 5xx, 429, a server without /asks): then the question shows as before, and the
 * outbox keeps the answer.
 */
export async function askAtLoad(url: string, body: object): Promise<BoardLook | string | undefined> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      body: JSON.stringify(body),
      credentials: 'omit',
      signal: AbortSignal.timeout(5e3),
    });
    const reply = await response.json();
    if (response.ok) return reply.widget;
    const { code, message } = reply.error;
    if (WRONG_EMBED.test(code)) {
      warn(`answers cannot be saved, so no question is shown: ${response.status} ${code}: ${message}`);
      return code;
    }
  } catch {
    // offline, timed out, or not the API's JSON: the question shows, and the outbox does the rest
  }
}

const wording: Record<string, Promise<AnswerWords | undefined>> = {};

/** A language's words, fetched once per page for every widget on it; nothing if that fails. */
export const wordsOf = (api: string, language: string) =>
  (wording[language] ||= fetch(`${api}/widget/words/${language}.json`, { credentials: 'omit' }).then(
    (response) => (response.ok ? response.json() : undefined),
    () => undefined,
  ));

/** The label of a reason in the reader's language, else its first one (SPEC: reasons). */
export const labelOf = (label: string | Record<string, string>, language: string) =>
  typeof label == 'string' ? label : label[language] || Object.values(label)[0]!;

const warned: Record<string, 1> = {};

/** Relative luminance of `#rrggbb` (WCAG 2.2). */
const luminance = (hex: string) =>
  [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    .reduce((sum, c, i) => sum + c * [0.2126, 0.7152, 0.0722][i]!, 0);

/**
 * The brand colour if white text on it is readable (WCAG AA, 4.5:1: the selected answer and the
 * Send button are white on the accent); otherwise nothing, so the default colour stays, and one
 * console hint per colour says why.
 */
export function readableAccent(accent: string | null | undefined): string | undefined {
  if (!accent) return;
  const ratio = /^#[0-9a-f]{6}$/i.test(accent) ? 1.05 / (luminance(accent) + 0.05) : 0;
  if (ratio >= 4.5) return accent;
  if (warned[accent]) return;
  warned[accent] = 1;
  warn(
    `the accent "${accent}" is ${ratio ? ratio.toFixed(1) + ':1 with white text (AA: 4.5:1)' : 'not #rrggbb'}; using the default.`,
  );
}
