/**
 * Every shell block of the README is run, or checked where running it is not possible here, by a
 * handler below; a block no handler claims fails the test, so a new recipe comes with its check.
 * The blocks run as written in the fresh clone with the demo running (global-setup.ts), with two
 * substitutions a reader makes too: the demo's port for 8787, and the demo's origin for the
 * placeholder https://csat.example.com; the local webhook receiver gets a free port for 8899 (its
 * `--port`), as other programs on this machine may hold that one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/chromium.mjs';
import { admin, bash, expectDemoUp, freePort, ROOT, startProcess, wranglerIn } from './sandbox';

const { dir, port, log } = inject('clone');
beforeEach(() => expectDemoUp(port, log));
const origin = `http://localhost:${port}`;
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(?:sh|bash|shell|console)\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);

let receiverPort = 8899;
/** Where the README's CSV export goes: in the clone, removed with it, not in this machine's /tmp. */
const csvFile = path.join(dir, 'answers.csv');
const asReaderRuns = (block: string) =>
  block
    .replaceAll('localhost:8787', `localhost:${port}`)
    .replaceAll('https://csat.example.com', origin)
    .replaceAll('127.0.0.1:8899', `127.0.0.1:${receiverPort}`)
    .replaceAll('/tmp/answers.csv', csvFile);

/**
 * The state a block assumes: a board it creates absent (acme, my-site), or acme present with a
 * "sign" key. A deleted board's id is taken until its answers are purged (a second or so here),
 * which the board's own 404 says.
 */
async function withoutBoard(id: string) {
  admin(dir, ['boards', 'delete', id, '--yes']);
  for (let tries = 0; /still being removed/.test(admin(dir, ['boards', 'show', id]).stderr); tries++) {
    if (tries > 60) throw new Error(`the deleted board ${id} was not purged within 30 s`);
    await new Promise((r) => setTimeout(r, 500));
  }
}
const withoutAcme = () => withoutBoard('acme');
function withAcmeSignKey(): string {
  if (admin(dir, ['boards', 'show', 'acme']).status !== 0) {
    expect(admin(dir, ['boards', 'create', 'acme', '--name', 'Acme Support']).status).toBe(0);
  }
  const key = admin(dir, ['keys', 'create', 'acme', '--scopes', 'sign', '--json']);
  expect(key.status).toBe(0);
  return JSON.parse(key.stdout).key;
}

/** Webhooks a block made, gone again: nothing is delivered later to an address that is not there. */
function deleteWebhooks(board: string) {
  const list = admin(dir, ['webhooks', 'list', board, '--json']);
  for (const w of JSON.parse(list.stdout).webhooks as { id: string }[]) {
    expect(admin(dir, ['webhooks', 'delete', board, w.id]).status).toBe(0);
  }
}

function run(block: string, env: Record<string, string> = {}) {
  const r = bash(dir, asReaderRuns(block), env);
  expect(r.stderr, block).not.toMatch(/^admin: |command not found|^npm error/im);
  expect(r.status, `${block}\n${r.stderr}`).toBe(0);
  return r.stdout;
}

/** The commands of a block: its lines without comments and blank lines. */
const commands = (block: string) =>
  block
    .split('\n')
    .map((l) => l.replace(/\s+#.*$/, '').replace(/^#.*$/, ''))
    .filter((l) => l.trim() !== '');

interface Handler {
  name: string;
  claims: (block: string) => boolean;
  check: (block: string) => void | Promise<void>;
}

const HANDLERS: Handler[] = [
  {
    name: 'Quick start',
    claims: (b) => b.startsWith('npm ci && npm start'),
    // `npm start` is what the global setup runs in the fresh clone (test/cli/start.test.ts reads its
    // output); `npm ci` and `npm test` are what CI runs (.ci/run), and this test runs inside the latter.
    check: (b) => {
      expect(commands(b)).toEqual(['npm ci && npm start', 'npm test']);
      const ci = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
      expect(ci).toMatch(/npm ci\b/);
      expect(ci).toMatch(/npm test\b/);
    },
  },
  {
    name: 'The admin CLI',
    claims: (b) =>
      b.startsWith('npm run admin -- boards create acme') &&
      commands(b).every((c) => /^npm run (--silent )?admin -- /.test(c)),
    check: async (b) => {
      await withoutAcme();
      const out = run(b);
      expect(out).toContain('Signing secret (for minting tokens in your support backend; shown only now):');
      expect(out).toMatch(/^window: +last 30 days$/m);
      expect(out).toMatch(/^Key [a-z0-9]{12} for acme \(scopes: read\)/m);
      expect(out).toMatch(/^token: +\d+\.[\w-]{43}$/m);
      expect(out).toContain(`Yes: ${origin}/rate/acme/T-1234?token=`);
      expect(out).toMatch(/^percent: +\d+(\.\d)?%/m);
      expect(out).toContain('by week');
      expect(out).toMatch(new RegExp(`^  ${origin}/team/demo#link=[\\w-]{43}$`, 'm'));
      expect(out).toContain('Erased the answer for T-4812 on demo.');
      expect(out).toContain('The boards commands:');
      expect(b).toContain('> /tmp/answers.csv'); // not a file left in the reader's checkout
      expect(readFileSync(csvFile, 'utf8')).toMatch(/^interaction,verdict,/);
      expect(out).toMatch(
        /^Webhook wh_\S+ on demo: answer\.unsatisfied → https:\/\/hooks\.example\.com\/csat \(standard\)$/m,
      );
      deleteWebhooks('demo');
    },
  },
  {
    name: 'Try it on your own page',
    claims: (b) => b.startsWith('npm run admin -- boards create my-site'),
    // As written up to the page server, with the demo's PORT set as the README says, which is started
    // as written on a free port instead of 8000 (the board's origin follows); then Chromium opens the
    // page on localhost and clicks "Yes", and opens it on 127.0.0.1, the origin the board does not list.
    check: async (b) => {
      await withoutBoard('my-site');
      const pagePort = await freePort();
      const lines = asReaderRuns(b)
        .replace(/\b8000\b/g, String(pagePort))
        .trimEnd()
        .split('\n');
      const serve = lines.pop()!;
      expect(serve).toMatch(/^node -e "require\('http'\)/);
      expect(b).not.toContain('localhost:8787'); // the page follows PORT
      run(lines.join('\n'), { PORT: String(port) });
      expect(readFileSync(path.join(dir, 'my-page.html'), 'utf8')).toContain(
        `src="http://localhost:${port}/widget.js"`,
      );
      const server = startProcess(dir, ['bash', '-c', serve]);
      let browser: Awaited<ReturnType<typeof launchChromium>> | undefined;
      try {
        browser = await launchChromium();
        await expect
          .poll(() =>
            fetch(`http://127.0.0.1:${pagePort}/`).then(
              (r) => r.status,
              () => 0,
            ),
          )
          .toBe(200);
        const page = await browser.newPage();
        // the page's clock, not the wall's: the scoreboard's 10 s to its next poll pass at once (runFor)
        await page.clock.install();
        await page.goto(`http://localhost:${pagePort}/`);
        const board = page.frameLocator('iframe');
        await expect.poll(() => board.locator('#p').textContent()).toBe('No ratings yet');
        await page.getByRole('button', { name: 'Yes', exact: true }).click();
        await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
        await page.clock.runFor(10_000);
        await expect.poll(() => board.locator('#p').textContent(), { timeout: 20_000 }).toBe('100%');
        expect(await board.locator('#w').textContent()).toBe('satisfied customers · 1 rating so far');
        expect(await board.locator('.g i.h').count()).toBe(1);
        expect(await board.locator('.g i.e').count()).toBe(99);

        // the same page on 127.0.0.1: another origin, which the board does not take answers from
        const other = await browser.newPage();
        const warnings: string[] = [];
        const errors: string[] = [];
        other.on('console', (m) => void (m.type() === 'warning' ? warnings : errors).push(m.text()));
        await other.goto(`http://127.0.0.1:${pagePort}/`);
        // found at load: no question that would fail, a way out instead, and the console says why
        await other.getByText('Please reply to your support e-mail instead.', { exact: false }).waitFor();
        expect(await other.getByRole('button', { name: 'Yes', exact: true }).count()).toBe(0);
        // the console message comes over the DevTools connection, maybe after the page has changed
        await expect.poll(() => warnings.join('\n')).toContain('403 origin_not_allowed');
        // the browser refuses to show the scoreboard there (its frame-ancestors lists the board's origins)
        await expect
          .poll(() => errors.join('\n'))
          .toContain(`"frame-ancestors 'self' http://localhost:${pagePort}". The request has been blocked.`);
        expect(admin(dir, ['score', 'my-site']).stdout).toMatch(/^answers: +1 \(1 yes, 0 no\)$/m);
      } finally {
        await browser?.close();
        await server.stop();
      }
    },
  },
  {
    name: 'Minting a token through the API',
    claims: (b) => b.startsWith('curl -s -X POST https://csat.example.com/v1/boards/acme/tokens'),
    check: (b) => {
      const body = JSON.parse(run(b, { PANDAMETER_SIGN_KEY: withAcmeSignKey() }));
      expect(body.token).toMatch(/^\d+\.[\w-]{43}$/);
      expect(body.rate_url).toMatch(new RegExp(`^${origin}/rate/acme/T-1234\\?token=`));
    },
  },
  {
    name: 'An answer from your own server',
    claims: (b) => b.startsWith('curl -s -X POST https://csat.example.com/v1/boards/acme/responses'),
    check: (b) => {
      const body = JSON.parse(run(b, { PANDAMETER_SIGN_KEY: withAcmeSignKey() }));
      expect(body).toMatchObject({ interaction: 'T-1234', verdict: 'yes', comment: 'Quick and kind' });
      const { responses } = JSON.parse(admin(dir, ['responses', 'acme', '--json']).stdout);
      expect(responses).toContainEqual(expect.objectContaining({ interaction: 'T-1234', verdict: 'yes' }));
    },
  },
  {
    name: 'Rating links for an e-mail',
    claims: (b) => b.startsWith('RATE_URL=$(curl'),
    check: async (b) => {
      const out = run(b, { PANDAMETER_SIGN_KEY: withAcmeSignKey() });
      const yes = /^Yes: (\S+)$/m.exec(out)?.[1];
      expect(yes).toMatch(new RegExp(`^${origin}/rate/acme/T-1234\\?token=[^&]+&verdict=yes$`));
      expect(out).toMatch(/^No: {2}\S+&verdict=no$/m);
      const page = await fetch(yes!);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<form');
    },
  },
  {
    name: 'Alerts: from npm start to a "No" in a local receiver',
    claims: (b) => b.startsWith('npm start '),
    // Terminal 1 is the clone's running demo; the webhook is made as written, the receiver started as
    // written with the secret it printed, and the "No" given through the API, as the widget would.
    check: async (b) => {
      receiverPort = await freePort();
      const lines = asReaderRuns(b)
        .split('\n')
        .filter((l) => l.trim() !== '' && !l.startsWith('#'));
      expect(lines[0]).toMatch(/^npm start\s/);
      const made = bash(dir, lines[1]!);
      expect(made.status).toBe(0);
      const secret = /^ {2}(whsec_\S+)$/m.exec(made.stdout)?.[1];
      expect(secret).toBeDefined();
      const receiverCommand = [
        ...lines[2]!
          .replace(/\s+#.*$/, '')
          .replace('whsec_…', secret!)
          .split(/\s+/),
        ...['--port', String(receiverPort)],
      ];
      expect(receiverCommand.slice(0, 3)).toEqual(['npm', 'run', 'receiver']);
      const receiver = startProcess(dir, receiverCommand);
      try {
        await receiver.waitFor('Listening on', 30_000);
        const interaction = `T-cli-${Date.now()}`;
        const token = JSON.parse(admin(dir, ['token', 'demo', interaction, '--json']).stdout).token;
        const res = await fetch(`${origin}/v1/boards/demo/responses`, {
          method: 'POST',
          headers: { 'content-type': 'text/plain' },
          body: JSON.stringify({ interaction, verdict: 'no', comment: 'The fix did not work.', token }),
        });
        expect(res.status).toBe(201);
        await receiver.waitFor(`✓ signed answer.unsatisfied — demo / ${interaction}: no`, 30_000);
      } finally {
        await receiver.stop();
        deleteWebhooks('demo');
      }
    },
  },
  {
    name: 'Alerts: Slack',
    claims: (b) => b.startsWith('npm run admin -- webhooks create acme https://hooks.slack.com/'),
    check: (b) => {
      withAcmeSignKey(); // acme exists
      const out = run(b);
      expect(out).toMatch(
        /^Webhook wh_\S+ on acme: answer\.unsatisfied → https:\/\/hooks\.slack\.com\/services\/.+ \(slack\)$/m,
      );
      deleteWebhooks('acme');
    },
  },
  {
    name: 'The API with curl',
    claims: (b) => b.startsWith('TOKEN=$('),
    check: async (b) => {
      await withoutAcme();
      const out = run(b);
      expect(out).toMatch(/"board":\{"id":"acme","name":"Acme Support"/);
      expect(out).toMatch(/"secret":"pms_/);
      expect(out).toMatch(/\{"board":"acme",.*"responses":0/);
    },
  },
  {
    name: 'A typed client for a dashboard',
    claims: (b) => b.startsWith('npx openapi-typescript '),
    check: (b) => {
      run(b);
      const types = readFileSync(path.join(dir, 'pandameter-api.d.ts'), 'utf8');
      expect(types).toContain('getScore: {');
      expect(types).toContain('"/v1/boards/{board}/stats": {');
    },
  },
  {
    name: 'The shell + openssl token recipe',
    claims: (b) => b.startsWith('#!/bin/sh\n# POSIX shell + openssl.'),
    // Run against the worker by test/browser/recipes.test.ts, which also checks the README shows it verbatim.
    check: (b) =>
      expect(`${b}`.trimEnd()).toBe(readFileSync(path.join(ROOT, 'docs/recipes/mint.sh'), 'utf8').trimEnd()),
  },
  {
    name: 'Deploy to Cloudflare',
    claims: (b) => b.startsWith('npx wrangler login'),
    // It needs a Cloudflare account; here each wrangler command must be one wrangler knows, with the
    // arguments it takes (its --help names the command), and deploy.test.ts builds what `npm run deploy` uploads.
    check: (b) => {
      const scripts = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts;
      for (const command of commands(b)) {
        if (command.startsWith('npm run ')) {
          expect(scripts, command).toHaveProperty(command.split(' ')[2]!);
          continue;
        }
        expect(command).toMatch(/^npx wrangler /);
        const words = command.split(/\s+/).slice(2);
        const r = wranglerIn(dir, [...words, '--help']);
        expect(r.status, command).toBe(0);
        // "wrangler d1 create <name>": the command's words, then its positionals.
        const usage = r.stdout.trim().split('\n')[0]!.split(/\s+/).slice(1);
        const verbs = usage.filter((w) => !/^[<[]/.test(w));
        const required = usage.filter((w) => w.startsWith('<')).length;
        const optional = usage.filter((w) => w.startsWith('[')).length;
        const typed = words.filter((w) => !w.startsWith('-'));
        expect(typed.slice(0, verbs.length), command).toEqual(verbs);
        expect(typed.length - verbs.length, command).toBeGreaterThanOrEqual(required);
        expect(typed.length - verbs.length, command).toBeLessThanOrEqual(required + optional);
      }
    },
  },
];

describe('README shell blocks', () => {
  it('every one is claimed by exactly one check', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(HANDLERS.length);
    for (const block of blocks) {
      const claimed = HANDLERS.filter((h) => h.claims(block)).map((h) => h.name);
      expect(
        claimed,
        `no test runs this README block; add a handler in test/cli/readme.test.ts:\n${block}`,
      ).toHaveLength(1);
    }
    for (const h of HANDLERS) expect(blocks.some(h.claims), `no README block for "${h.name}"`).toBe(true);
  });

  for (const h of HANDLERS) {
    it(`${h.name}: works as written`, async () => {
      for (const block of blocks.filter(h.claims)) await h.check(block);
    });
  }
});
