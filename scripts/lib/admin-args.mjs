// The admin CLI's command line: its options, Node's parseArgs with errors said the way a person
// would (one line, what to type instead), and the parsers of option values.
import { parseArgs } from 'node:util';

export class CliError extends Error {
  constructor(message, exitCode = 1) {
    super(message);
    this.exitCode = exitCode;
  }
}
export const SEE_HELP = 'See: npm run admin -- --help';
/** A mistake in what was typed: exit status 2, with a hint on the next line. */
export const usage = (message, hint = SEE_HELP) => new CliError(`${message}\n${hint}`, 2);

/**
 * Every option of every command. `value` names what a string option takes, for messages; `choices`
 * are the values it may take (the worker's own list, checked here so that a typo gets one plain line
 * before any request); `list: true` takes several of them, comma-separated.
 */
export const OPTIONS = {
  url: { type: 'string', value: 'URL' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  name: { type: 'string', value: '"Acme Support"' },
  window: { type: 'string', value: 'responses:100|days:30' },
  open: { type: 'boolean' },
  'require-token': { type: 'boolean' },
  origins: { type: 'string', value: 'https://help.acme.com,…' },
  scopes: { type: 'string', value: 'read,sign,triage', choices: ['read', 'sign', 'triage'], list: true },
  ttl: { type: 'string', value: 'seconds' },
  from: { type: 'string', value: 'YYYY-MM-DD' },
  to: { type: 'string', value: 'YYYY-MM-DD' },
  interval: { type: 'string', value: 'day|week|month', choices: ['day', 'week', 'month'] },
  'group-by': { type: 'string', value: 'agent|channel|reason', choices: ['agent', 'channel', 'reason'] },
  limit: { type: 'string', value: 'N' },
  verdict: { type: 'string', value: 'yes|no', choices: ['yes', 'no'] },
  cursor: { type: 'string', value: 'C' },
  csv: { type: 'boolean' },
  yes: { type: 'boolean' },
  events: {
    type: 'string',
    value: 'answer.unsatisfied,comment.added',
    choices: [
      'answer.unsatisfied',
      'answer.created',
      'answer.changed',
      'comment.added',
      'answer.refused',
      'follow_up.changed',
      'score.below_target',
      'score.recovered',
      'digest.weekly',
    ],
    list: true,
  },
  format: { type: 'string', value: 'standard|slack', choices: ['standard', 'slack'] },
  secret: { type: 'string', value: "'the secret the helpdesk shows'" },
  note: { type: 'string', value: '"called, refund sent"' },
  by: { type: 'string', value: 'maria' },
  browser: { type: 'boolean' },
};
/** Options that every command takes. */
export const GLOBAL = ['url', 'json', 'help'];

/** The closest of `names` to `word`, if it is close enough to be a typo. */
export function closest(word, names) {
  const distance = (a, b) => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let diagonal = row[0];
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const above = row[j];
        row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
        diagonal = above;
      }
    }
    return row[b.length];
  };
  let best = null;
  for (const name of names) {
    const d = distance(word, name);
    if (d <= Math.max(1, Math.floor(name.length / 4)) && (!best || d < best.d)) best = { name, d };
  }
  return best?.name ?? null;
}

/** "a, b or c" (`last` = 'or'), "a, b and c" */
const series = (words, last = 'or') =>
  words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} ${last} ${words.at(-1)}`;

/** A value outside an option's `choices`, said as a sentence that names them (and the likely one). */
export function checkChoices(values) {
  for (const [name, given] of Object.entries(values)) {
    const { choices, list } = OPTIONS[name] ?? {};
    if (!choices || typeof given !== 'string') continue;
    const words = list ? parseList(given) : [given];
    const wrong = words.find((w) => !choices.includes(w));
    if (wrong === undefined && words.length > 0) continue;
    const guess = wrong === undefined ? null : closest(wrong, choices);
    const takes = list ? `any of ${series(choices, 'and')}, comma-separated` : series(choices);
    throw usage(`--${name} takes ${takes}, not "${wrong ?? given}".${guess ? ` Did you mean ${guess}?` : ''}`);
  }
}

/** Node's parseArgs, with its errors said the way a person would: one line, what to do instead. */
export function parse(argv) {
  try {
    return parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    const option = /'(-{1,2}[^' ]+)/.exec(String(e?.message))?.[1] ?? '';
    const name = option.replace(/^-+/, '');
    if (e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = closest(name, Object.keys(OPTIONS));
      throw usage(`Unknown option ${option}.${guess ? ` Did you mean --${guess}?` : ''}`);
    }
    if (e?.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && OPTIONS[name]) {
      throw usage(
        OPTIONS[name].type === 'boolean'
          ? `--${name} takes no value.`
          : `--${name} needs a value: --${name} ${OPTIONS[name].value}`,
      );
    }
    throw usage(e instanceof Error ? e.message : String(e));
  }
}

export function parseWindow(s) {
  const m = /^(responses|days):(\d+)$/.exec(s);
  if (!m) throw usage(`--window is responses:N (10–10000) or days:D (1–365), not "${s}".`);
  return { [m[1]]: Number(m[2]) };
}

export const parseList = (s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);

/** `http://localhost:8811/` is plainly the origin `http://localhost:8811`; anything with a path stays as typed (and is refused). */
export const parseOrigins = (s) => parseList(s).map((o) => /^https?:\/\/[^/?#]+\/$/i.exec(o)?.[0].slice(0, -1) ?? o);

export function parseInt10(name, s) {
  if (!/^\d+$/.test(s)) throw usage(`--${name} must be a whole number, not "${s}".`);
  return Number(s);
}
