/**
 * Rating links for support e-mails: `GET /rate/{board}/{interaction}?token=…&verdict=yes|no`.
 *
 * E-mail security scanners open every link in a message before the customer does, so a GET (or
 * HEAD) only ever shows a page and never writes. The customer's click on the confirm button sends
 * a form POST to the same path, which records the answer through `acceptAnswer` — the very code
 * path of the JSON API. Errors become friendly HTML pages here, never the JSON envelope.
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { acceptAnswer } from '../answers';
import type { Board } from '../db/boards';
import { ApiError } from '../lib/errors';
import type { AppEnv } from '../lib/http';
import { textProblem } from '../lib/text';
import { check, formBody } from '../lib/validate';
import { checkToken, originAllowed, requireBoard } from '../board';
import { BOARD_ID_RE, Interaction, ResponseCreate } from '../schemas';
import { chooseLanguage, RATE_PAGE_WORDS, type Language } from '../../i18n';
import { confirmPage, pageHeaders, problemPage, reasonsFor, thanksPage, type ProblemKind } from '../pages/rate';

const rate = new Hono<AppEnv>();

/** The status and page for each refusal a customer can meet. */
const PROBLEMS: Partial<Record<ApiError['code'], ProblemKind>> = {
  unknown_board: 'bad',
  not_found: 'bad',
  token_required: 'bad',
  token_invalid: 'bad',
  token_expired: 'expired',
  origin_not_allowed: 'closed',
  rate_limited: 'busy',
  invalid_json: 'form',
  invalid_body: 'form',
  unsupported_media_type: 'form',
  payload_too_large: 'form',
};

async function page(c: Context<AppEnv>, lang: Language, html: string, status: ContentfulStatusCode = 200) {
  return c.body(html, status, await pageHeaders(lang));
}

/** Renders a refusal as its friendly page (with the contract's status); anything else propagates. */
async function problem(c: Context<AppEnv>, lang: Language, err: unknown) {
  const kind = err instanceof ApiError ? PROBLEMS[err.code] : undefined;
  if (!(err instanceof ApiError) || !kind) throw err;
  for (const [k, v] of Object.entries(err.headers)) c.header(k, v);
  return page(c, lang, problemPage(lang, kind), err.status);
}

interface Target {
  board: Board;
  interaction: string;
  action: string;
}

/** The board and interaction of the path; an impossible id is just a link that does not work. */
async function target(c: Context<AppEnv>): Promise<Target> {
  const boardId = c.req.param('board') ?? '';
  if (!BOARD_ID_RE.test(boardId)) throw new ApiError('unknown_board', 'No such board.');
  const r = Interaction.safeParse(c.req.param('interaction'));
  if (!r.success) throw new ApiError('not_found', 'Not an interaction id.');
  const board = await requireBoard(c.env.DB, boardId);
  return { board, interaction: r.data, action: `/rate/${board.id}/${encodeURIComponent(r.data)}` };
}

const verdictOf = (v: string | undefined | null) => (v === 'yes' || v === 'no' ? v : undefined);

/**
 * Where the answer comes from, for the board's origin rule. The page is the worker's own, and a
 * form POST from it carries `Origin: null` (Referrer-Policy no-referrer) or the worker's origin;
 * neither is a customer's site. So it is passed on as "no browser origin": a token board accepts
 * it (the token authenticates the answer, and is all a forged cross-site form could carry too),
 * while an open board that limits answers to its own sites refuses it, because a token-less link
 * page would otherwise be a way around that limit.
 */
const RATE_PAGE_ORIGIN = undefined;

rate.get('/:board/:interaction', async (c) => {
  const lang = chooseLanguage(c.req.query('lang'), c.req.header('accept-language'));
  try {
    const { board, interaction, action } = await target(c);
    const token = c.req.query('token');
    await checkToken(board, interaction, token, Date.now());
    if (!originAllowed(board, RATE_PAGE_ORIGIN)) throw new ApiError('origin_not_allowed', 'Not from this page.');
    const html = confirmPage({
      lang,
      boardName: board.name,
      interaction,
      action,
      token: token || undefined,
      verdict: verdictOf(c.req.query('verdict')),
      comment: '',
      reasons: reasonsFor(board.reasons, lang),
    });
    return page(c, lang, html);
  } catch (err) {
    return problem(c, lang, err);
  }
});

rate.post('/:board/:interaction', async (c) => {
  let lang = chooseLanguage(c.req.query('lang'), c.req.header('accept-language'));
  try {
    const { board, interaction, action } = await target(c);
    if (!originAllowed(board, RATE_PAGE_ORIGIN)) throw new ApiError('origin_not_allowed', 'Not from this page.');
    const form = await formBody(c);
    lang = chooseLanguage(form.get('lang') ?? c.req.query('lang'), c.req.header('accept-language'));
    const t = RATE_PAGE_WORDS[lang];
    const token = form.get('token') ?? undefined;
    const verdict = form.get('verdict') ?? undefined;
    const onThanksPage = form.get('step') === 'comment';
    // On the first page an empty box means "no comment given", which keeps a stored one; on the
    // thank-you page the box shows the stored comment, so emptying it removes it.
    const rawComment = form.get('comment') ?? '';
    const comment = rawComment.trim() === '' && !onThanksPage ? undefined : rawComment;
    // Reasons are repeated fields (reasons=slow&reasons=wrong). A form that showed the reasons step
    // sends an empty `reasons` too, so none ticked means "none" ([]), while a form without the step
    // (no `reasons` at all) keeps the stored ones.
    const reasons = form.has('reasons') ? form.getAll('reasons').filter((r) => r !== '') : undefined;
    const state = {
      lang,
      boardName: board.name,
      interaction,
      action,
      token,
      comment: rawComment,
      reasons: reasonsFor(board.reasons, lang),
      picked: reasons,
    };

    let input: ResponseCreate;
    try {
      input = check(ResponseCreate, { interaction, verdict, token, comment, reasons, locale: lang });
    } catch (e) {
      // A token the schema refuses (over 256 characters) is a link that does not work, as on GET.
      if (e instanceof ApiError && e.field === 'token') throw new ApiError('token_invalid', e.message);
      // What the customer can fix (no choice made, a comment too long) comes back on the same form.
      if (!(e instanceof ApiError) || (e.field !== 'verdict' && e.field !== 'comment')) throw e;
      // A stale or forged form is refused as its GET would be, before anything is echoed back.
      await checkToken(board, interaction, token, Date.now());
      const error =
        e.field === 'verdict'
          ? t.chooseVerdict
          : textProblem(rawComment, 'comment')
            ? t.commentChars
            : t.commentTooLong;
      const v = verdictOf(verdict);
      const html =
        onThanksPage && v
          ? thanksPage({ ...state, verdict: v, saved: false, error })
          : confirmPage({ ...state, verdict: v, error });
      return page(c, lang, html, 400);
    }
    const { response } = await acceptAnswer(c, board, input, { origin: RATE_PAGE_ORIGIN });
    const html = thanksPage({
      ...state,
      verdict: response.verdict,
      comment: response.comment ?? '',
      picked: response.reasons ? (JSON.parse(response.reasons) as string[]) : [],
      saved: onThanksPage,
    });
    return page(c, lang, html);
  } catch (err) {
    return problem(c, lang, err);
  }
});

export default rate;
