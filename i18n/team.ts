/**
 * The team's page (GET /team/{board}): its wording. The worker inlines one language's words into
 * the page (`#team-words`), so the script carries none. `{x}` are filled by team/src/format.ts;
 * numbers, percentages and dates come from Intl. Phrases with a count are `Plural`s.
 */
import type { Language, Plural } from './languages';

export interface TeamWords {
  /** the document title and the page's heading before the board's name: `{name}` */
  title: string;
  /** the sign-in form */
  signInTitle: string;
  signInIntro: string;
  keyLabel: string;
  keyHint: string;
  signIn: string;
  signingIn: string;
  signOut: string;
  /** after a 401 anywhere (expired, signed out elsewhere, key revoked) */
  sessionEnded: string;
  /** a sign-in link used before, expired or unknown */
  linkRefused: string;
  keyRefused: string;
  keyEmpty: string;
  /** the server did not answer */
  offline: string;
  /** any other failure: `{message}` is the API's */
  failed: string;
  retry: string;
  loading: string;
  /** `{t}`: a time */
  signedInUntil: string;
  readOnly: string;

  /** the header's controls */
  range: string;
  last30: string;
  last12w: string;
  last12m: string;
  custom: string;
  from: string;
  to: string;
  apply: string;
  interval: string;
  day: string;
  week: string;
  month: string;
  /** the active filter's chip: `{name}` */
  filterAgent: string;
  filterChannel: string;
  /** the chip's remove button: `{name}` */
  removeFilter: string;
  /** a group with no agent / channel named */
  none: string;

  /** Now */
  now: string;
  satisfied: string;
  /** the 95 % interval in words: `{lo}`, `{hi}` */
  ci: string;
  noAnswers: string;
  answers: Plural;
  responseRate: string;
  /** `{a}` answered of `{n}` asked, by `{n}` */
  answeredOfAsked: Plural;
  followUps: string;
  open: string;
  contacted: string;
  resolved: string;
  /** the public score line: `{p}` percent, `{window}` its window */
  publicScore: string;
  lastAnswers: Plural;
  lastDays: Plural;

  /** the trend */
  trend: string;
  showTable: string;
  showChart: string;
  /** the chart's accessible name */
  chartLabel: string;
  chartHelp: string;
  /** the read-out of a point: `{period}`, `{p}`, `{lo}`, `{hi}`, `{n}`, by `{n}` */
  point: Plural;
  /** a period with no answers: `{period}` */
  pointEmpty: string;
  /** `{t}` a percent */
  target: string;
  band: string;
  period: string;
  percent: string;
  interval95: string;

  /** agents and channels */
  agents: string;
  channels: string;
  agent: string;
  channel: string;
  answersCol: string;
  openCol: string;
  trendCol: string;
  /** under each table */
  filterHint: string;
  /** a name's button: `{name}` */
  filterBy: string;
  nothing: string;

  /** reasons */
  reasons: string;
  reasonsHint: string;
  times: Plural;
}

const en: TeamWords = {
  title: '{name} · customer satisfaction',
  signInTitle: 'Sign in to the team’s page',
  signInIntro:
    'Open the sign-in link your admin made (npm run admin -- dashboard), or paste a key of this board that can read.',
  keyLabel: 'Board key',
  keyHint: 'Exchanged for a session of 8 hours in this tab; the key itself is not kept.',
  signIn: 'Sign in',
  signingIn: 'Signing in…',
  signOut: 'Sign out',
  sessionEnded: 'Your session ended. Sign in again to go on.',
  linkRefused: 'This sign-in link does not work any more: it was used already or it expired. Ask for a new one.',
  keyRefused: 'This key was not accepted for this board. Check that it is whole and can read.',
  keyEmpty: 'Paste a board key first.',
  offline: 'The server could not be reached. Check the connection and try again.',
  failed: 'That did not work: {message}',
  retry: 'Try again',
  loading: 'Loading…',
  signedInUntil: 'Signed in until {t}',
  readOnly: 'Read only',

  range: 'Dates',
  last30: 'Last 30 days',
  last12w: 'Last 12 weeks',
  last12m: 'Last 12 months',
  custom: 'Custom',
  from: 'From',
  to: 'To',
  apply: 'Show',
  interval: 'Per',
  day: 'Day',
  week: 'Week',
  month: 'Month',
  filterAgent: 'Agent: {name}',
  filterChannel: 'Channel: {name}',
  removeFilter: 'Show all again (remove the filter {name})',
  none: 'None named',

  now: 'Now',
  satisfied: 'satisfied',
  ci: 'Very likely between {lo} and {hi}',
  noAnswers: 'No answers in these dates',
  answers: { one: '{n} answer', other: '{n} answers' },
  responseRate: 'Response rate',
  answeredOfAsked: { one: '{a} of {n} customer asked answered', other: '{a} of {n} customers asked answered' },
  followUps: 'Follow-ups after “No”',
  open: 'Open',
  contacted: 'Contacted',
  resolved: 'Resolved',
  publicScore: 'Public score now: {p} ({window})',
  lastAnswers: { one: 'last answer', other: 'last {n} answers' },
  lastDays: { one: 'last day', other: 'last {n} days' },

  trend: 'Trend',
  showTable: 'Show as table',
  showChart: 'Show as chart',
  chartLabel: 'Percent satisfied and answers per period',
  chartHelp: 'Arrow keys read each period.',
  point: {
    one: '{period}: {p} satisfied (very likely {lo} to {hi}), {n} answer',
    other: '{period}: {p} satisfied (very likely {lo} to {hi}), {n} answers',
  },
  pointEmpty: '{period}: no answers',
  target: 'Target {t}',
  band: '95 % interval',
  period: 'Period',
  percent: 'Satisfied',
  interval95: '95 % interval',

  agents: 'Agents',
  channels: 'Channels',
  agent: 'Agent',
  channel: 'Channel',
  answersCol: 'Answers',
  openCol: 'Open follow-ups',
  trendCol: 'Trend',
  filterHint: 'Choose a name to see only its numbers on the whole page.',
  filterBy: 'Show only {name}',
  nothing: 'Nothing in these dates.',

  reasons: 'Reasons after “No”',
  reasonsHint: 'A “No” may give several reasons.',
  times: { one: '{n} time', other: '{n} times' },
};

export const TEAM_WORDS: Record<Language, TeamWords> = {
  en,
  // The other languages follow in the next commit (page branch); until then they read English.
  de: en,
  fr: en,
  es: en,
  pt: en,
  it: en,
  nl: en,
  ja: en,
  zh: en,
  'zh-Hant': en,
  ar: en,
};
