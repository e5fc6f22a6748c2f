/**
 * `npm run admin` as typed, against the demo of the fresh clone: a group alone lists its commands,
 * a wrong option gets one short human line (not Node's parseArgs text), a bare origin with a
 * trailing slash is that origin while a path is still refused, and a refused admin token is
 * explained — by the 16-character rule when it is too short.
 */
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { OPTIONS } from '../../scripts/lib/admin-args.mjs';
import { admin, expectDemoUp, uniqueBoard } from './sandbox';

const { dir, port, log } = inject('clone');
beforeEach(() => expectDemoUp(port, log));

describe('npm run admin', () => {
  it('lists the commands of a group given alone', () => {
    const r = admin(dir, ['boards']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('The boards commands:\n');
    for (const verb of ['list', 'create <id>', 'show <id>', 'update <id>', 'delete <id> --yes']) {
      expect(r.stdout).toContain(`  boards ${verb}`);
    }
    expect(admin(dir, ['keys']).stdout).toContain('  keys create <id> --scopes read,sign');
  });

  it('says in one line what is wrong with an option, with the fix where it knows it', () => {
    const cases: [string[], string][] = [
      [['boards', 'list', '--bogus'], 'Unknown option --bogus.'],
      [
        ['boards', 'create', 'x', '--name', 'X', '--orgins', 'https://a.example'],
        'Unknown option --orgins. Did you mean --origins?',
      ],
      [['boards', 'create', 'x', '--name'], '--name needs a value: --name "Acme Support"'],
      [['score', 'demo', '--json=yes'], '--json takes no value.'],
      [['boards', 'list', '--scopes', 'read'], '--scopes does not apply to boards list.'],
      [['boards', 'lst'], 'Unknown command "boards lst". Did you mean "boards list"?'],
      [['token', 'demo'], 'Missing <interaction>.'],
      // the allowed values in a sentence, not the API's validation wording
      [['stats', 'demo', '--interval', 'hour'], '--interval takes day, week or month, not "hour".'],
      [['responses', 'demo', '--verdict', 'maybe'], '--verdict takes yes or no, not "maybe".'],
      [
        ['keys', 'create', 'demo', '--scopes', 'read,rite'],
        '--scopes takes any of read, sign and triage, comma-separated, not "rite".',
      ],
      [
        ['webhooks', 'create', 'demo', 'https://example.com/', '--events', 'answer.create'],
        '--events takes any of answer.unsatisfied, answer.created, answer.changed, comment.added, answer.refused, ' +
          'follow_up.changed, score.below_target, score.recovered and digest.weekly, comma-separated, not "answer.create". Did you mean answer.created?',
      ],
    ];
    for (const [args, message] of cases) {
      const r = admin(dir, args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.split('\n')[0], args.join(' ')).toBe(`admin: ${message}`);
      expect(r.stderr).not.toContain('To specify a positional argument'); // Node's own wording
      expect(r.stdout).not.toContain('admin:');
    }
  });

  it("checks an option's values against the API's own list of them", async () => {
    const doc = await (await fetch(`http://localhost:${port}/v1/openapi.json`)).json();
    const enums: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) return node.forEach(walk);
      if (node === null || typeof node !== 'object') return;
      const { enum: values } = node as { enum?: unknown };
      if (Array.isArray(values)) enums.push(JSON.stringify([...values].sort()));
      Object.values(node).forEach(walk);
    };
    walk(doc);
    const withChoices = Object.entries(OPTIONS).filter(([, o]) => o.choices);
    expect(withChoices.map(([name]) => name).sort()).toEqual([
      'events',
      'format',
      'group-by',
      'interval',
      'scopes',
      'verdict',
    ]);
    for (const [name, option] of withChoices) {
      expect(enums, `--${name}`).toContain(JSON.stringify([...option.choices!].sort()));
    }
  });

  it('takes "http://localhost:8811/" as the origin http://localhost:8811, and still refuses a path', () => {
    const id = uniqueBoard();
    const made = admin(dir, [
      'boards',
      'create',
      id,
      '--name',
      'Slash',
      '--origins',
      'http://localhost:8811/',
      '--json',
    ]);
    expect(made.stderr).toBe('');
    expect(JSON.parse(made.stdout).board.allowed_origins).toEqual(['http://localhost:8811']);

    const refused = admin(dir, ['boards', 'update', id, '--origins', 'http://localhost:8811/app/']);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^admin: invalid_body: .*\(field: allowed_origins\.0\)$/m);
    expect(admin(dir, ['boards', 'show', id]).stdout).toMatch(/^allowed_origins: +http:\/\/localhost:8811$/m);
  });

  it('says "score" as the scoreboard draws it: one panda per answer on a young board', async () => {
    const id = uniqueBoard();
    expect(admin(dir, ['boards', 'create', id, '--name', 'Young']).status).toBe(0);
    expect(admin(dir, ['score', id]).stdout).toMatch(/^pandas: +No ratings yet$/m);
    const token = JSON.parse(admin(dir, ['token', id, 'T-1', '--json']).stdout).token;
    // on the host the CLI talks to: the score just read is cached for 10 s per host name
    const res = await fetch(`http://localhost:${port}/v1/boards/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ interaction: 'T-1', verdict: 'no', token }),
    });
    expect(res.status).toBe(201);
    const out = admin(dir, ['score', id]).stdout;
    expect(out).toMatch(/^answers: +1 \(0 yes, 1 no\)$/m);
    expect(out).toMatch(/^pandas: +0 happy pandas, 1 sad panda \(one per answer; 99 empty places\)$/m);
  });

  it('"boards show" tells of answers refused in the last 24 h, with the origin to add', async () => {
    const id = uniqueBoard();
    const made = admin(dir, ['boards', 'create', id, '--name', 'Strict', '--origins', 'https://help.acme.test']);
    expect(made.status).toBe(0);
    expect(admin(dir, ['boards', 'show', id]).stdout).not.toContain('refused');
    for (const interaction of ['T-1', 'T-2']) {
      const res = await fetch(`http://localhost:${port}/v1/boards/${id}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain', origin: 'http://127.0.0.1:8000' },
        body: JSON.stringify({ interaction, verdict: 'yes' }),
      });
      expect(res.status).toBe(403);
    }
    expect(admin(dir, ['boards', 'show', id]).stdout).toContain(
      '\n2 answers refused in the last 24 h: origin_not_allowed from http://127.0.0.1:8000\n',
    );
  });

  it('inbox lists the open "No"s; follow-up marks one contacted and it leaves the inbox; score says who was asked', async () => {
    const id = uniqueBoard();
    expect(admin(dir, ['boards', 'create', id, '--name', 'Inbox']).status).toBe(0);
    const token = JSON.parse(admin(dir, ['token', id, 'T-9', '--json']).stdout).token;
    const res = await fetch(`http://localhost:${port}/v1/boards/${id}/responses`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ interaction: 'T-9', verdict: 'no', token, comment: 'Took days', agent: 'maria' }),
    });
    expect(res.status).toBe(201);
    expect(admin(dir, ['inbox', id]).stdout).toMatch(/^<1 h +T-9 +maria +Took days$/m);
    const marked = admin(dir, ['follow-up', id, 'T-9', 'contacted', '--note', 'called, refund sent']);
    expect(marked.stdout.trim()).toBe(`T-9 on ${id}: contacted — called, refund sent`);
    expect(admin(dir, ['inbox', id]).stdout).toContain('No open "No"s');
    expect(admin(dir, ['score', id]).stdout).toMatch(/^asked: +1 \(response rate 100%\) — last 30 days$/m);
    expect(admin(dir, ['follow-up', id, 'T-1', 'contacted']).stderr).toContain('admin: not_found: ');
  });

  it('names the rule when the worker refuses an admin token shorter than 16 characters', () => {
    const r = admin(dir, ['boards', 'list'], { PANDAMETER_ADMIN_TOKEN: 'hunter2' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('admin: unauthorized: ');
    expect(r.stderr).toContain(
      'The admin token (PANDAMETER_ADMIN_TOKEN) has 7 characters; the worker refuses admin tokens shorter than 16.',
    );
    const wrong = admin(dir, ['boards', 'list'], { PANDAMETER_ADMIN_TOKEN: 'a-long-but-wrong-admin-token' });
    expect(wrong.stderr).toContain('does not match the server’s');
    expect(wrong.stderr).not.toContain('shorter than');
  });
});
