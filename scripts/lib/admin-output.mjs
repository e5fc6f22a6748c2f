// What the admin CLI prints for people (with --json it prints the API's JSON instead).

/** Rows as columns: `columns` is [header, (row) => cell]. */
export function table(rows, columns) {
  if (rows.length === 0) return '';
  const cells = rows.map((r) => columns.map(([, get]) => String(get(r) ?? '')));
  const widths = columns.map(([h], i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) =>
    c
      .map((x, i) => x.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(columns.map(([h]) => h)), ...cells.map(line)].join('\n');
}

export const windowText = (w) => ('responses' in w ? `last ${w.responses} answers` : `last ${w.days} days`);
export const pct = (p) => (p === null || p === undefined ? '–' : `${p}%`);

const plural = new Intl.PluralRules('en');
/** `3 pandas`, `1 panda`, `0 pandas`: English plurals by the rules of Intl (`words` = [one, other]). */
export const count = (n, [one, other]) => `${n} ${plural.select(n) === 'one' ? one : other}`;

export function printBoard(b) {
  const rows = [
    ['id', b.id],
    ['name', b.name],
    ['window', windowText(b.window)],
    ['require_token', `${b.require_token}${b.require_token ? '' : ' (open board)'}`],
    ['allowed_origins', b.allowed_origins.length ? b.allowed_origins.join(', ') : '(any)'],
    ['created_at', b.created_at],
    ['updated_at', b.updated_at],
  ];
  console.log(rows.map(([k, v]) => `${`${k}:`.padEnd(17)}${v}`).join('\n'));
  // The board read (not create or update) says what a wrong embed is losing.
  for (const r of b.refused_24h ?? []) {
    const from = r.last_origin ? ` from ${r.last_origin}` : '';
    console.log(`${r.count} ${r.count === 1 ? 'answer' : 'answers'} refused in the last 24 h: ${r.reason}${from}`);
  }
}

/** The pandas as the scoreboard draws them: one per answer until there are 100 (SPEC § Score). */
export function pandasText({ happy, sad }) {
  const drawn = happy + sad;
  if (drawn === 0) return 'No ratings yet';
  const text = `${count(happy, ['happy panda', 'happy pandas'])}, ${count(sad, ['sad panda', 'sad pandas'])}`;
  const empty = 100 - drawn;
  return empty > 0 ? `${text} (one per answer; ${count(empty, ['empty place', 'empty places'])})` : text;
}

export function printScore(s) {
  console.log(
    [
      `${s.name} (${s.board}) — ${windowText(s.window)}`,
      `percent:    ${pct(s.percent)}${s.interval95 ? `  (95% interval ${s.interval95[0]}–${s.interval95[1]}%)` : ''}`,
      `answers:    ${s.responses} (${s.satisfied} yes, ${s.unsatisfied} no)`,
      `asked:      ${s.asked ?? 0}${s.response_rate == null ? '' : ` (response rate ${pct(s.response_rate)})`} — ${
        'days' in s.window ? `last ${s.window.days} days` : 'last 30 days'
      }`,
      `pandas:     ${pandasText(s.pandas)}`,
      `updated_at: ${s.updated_at ?? '–'}`,
    ].join('\n'),
  );
}
