// What one load of the team page asks the API (team/src: one request per panel), so that
// bench/scale.mjs can measure a whole load on a board of 1e3 and of 1e6 answers.

/** The page's requests for `range` (`from`, `to`, `interval`) and an optional filter (`{agent}` or `{channel}`). */
export function teamPageRequests(board, { from, to, interval }, filter = {}) {
  const q = (extra) => new URLSearchParams({ from, to, ...filter, ...extra }).toString();
  const b = `/v1/boards/${board}`;
  return [
    ['who is signed in', `${b}/session`],
    ['the public score', `${b}/score`, { public: true }],
    ['now and the trend (stats)', `${b}/stats?${q({ interval })}`],
    ['agents (stats group_by=agent)', `${b}/stats?${q({ interval, group_by: 'agent' })}`],
    ['channels (stats group_by=channel)', `${b}/stats?${q({ interval, group_by: 'channel' })}`],
    ['reasons (stats group_by=reason)', `${b}/stats?${q({ group_by: 'reason' })}`],
    ['the "No" inbox: open, newest 25', `${b}/responses?${q({ verdict: 'no', follow_up: 'open', limit: '25' })}`],
  ];
}

/**
 * Measures (with bench/scale.mjs's `measure`) each request of one load and whole loads, on every
 * board, signed in through a sign-in link as a person would be.
 */
export async function measureTeamPage({ boards, req, get, measure, record, range }) {
  const sessions = new Map();
  for (const b of boards) {
    const link = await req('POST', `/v1/boards/${b.id}/sign-in-links`, { body: {} });
    const secret = new URL(link.body.url).hash.slice('#link='.length);
    const opened = await req('POST', `/v1/boards/${b.id}/sessions`, { body: { link: secret }, auth: false });
    record('team page: sign in (a link → a session)', b.n, [opened]);
    sessions.set(b.n, opened.body.session);
  }
  const as = (b, o) => ({ auth: o?.public ? false : sessions.get(b.n) });
  for (const [label, filter] of [
    ['365 days by week', {}],
    ['filtered to agent-3', { agent: 'agent-3' }],
  ])
    for (const [what, p, o] of teamPageRequests('{board}', range, filter))
      await measure(`team page, ${label}: ${what}`, 15, (b) => get(p.replace('{board}', b.id), as(b, o)));
  const load = (filter) => async (b) => {
    const t0 = performance.now();
    const all = await Promise.all(teamPageRequests(b.id, range, filter).map(([, p, o]) => get(p, as(b, o))));
    const sum = (f) => all.reduce((t, r) => t + f(r), 0);
    return {
      ms: performance.now() - t0,
      ...Object.fromEntries(['queries', 'read', 'written'].map((k) => [k, sum((r) => r[k])])),
    };
  };
  const whole = { note: 'rows: the sum of its requests, sent at once as the page does' };
  await measure('team page: one whole load, 365 days by week', 15, load({}), whole);
  await measure('team page: one whole load, filtered to agent-3', 15, load({ agent: 'agent-3' }), whole);
  await measure('team page: one whole load, filtered to channel=chat', 15, load({ channel: 'chat' }), whole);
}
