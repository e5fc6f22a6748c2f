/**
 * What a webhook says: the event types, the Standard Webhooks JSON body, and the Slack message for
 * webhooks created with `format: "slack"` (Slack's incoming-webhook body, `{text}`).
 */
import type { Verdict } from '../../answer-form/rules';
import { iso } from '../lib/time';

export const WEBHOOK_EVENTS = [
  'answer.created',
  'answer.changed',
  'comment.added',
  'answer.unsatisfied',
  'answer.refused',
  'follow_up.changed',
  'score.below_target',
  'score.recovered',
  'digest.weekly',
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** A "No", new or changed to, is what a team wants to hear about first. */
export const DEFAULT_EVENTS: WebhookEvent[] = ['answer.unsatisfied'];

export const WEBHOOK_FORMATS = ['standard', 'slack'] as const;
export type WebhookFormat = (typeof WEBHOOK_FORMATS)[number];

/** The answer as the write that made the event stored it (the `data` column of a delivery). */
export interface AnswerSnapshot {
  verdict: Verdict;
  comment: string | null;
  agent: string | null;
  channel: string | null;
  locale: string | null;
  /** the chosen reasons (absent in events written before there were reasons) */
  reasons?: string[] | null;
  /** follow_up.changed: the follow-up as that write left it */
  follow_up?: { status: string; by: string | null; note?: string | null };
}

export interface EventFacts {
  event: WebhookEvent;
  board: string;
  interaction: string;
  answer: AnswerSnapshot;
  /** when the answer was written, unix ms */
  at: number;
}

/** `{type, timestamp, data}`; fields the answer does not have are left out, not null. */
export function standardBody(e: EventFacts): string {
  const { verdict, comment, agent, channel, locale, reasons, follow_up } = e.answer;
  return JSON.stringify({
    type: e.event,
    timestamp: iso(e.at),
    data: {
      board: e.board,
      interaction: e.interaction,
      verdict,
      ...(comment !== null ? { comment } : {}),
      ...(reasons ? { reasons } : {}),
      ...(follow_up
        ? {
            follow_up: {
              status: follow_up.status,
              ...(follow_up.by ? { by: follow_up.by } : {}),
              ...(follow_up.note ? { note: follow_up.note } : {}),
            },
          }
        : {}),
      ...(agent !== null ? { agent } : {}),
      ...(channel !== null ? { channel } : {}),
      ...(locale !== null ? { locale } : {}),
      answered_at: iso(e.at),
    },
  });
}

/** Slack treats &, < and > as markup; everything from a customer is escaped. */
const slackEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const VERDICT = { yes: '*Yes* (satisfied)', no: '*No* (not satisfied)' } as const;

/** The first line of each answer event's message. */
const HEADLINE: Record<
  Exclude<WebhookEvent, 'answer.refused' | 'digest.weekly' | ScoreEvent>,
  (verdict: Verdict) => string
> = {
  'answer.unsatisfied': () => ':warning: A customer is *not satisfied* with the response they got.',
  'answer.created': (v) => `:ballot_box_with_check: New answer: ${VERDICT[v]}.`,
  'answer.changed': (v) => `:arrows_counterclockwise: A customer changed their answer to ${VERDICT[v]}.`,
  'comment.added': () => ':speech_balloon: A customer left a comment.',
  'follow_up.changed': () => ':telephone_receiver: A "No" was followed up.',
};

/** Slack's incoming-webhook body: the verdict, the comment, who and where, and a link to the board. */
export function slackBody(e: EventFacts, boardName: string, site: string): string {
  if (e.event === 'answer.refused' || e.event === 'digest.weekly' || isScoreEvent(e.event))
    throw new Error(`${e.event} has its own body`);
  const { verdict, comment, agent, channel } = e.answer;
  const facts = [
    `*${slackEscape(boardName)}*`,
    `interaction ${slackEscape(e.interaction)}`,
    ...(agent !== null ? [`agent ${slackEscape(agent)}`] : []),
    ...(channel !== null ? [`via ${slackEscape(channel)}`] : []),
    `answer ${VERDICT[verdict]}`,
    ...(e.answer.reasons?.length ? [`reasons ${slackEscape(e.answer.reasons.join(', '))}`] : []),
    ...(e.answer.follow_up
      ? [
          `follow-up *${e.answer.follow_up.status}*` +
            (e.answer.follow_up.by ? ` by ${slackEscape(e.answer.follow_up.by)}` : ''),
        ]
      : []),
  ];
  const lines = [HEADLINE[e.event](verdict), facts.join(' · ')];
  if (comment !== null) lines.push(...comment.split('\n').map((line) => `> ${slackEscape(line)}`));
  lines.push(`<${site}/scoreboard/${e.board}|Open the scoreboard>`);
  return JSON.stringify({ text: lines.join('\n') });
}

/**
 * `answer.refused` (at most one per board, reason and hour): not an answer but the news that answers
 * are being turned away, with the code, the origin of the refused request and the API's own words on
 * what to fix. Its delivery row stores `{reason, origin, message}` in place of an answer.
 */
export interface RefusalFacts {
  board: string;
  reason: string;
  origin: string;
  message: string;
  at: number;
}

export const refusedStandardBody = (r: RefusalFacts): string =>
  JSON.stringify({
    type: 'answer.refused',
    timestamp: iso(r.at),
    data: { board: r.board, reason: r.reason, origin: r.origin || null, message: r.message, refused_at: iso(r.at) },
  });

export function refusedSlackBody(r: RefusalFacts, boardName: string, site: string): string {
  const from = r.origin ? ` from ${slackEscape(r.origin)}` : '';
  return JSON.stringify({
    text: [
      `:no_entry: Answers to *${slackEscape(boardName)}* are being refused: \`${r.reason}\`${from}.`,
      `> ${slackEscape(r.message)}`,
      `Fix the embed, then check \`npm run admin -- boards show ${r.board}\`. <${site}/scoreboard/${r.board}|Open the scoreboard>`,
    ].join('\n'),
  });
}

/**
 * `score.below_target` / `score.recovered` (worker/webhooks/targets.ts): the score that crossed the
 * target, as the batch that moved it stored it in the delivery's `data`.
 */
export const SCORE_EVENTS = ['score.below_target', 'score.recovered'] as const;
export type ScoreEvent = (typeof SCORE_EVENTS)[number];
export const isScoreEvent = (e: WebhookEvent): e is ScoreEvent => (SCORE_EVENTS as readonly string[]).includes(e);

export interface ScoreFacts {
  event: ScoreEvent;
  board: string;
  percent: number;
  target: number;
  responses: number;
  satisfied: number;
  unsatisfied: number;
  at: number;
}

export const scoreStandardBody = (s: ScoreFacts): string =>
  JSON.stringify({
    type: s.event,
    timestamp: iso(s.at),
    data: {
      board: s.board,
      percent: s.percent,
      target: s.target,
      responses: s.responses,
      satisfied: s.satisfied,
      unsatisfied: s.unsatisfied,
      crossed_at: iso(s.at),
    },
  });

export function scoreSlackBody(s: ScoreFacts, boardName: string, site: string): string {
  const head =
    s.event === 'score.below_target'
      ? `:chart_with_downwards_trend: *${slackEscape(boardName)}* is below its target: *${s.percent} %* (target ${s.target} %).`
      : `:chart_with_upwards_trend: *${slackEscape(boardName)}* is back on target: *${s.percent} %* (target ${s.target} %).`;
  return JSON.stringify({
    text: [
      head,
      `${s.satisfied} satisfied, ${s.unsatisfied} not, of the last ${s.responses} answers in the window.`,
      `<${site}/scoreboard/${s.board}|Open the scoreboard>`,
    ].join('\n'),
  });
}
