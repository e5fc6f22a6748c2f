/** What `digest.weekly` says (worker/webhooks/digest.ts makes it): the Standard body and one Slack message. */
import { iso } from '../lib/time';

export interface Mover {
  key: string;
  percent: number;
  previous_percent: number;
  /** percentage points, one decimal */
  change: number;
}

/** The delivery row's `data`, and the Standard body's `data`. */
export interface DigestData {
  board: string;
  /** the week: 7 whole UTC days, YYYY-MM-DD */
  from: string;
  to: string;
  satisfied: number;
  unsatisfied: number;
  percent: number | null;
  previous_percent: number | null;
  change: number | null;
  answers: number;
  asked: number;
  response_rate: number | null;
  open_follow_ups: number;
  agent: Mover | null;
  channel: Mover | null;
  no_comments: { interaction: string; comment: string; agent: string | null; channel: string | null }[];
}

export const digestStandardBody = (d: DigestData, at: number): string =>
  JSON.stringify({ type: 'digest.weekly', timestamp: iso(at), data: d });

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const pct = (p: number | null) => (p === null ? 'no answers' : `${p} %`);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);
const moved = (label: string, m: Mover | null) =>
  m
    ? [`• ${label} that moved most: *${esc(m.key)}*, ${m.previous_percent} % → ${m.percent} % (${signed(m.change)})`]
    : [];

export function digestSlackBody(d: DigestData, boardName: string, site: string): string {
  const lines = [
    `:bar_chart: *${esc(boardName)}*, the week ${d.from} – ${d.to}`,
    `• Score: *${pct(d.percent)}*` +
      (d.change !== null ? ` (${signed(d.change)} points vs ${d.previous_percent} % the week before)` : '') +
      ` · ${d.satisfied} satisfied, ${d.unsatisfied} not`,
    `• Answers: ${d.answers}` +
      (d.response_rate !== null ? ` of ${d.asked} asked (response rate ${d.response_rate} %)` : ''),
    `• Open follow-ups: ${d.open_follow_ups}`,
    ...moved('Agent', d.agent),
    ...moved('Channel', d.channel),
    ...(d.no_comments.length ? ['"No" comments:'] : []),
    ...d.no_comments.map((c) => `> ${esc(c.comment.replace(/\n/g, ' '))}`),
    `<${site}/scoreboard/${d.board}|Open the scoreboard>`,
  ];
  return JSON.stringify({ text: lines.join('\n') });
}
