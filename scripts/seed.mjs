#!/usr/bin/env node
// Seeds the `demo` board in wrangler's LOCAL D1 with ~150 realistic answers over the last 60 days.
//
//   npm run seed                      # creates the demo board unless it exists (then leaves it alone)
//   npm run seed -- --reset           # deletes the demo board and seeds it afresh
//   npm run seed -- --persist-to DIR  # another local D1 directory (as `wrangler dev --persist-to`)
//
// A seed, never a migration: production databases stay empty. The answers go in as raw rows and
// every aggregate the worker keeps (the board's clock, window floor and counts, the per-block
// `counts`) is then computed *in SQL from those rows* (scripts/recount.mjs), so the stored counts
// equal a recount by construction — exactly what worker/db/answers.ts recordAnswer would have left
// behind. The whole file runs in one transaction (wrangler executes a --file atomically): the
// plain INSERT of the board fails if `demo` already exists, and then nothing at all is written.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { recountScript } from './recount.mjs';
import { wrangler } from './wrangler.mjs';

const BOARD = 'demo';
const DAY_MS = 86_400_000;
const COUNT = 150;
const WINDOW_N = 100;

const persistArgs = (persistTo) => (persistTo ? ['--persist-to', persistTo] : []);

/** One SQL query against the local D1; returns the rows of its (last) statement. */
export function query(sql, persistTo) {
  const out = wrangler(['d1', 'execute', 'DB', '--local', ...persistArgs(persistTo), '--json', '--command', sql]);
  const parsed = JSON.parse(out.slice(out.indexOf('[')));
  return parsed.at(-1)?.results ?? [];
}

// ------------------------------------------------------------------ sample data

/** A small seeded PRNG (mulberry32): the demo looks the same on every machine, times aside. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AGENTS = ['maria', 'kenji', 'amara', 'lucas', 'sofia', 'noah'];
const CHANNELS = [
  ['email', 0.5],
  ['chat', 0.35],
  ['phone', 0.15],
];
const LOCALES = [
  ['en', 0.55],
  ['de', 0.12],
  ['fr', 0.1],
  ['es', 0.1],
  ['pt-BR', 0.07],
  ['ja', 0.06],
];
const COMMENTS = {
  en: {
    yes: [
      'Quick and friendly, thanks!',
      'Solved on the first reply. Great job.',
      'Clear explanation, I learned something.',
      'Thanks for walking me through the settings.',
      'Fast fix, much appreciated.',
    ],
    no: [
      'Took three days to get an answer.',
      'The suggested fix did not work for me.',
      'I had to explain the problem twice.',
      'Felt like a canned reply.',
    ],
  },
  de: {
    yes: ['Schnelle und kompetente Hilfe, danke!', 'Super erklärt, hat sofort funktioniert.'],
    no: ['Die Antwort hat mein Problem leider nicht gelöst.', 'Viel zu lange gewartet.'],
  },
  fr: {
    yes: ['Réponse rapide et claire, merci beaucoup !', 'Très aimable, problème réglé.'],
    no: ["Je n'ai pas eu de vraie solution.", "Trop d'attente avant la première réponse."],
  },
  es: {
    yes: ['¡Muy amables y rápidos, gracias!', 'Me resolvieron todo en una llamada.'],
    no: ['Nadie respondió a mi pregunta concreta.', 'Tuve que esperar demasiado.'],
  },
  'pt-BR': {
    yes: ['Atendimento excelente, muito obrigado!', 'Resolveram rapidinho.'],
    no: ['A solução não funcionou.'],
  },
  ja: {
    yes: ['迅速で丁寧な対応をありがとうございました。', 'とても分かりやすい説明でした。'],
    no: ['回答まで時間がかかりすぎました。'],
  },
};

function pickWeighted(rand, list) {
  let x = rand();
  for (const [value, weight] of list) {
    if ((x -= weight) < 0) return value;
  }
  return list.at(-1)[0];
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

/**
 * The sample answers, oldest first. `answeredAt` is when the counted answer (verdict, agent,
 * channel) was given: it is the board's order (unique, so a millisecond apart at least) and day. A few customers changed their mind
 * (created earlier, answered later) and a few added a comment after the click (updated later).
 */
export function sampleAnswers(now = Date.now(), count = COUNT) {
  const rand = prng(20261123);
  const times = [];
  for (let i = 0; i < count; i++) {
    // Spread over the last 60 days, during (UTC) support hours, a bit denser lately.
    const daysAgo = Math.floor(Math.pow(rand(), 1.2) * 60);
    const dayStart = (Math.floor(now / DAY_MS) - daysAgo) * DAY_MS;
    let t = dayStart + Math.floor((7 + rand() * 12) * 3_600_000);
    // Drawn whether it is needed or not, so the sequence (and with it every interaction id) is the
    // same at any time of day: the README erases T-4812, the first answer.
    const earlier = rand();
    if (t > now - 60_000) t = now - Math.floor((1 + earlier * 120) * 60_000);
    times.push(t);
  }
  times.sort((a, b) => a - b);
  times[times.length - 1] = now - 7 * 60_000; // the latest answer a few minutes ago: the board looks alive
  times.sort((a, b) => a - b);
  for (let i = 1; i < times.length; i++) times[i] = Math.max(times[i], times[i - 1] + 1);

  return times.map((answeredAt, i) => {
    const verdict = rand() < 0.9 ? 'yes' : 'no';
    const locale = pickWeighted(rand, LOCALES);
    const hasComment = rand() < (verdict === 'no' ? 0.75 : 0.25);
    const changedMind = rand() < 0.04;
    const commentLater = hasComment && rand() < 0.5;
    const createdAt = changedMind ? answeredAt - Math.floor((10 + rand() * 600) * 60_000) : answeredAt;
    const updatedAt = commentLater ? Math.min(answeredAt + Math.floor((20 + rand() * 200) * 1000), now) : answeredAt;
    return {
      interaction: `T-${String(4812 + i * 3 + Math.floor(rand() * 3))}`,
      verdict,
      comment: hasComment ? pick(rand, COMMENTS[locale][verdict]) : null,
      agent: rand() < 0.93 ? pick(rand, AGENTS) : null,
      channel: rand() < 0.97 ? pickWeighted(rand, CHANNELS) : null,
      locale,
      createdAt,
      updatedAt,
      answeredAt,
    };
  });
}

/** The demo board's reasons for a "No" (SPEC § Concepts: Reasons). */
export const REASONS = [
  { id: 'slow', label: { en: 'Too slow', de: 'Zu langsam', fr: 'Trop lent', es: 'Demasiado lento' } },
  { id: 'wrong', label: { en: 'Did not solve it', de: 'Nicht gelöst', fr: 'Pas résolu', es: 'No lo resolvió' } },
  { id: 'unclear', label: { en: 'Hard to follow', de: 'Schwer verständlich', fr: 'Peu clair', es: 'Poco claro' } },
  { id: 'rude', label: { en: 'Unfriendly', de: 'Unfreundlich', fr: 'Peu aimable', es: 'Poco amable' } },
];

/**
 * The customers asked (SPEC § Concepts: Ask): every answered interaction was asked a little before
 * it was answered (its token was minted), and about twice as many more were asked and never answered,
 * so about a third of those asked answer. Drawn from a PRNG of their own, so the answers (and their
 * ids, which the README uses) stay what they were.
 */
export function sampleAsks(now = Date.now(), answers = sampleAnswers(now)) {
  const rand = prng(20261206);
  const asked = answers.map((a) => ({
    interaction: a.interaction,
    askedAt: a.createdAt - Math.floor((5 + rand() * 600) * 60_000),
    agent: a.agent,
    channel: a.channel,
  }));
  const unanswered = Math.round(answers.length * 1.9);
  for (let i = 0; i < unanswered; i++) {
    const daysAgo = Math.floor(Math.pow(rand(), 1.2) * 60);
    const t = Math.min(
      now - 60_000,
      (Math.floor(now / DAY_MS) - daysAgo) * DAY_MS + Math.floor((7 + rand() * 12) * 3_600_000),
    );
    asked.push({
      interaction: `T-${6000 + i}`,
      askedAt: t,
      agent: rand() < 0.93 ? pick(rand, AGENTS) : null,
      channel: rand() < 0.97 ? pickWeighted(rand, CHANNELS) : null,
    });
  }
  return asked;
}

// ------------------------------------------------------------------ SQL

const lit = (v) =>
  v === null || v === undefined ? 'NULL' : typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`;

/** The whole seed as one SQL script (one transaction when wrangler runs it as a --file). */
export function seedSql({
  now = Date.now(),
  reset = false,
  secret = `pms_${randomBytes(32).toString('base64url')}`,
} = {}) {
  const answers = sampleAnswers(now);
  const b = lit(BOARD);
  const createdAt = answers[0].createdAt - 3 * DAY_MS;
  const asks = sampleAsks(now, answers).map((a) =>
    [b, lit(a.interaction), a.askedAt, lit(a.agent), lit(a.channel), lit('token')].join(', '),
  );
  const rows = answers.map((a) =>
    [
      b,
      lit(a.interaction),
      lit(a.verdict),
      lit(a.comment),
      lit(a.agent),
      lit(a.channel),
      lit(a.locale),
      a.createdAt,
      a.updatedAt,
      a.answeredAt,
    ].join(', '),
  );
  return `-- Pandameter demo seed (scripts/seed.mjs): raw answers, then every aggregate recounted from them.
${
  reset
    ? `DELETE FROM responses WHERE board_id = ${b};
DELETE FROM counts WHERE board_id = ${b};
DELETE FROM asks WHERE board_id = ${b};
DELETE FROM tallies WHERE board_id = ${b};
DELETE FROM api_keys WHERE board_id = ${b};
DELETE FROM boards WHERE id = ${b};
`
    : ''
}INSERT INTO boards (id, name, window_n, window_days, require_token, allowed_origins, secret, created_at, updated_at, as_of_day,
  reasons, target, public_follow_up, public_target)
VALUES (${b}, 'Demo Support', ${WINDOW_N}, NULL, 1, '[]', ${lit(secret)}, ${createdAt}, ${createdAt}, ${Math.floor(now / DAY_MS)},
  ${lit(JSON.stringify(REASONS))}, 95, 1, 1);

INSERT INTO responses (board_id, interaction, verdict, comment, agent, channel, locale, created_at, updated_at, answered_at) VALUES
${rows.map((r) => `  (${r})`).join(',\n')};

INSERT INTO asks (board_id, interaction, asked_at, agent, channel, source) VALUES
${asks.map((r) => `  (${r})`).join(',\n')};

-- Reasons on most "No"s, and the team's follow-ups: "No"s of the last day still open (the inbox has
-- something), a few older ones too; the rest contacted within hours (now and then days), resolved
-- or dismissed. Chosen by the interaction's number, so every seed looks the same.
UPDATE responses SET reasons = CASE CAST(substr(interaction, 3) AS INTEGER) % 5
    WHEN 0 THEN '["slow"]' WHEN 1 THEN '["wrong","slow"]' WHEN 2 THEN '["unclear"]' WHEN 3 THEN '["wrong"]' END
  WHERE board_id = ${b} AND verdict = 'no';
UPDATE responses SET fu_since = answered_at, fu_status = CASE
    WHEN answered_at > ${now - DAY_MS} OR CAST(substr(interaction, 3) AS INTEGER) % 7 = 0 THEN 'open'
    WHEN CAST(substr(interaction, 3) AS INTEGER) % 6 = 1 THEN 'dismissed'
    WHEN CAST(substr(interaction, 3) AS INTEGER) % 3 = 0 THEN 'contacted'
    ELSE 'resolved' END
  WHERE board_id = ${b} AND verdict = 'no';
UPDATE responses SET
    fu_first_contact_at = CASE WHEN fu_status IN ('contacted', 'resolved') THEN MIN(${now - 60_000},
      answered_at + (1 + CAST(substr(interaction, 3) AS INTEGER) % 9) * 3600000 * (CASE WHEN CAST(substr(interaction, 3) AS INTEGER) % 11 = 0 THEN 7 ELSE 1 END)) END,
    fu_by = CASE WHEN fu_status <> 'open' THEN ${lit(AGENTS[0])} END,
    fu_note = CASE fu_status WHEN 'resolved' THEN 'Called back, sorted out.' WHEN 'contacted' THEN 'Sent an e-mail with the fix.' END
  WHERE board_id = ${b} AND verdict = 'no';
UPDATE responses SET fu_updated_at = COALESCE(fu_first_contact_at, answered_at) WHERE board_id = ${b} AND verdict = 'no';

${recountScript(BOARD, Math.floor(now / DAY_MS))}
`;
}

/**
 * Seeds the demo board unless it exists. Returns a line saying what happened.
 * Needs the migrations applied first (scripts/start.mjs does that).
 */
export function seed({ persistTo, reset = false } = {}) {
  if (!reset) {
    const [row] = query(
      `SELECT (SELECT COUNT(*) FROM boards WHERE id = '${BOARD}') AS board, (SELECT COUNT(*) FROM responses WHERE board_id = '${BOARD}') AS answers`,
      persistTo,
    );
    if (row?.board)
      return `demo board exists (${row.answers} answers), left as it is (npm run seed -- --reset to redo)`;
  }
  const now = Date.now();
  const dir = mkdtempSync(path.join(tmpdir(), 'pandameter-seed-'));
  try {
    const file = path.join(dir, 'seed.sql');
    writeFileSync(file, seedSql({ now, reset }));
    wrangler(['d1', 'execute', 'DB', '--local', ...persistArgs(persistTo), '--file', file]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const last = sampleAnswers(now).slice(-WINDOW_N);
  const yes = last.filter((a) => a.verdict === 'yes').length;
  const asked = sampleAsks(now).length;
  return (
    `seeded the demo board: ${COUNT} answers over 60 days; the last ${WINDOW_N}: ${yes} yes, ${last.length - yes} no; ` +
    `${asked} customers asked (${Math.round((100 * COUNT) / asked)}% answered), reasons and follow-ups on the "No"s`
  );
}

function parseArgs(argv) {
  const opts = { reset: false, persistTo: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--reset') opts.reset = true;
    else if (a === '--persist-to') opts.persistTo = argv[++i];
    else if (a.startsWith('--persist-to=')) opts.persistTo = a.slice('--persist-to='.length);
    else if (a === '--help' || a === '-h') {
      console.log('Usage: npm run seed -- [--reset] [--persist-to DIR]\nSeeds the demo board in the local D1.');
      process.exit(0);
    } else {
      console.error(`seed: unknown option ${a} (try --help)`);
      process.exit(2);
    }
  }
  return opts;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const opts = parseArgs(process.argv.slice(2));
  try {
    wrangler(['d1', 'migrations', 'apply', 'DB', '--local', ...persistArgs(opts.persistTo)]);
    console.log(seed(opts));
  } catch (e) {
    console.error(`seed: ${e instanceof Error ? e.message : e}`);
    process.exit(1);
  }
}
